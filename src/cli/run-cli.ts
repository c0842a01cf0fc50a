import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Exit codes, the same for every command (README "The diplograph command"): 0 done; 1 it ran and something
 * failed (a bad file, an unreachable database); 2 the command line was wrong (an unknown flag, a
 * missing argument), nothing was done.
 */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CommandOption {
  type: 'boolean' | 'string';
  description: string;
  short?: string;
}

export interface CommandSpec<O extends Record<string, CommandOption>> {
  name: string;
  /** The arguments after the name, e.g. "<file>... [--dry-run]". */
  usage: string;
  /** What the command does, in a sentence or two, for --help. */
  summary: string;
  options: O;
  /** Fewest positional arguments (default 0); fewer is a usage error. */
  minPositionals?: number;
}

export interface CommandArgs<O extends Record<string, CommandOption>> {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

/**
 * A command line whose flags break the command's spec: exit code 2, never a guess at the meaning.
 * A command throws one too when its arguments are well formed but unusable (a date that is no day).
 */
export class UsageError extends Error {}

export function helpText<O extends Record<string, CommandOption>>(spec: CommandSpec<O>): string {
  const flags = Object.entries(spec.options).map(([flag, option]) => {
    const name = `--${flag}${option.type === 'string' ? ' <value>' : ''}${option.short ? `, -${option.short}` : ''}`;
    return `  ${name.padEnd(24)} ${option.description}`;
  });
  return [`usage: diplograph ${spec.name} ${spec.usage}`.trimEnd(), '', spec.summary, '', 'options:', ...flags, `  ${'--help, -h'.padEnd(24)} this text`].join(
    '\n',
  );
}

/** The command line parsed by node:util parseArgs against the spec; unknown flags are errors naming the flag. */
export function parseCommandLine<O extends Record<string, CommandOption>>(spec: CommandSpec<O>, argv: readonly string[]): CommandArgs<O> | 'help' {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const options: NonNullable<ParseArgsConfig['options']> = { ...spec.options, help: { type: 'boolean', short: 'h' } };
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(-[^']*)'/.exec(message)?.[1];
    const known = Object.keys(spec.options).map((name) => `--${name}`);
    throw new UsageError(
      flag && message.startsWith('Unknown option')
        ? `${spec.name}: unknown option ${flag} (known: ${known.join(', ') || 'none'})`
        : `${spec.name}: ${message.split('. ')[0]}`,
    );
  }
  const { help, ...values } = parsed.values;
  if (help === true) return 'help';
  if (parsed.positionals.length < (spec.minPositionals ?? 0)) throw new UsageError(`usage: diplograph ${spec.name} ${spec.usage}`);
  return { values: values as CommandArgs<O>['values'], positionals: parsed.positionals };
}

/**
 * Runs a command: --help prints its usage (exit 0), a wrong command line exits 2 naming the flag,
 * an error exits 1 with one clear message, else the main function's exit code.
 */
export function runCommand<O extends Record<string, CommandOption>>(spec: CommandSpec<O>, main: (args: CommandArgs<O>) => Promise<number>): void {
  const run = async () => {
    const args = parseCommandLine(spec, process.argv.slice(2));
    if (args === 'help') {
      console.log(helpText(spec));
      return EXIT_OK;
    }
    return main(args);
  };
  run().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
    },
  );
}

/**
 * The command line of a script whose work runs at its top level (the benchmarks), by the same
 * rules: --help prints the usage and exits 0, a wrong command line exits 2 naming the flag.
 */
export function commandLineOrExit<O extends Record<string, CommandOption>>(
  spec: CommandSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
): CommandArgs<O> {
  let args: CommandArgs<O> | 'help';
  try {
    args = parseCommandLine(spec, argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED);
  }
  if (args === 'help') {
    console.log(helpText(spec));
    process.exit(EXIT_OK);
  }
  return args;
}
