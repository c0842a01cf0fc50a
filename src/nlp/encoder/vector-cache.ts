import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Vectors kept in memory per process before the memory cache starts over (about 1.5 KB each). */
const MAX_IN_MEMORY = 50_000;

/**
 * Vectors by the text they encode, in memory and on disk (one small file per text, named by the sha256 of the model id and
 * the text: content-addressed, so a changed text or model is never read as another). Training, cross-validation and
 * evaluation encode the same pair texts again and again; this makes the second time a file read.
 */
export class VectorCache {
  private readonly memory = new Map<string, Float32Array>();

  constructor(
    private readonly dir: string,
    private readonly modelId: string,
    private readonly dimensions: number,
  ) {}

  get(text: string): Float32Array | undefined {
    const key = this.key(text);
    const hit = this.memory.get(key);
    if (hit) return hit;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    if (bytes.length !== this.dimensions * Float32Array.BYTES_PER_ELEMENT) return undefined;
    const vector = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    this.remember(key, vector);
    return vector;
  }

  set(text: string, vector: Float32Array): void {
    const key = this.key(text);
    this.remember(key, vector);
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    // a temporary name renamed into place: a reader never sees half a vector
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    renameSync(partial, file);
  }

  private remember(key: string, vector: Float32Array) {
    if (this.memory.size >= MAX_IN_MEMORY) this.memory.clear();
    this.memory.set(key, vector);
  }

  private key(text: string): string {
    return createHash('sha256').update(this.modelId).update('\0').update(text).digest('hex');
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.f32`);
  }
}
