import { loadEnv } from '../config/env.js';
import { localNlpOptions, localNlpUrl, nlpReady, readNlpPid, startLocalNlp, stopNlpProcess } from '../nlp/local/service.js';
import { runServiceCommand } from './service-command.js';

/** nlp:start | nlp:stop | nlp:status for the project's local CoreNLP service (127.0.0.1:NLP_PORT). */
runServiceCommand({ name: 'nlp', summary: "Starts, stops or reports the project's own local CoreNLP service (status exits 3 when it is not running)." }, () => {
  const env = loadEnv();
  const external = env.NLP_URL;
  if (external) return { note: `NLP_URL is set (${external}): that CoreNLP server is used, and no local one is managed.`, answers: () => nlpReady(external) };
  const url = localNlpUrl(env.NLP_PORT);
  const pid = readNlpPid(env.NLP_DIR);
  return {
    title: 'local CoreNLP service',
    pid,
    start: async () => {
      const running = await startLocalNlp(
        localNlpOptions(env, (line) => console.log(line)),
        true,
      );
      console.log(
        running.startedHere
          ? `CoreNLP ready at ${running.url} (pid ${running.pid}); stop it with "npm run nlp:stop".`
          : `CoreNLP already answers at ${url}${pid ? ` (pid ${pid})` : ''}.`,
      );
    },
    stop: (pid) => stopNlpProcess(pid, env.NLP_DIR),
    status: async (pid) => {
      const ready = await nlpReady(url);
      if (pid && ready) return { line: `running: ${url} (pid ${pid}, log ${env.NLP_DIR}/service.log)`, running: true };
      if (pid) return { line: `starting: pid ${pid}, models still loading (log ${env.NLP_DIR}/service.log)`, running: false };
      if (ready) return { line: `${url} is served by a CoreNLP service this project did not start`, running: false };
      return { line: 'stopped', running: false };
    },
  };
});
