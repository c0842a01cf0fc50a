import { EXIT_OK, runCommand, UsageError } from './run-cli.js';

/** `status` of a service that is not running (README "The diplograph command"). */
export const EXIT_STOPPED = 3;

const ACTIONS = ['start', 'stop', 'status'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (value: string | undefined): value is Action => ACTIONS.includes(value as Action);

/** A server this project runs itself (the local Neo4j, the local CoreNLP service). */
export interface LocalService {
  /** As messages name it: "local Neo4j". */
  title: string;
  /** The pid it runs under when this project started it. */
  pid: number | undefined;
  /** Starts it unless it runs, saying where it answers. */
  start(): Promise<void>;
  stop(pid: number): Promise<void>;
  /** One line saying how it stands, and whether it runs and answers. */
  status(pid: number | undefined): Promise<{ line: string; running: boolean }>;
}

/** A server configured from outside (NEO4J_URI, NLP_URL): nothing is managed; `status` may still ask it. */
export interface ExternalService {
  note: string;
  answers?: () => Promise<boolean>;
}

/** `<name> start|stop|status` over a service: one shape for `db` and `nlp`. */
export function runServiceCommand(spec: { name: string; summary: string }, open: () => LocalService | ExternalService): void {
  runCommand({ ...spec, usage: 'start|stop|status', options: {}, minPositionals: 1 }, async ({ positionals: [action] }) => {
    if (!isAction(action)) throw new UsageError(`usage: diplograph ${spec.name} start|stop|status`);
    const service = open();
    if ('note' in service) {
      console.log(service.note);
      if (action !== 'status' || !service.answers) return EXIT_OK;
      return (await service.answers()) ? EXIT_OK : EXIT_STOPPED;
    }
    switch (action) {
      case 'start':
        await service.start();
        return EXIT_OK;
      case 'stop':
        if (!service.pid) {
          console.log(`The ${service.title} is not running.`);
          return EXIT_OK;
        }
        await service.stop(service.pid);
        console.log(`Stopped the ${service.title} (pid ${service.pid}).`);
        return EXIT_OK;
      case 'status': {
        const { line, running } = await service.status(service.pid);
        console.log(line);
        return running ? EXIT_OK : EXIT_STOPPED;
      }
    }
  });
}
