import { loadEnv, neo4jTarget } from '../config/env.js';
import { isPortServed, localNeo4jOptions, readPid, startLocalNeo4j, stopProcess } from '../db/local/server.js';
import { runCommand } from './run-cli.js';

/** db:start | db:stop | db:status for the project's own local Neo4j. */
runCommand(
  {
    name: 'db',
    usage: 'start|stop|status',
    summary: "Starts, stops or reports the project's own local Neo4j (status exits 3 when it is not running).",
    options: {},
    minPositionals: 1,
  },
  async ({ positionals: [command] }) => {
    const env = loadEnv();
    const target = neo4jTarget(env);
    if (!target.local) {
      console.log(`NEO4J_URI is set (${target.uri}): that server is used, and no local Neo4j is managed.`);
      return 0;
    }
    const pid = readPid(env.NEO4J_DATA_DIR);
    switch (command) {
      case 'start': {
        const running = await startLocalNeo4j(
          localNeo4jOptions(env, (line) => console.log(line)),
          true,
        );
        if (running.startedHere) console.log(`pid ${running.pid}; stop it with "npm run db:stop".`);
        return 0;
      }
      case 'stop': {
        if (!pid) {
          console.log('The local Neo4j is not running.');
          return 0;
        }
        await stopProcess(pid, env.NEO4J_DATA_DIR);
        console.log(`Stopped the local Neo4j (pid ${pid}).`);
        return 0;
      }
      case 'status': {
        const served = await isPortServed(env.NEO4J_PORT);
        if (pid && served) console.log(`running: ${target.uri} (pid ${pid}, store ${env.NEO4J_DATA_DIR})`);
        else if (served) console.log(`port ${env.NEO4J_PORT} is served by another process (not this project's local Neo4j)`);
        else console.log(`stopped (store ${env.NEO4J_DATA_DIR})`);
        return pid && served ? 0 : 3;
      }
      default:
        console.error('usage: db.ts start|stop|status');
        return 2;
    }
  },
);
