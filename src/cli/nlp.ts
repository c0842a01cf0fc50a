import { loadEnv } from '../config/env.js';
import { localNlpOptions, localNlpUrl, nlpReady, readNlpPid, startLocalNlp, stopNlpProcess } from '../nlp/local/service.js';
import { runCommand } from './run-cli.js';

/** nlp:start | nlp:stop | nlp:status for the project's local CoreNLP service (127.0.0.1:NLP_PORT). */
runCommand(
  {
    name: 'nlp',
    usage: 'start|stop|status',
    summary: "Starts, stops or reports the project's own local CoreNLP service (status exits 3 when it is not running).",
    options: {},
    minPositionals: 1,
  },
  async ({ positionals: [command] }) => {
    const env = loadEnv();
    if (env.NLP_URL) {
      console.log(`NLP_URL is set (${env.NLP_URL}): that CoreNLP server is used, and no local one is managed.`);
      return command === 'status' ? ((await nlpReady(env.NLP_URL)) ? 0 : 3) : 0;
    }
    const pid = readNlpPid(env.NLP_DIR);
    const url = localNlpUrl(env.NLP_PORT);
    switch (command) {
      case 'start': {
        const running = await startLocalNlp(
          localNlpOptions(env, (line) => console.log(line)),
          true,
        );
        console.log(
          running.startedHere
            ? `CoreNLP ready at ${running.url} (pid ${running.pid}); stop it with "npm run nlp:stop".`
            : `CoreNLP already answers at ${url}${pid ? ` (pid ${pid})` : ''}.`,
        );
        return 0;
      }
      case 'stop': {
        if (!pid) {
          console.log('The local CoreNLP service is not running.');
          return 0;
        }
        await stopNlpProcess(pid, env.NLP_DIR);
        console.log(`Stopped the local CoreNLP service (pid ${pid}).`);
        return 0;
      }
      case 'status': {
        const ready = await nlpReady(url);
        if (pid && ready) console.log(`running: ${url} (pid ${pid}, log ${env.NLP_DIR}/service.log)`);
        else if (pid) console.log(`starting: pid ${pid}, models still loading (log ${env.NLP_DIR}/service.log)`);
        else if (ready) console.log(`${url} is served by a CoreNLP service this project did not start`);
        else console.log('stopped');
        return pid && ready ? 0 : 3;
      }
      default:
        console.error('usage: nlp.ts start|stop|status');
        return 2;
    }
  },
);
