import { Writable } from 'node:stream';

/**
 * A log destination that keeps what is written: `written` as raw text (to look for secrets in),
 * `lines()` parsed, one object per JSON line.
 */
export function captureLog() {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  const lines = () =>
    written
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, written, lines };
}
