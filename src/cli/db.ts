import { loadEnv, neo4jTarget } from '../config/env.js';
import { isPortServed, localNeo4jOptions, readPid, startLocalNeo4j, stopProcess } from '../db/local/server.js';
import { runServiceCommand } from './service-command.js';

/** db:start | db:stop | db:status for the project's own local Neo4j. */
runServiceCommand({ name: 'db', summary: "Starts, stops or reports the project's own local Neo4j (status exits 3 when it is not running)." }, () => {
  const env = loadEnv();
  const target = neo4jTarget(env);
  if (!target.local) return { note: `NEO4J_URI is set (${target.uri}): that server is used, and no local Neo4j is managed.` };
  return {
    title: 'local Neo4j',
    pid: readPid(env.NEO4J_DATA_DIR),
    start: async () => {
      const running = await startLocalNeo4j(
        localNeo4jOptions(env, (line) => console.log(line)),
        true,
      );
      if (running.startedHere) console.log(`pid ${running.pid}; stop it with "npm run db:stop".`);
    },
    stop: (pid) => stopProcess(pid, env.NEO4J_DATA_DIR),
    status: async (pid) => {
      const served = await isPortServed(env.NEO4J_PORT);
      if (pid && served) return { line: `running: ${target.uri} (pid ${pid}, store ${env.NEO4J_DATA_DIR})`, running: true };
      if (served) return { line: `port ${env.NEO4J_PORT} is served by another process (not this project's local Neo4j)`, running: false };
      return { line: `stopped (store ${env.NEO4J_DATA_DIR})`, running: false };
    },
  };
});
