import { Writable } from 'node:stream';

/** Fields every line has, shown in its head rather than among the key=value pairs. */
const HEAD_FIELDS = new Set(['time', 'level', 'msg', 'service', 'pid', 'hostname']);

/**
 * LOG_FORMAT=pretty: each JSON line as `time LEVEL message key=value …` for a person at a
 * terminal. The same fields as the JSON; machines should read the JSON.
 */
export function prettyStream(out: NodeJS.WritableStream = process.stdout): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line === '') continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        const rest = Object.entries(entry)
          .filter(([key, value]) => !HEAD_FIELDS.has(key) && value !== undefined)
          .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
        out.write(
          `${String(entry.time)} ${String(entry.level).toUpperCase()} ${typeof entry.msg === 'string' ? entry.msg : ''}${rest.length > 0 ? ` ${rest.join(' ')}` : ''}\n`,
        );
      }
      done();
    },
  });
}
