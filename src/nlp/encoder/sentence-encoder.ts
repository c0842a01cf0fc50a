import { readFileSync } from 'node:fs';
import * as tokenizers from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { ENCODER_DIMENSIONS, type EncoderFiles } from './encoder-files.js';

/** What the encoder uses of the tokenizer: text → word-piece ids, with [CLS] and [SEP]. */
interface WordPieceTokenizer {
  encode(text: string): { ids: number[] };
}
// the package's declaration files import their modules without extensions, which this project's module resolution
// (NodeNext) cannot follow, so its types come out unresolved: the one constructor used is typed here
const Tokenizer = (tokenizers as unknown as { Tokenizer: new (tokenizer: object, config: object) => WordPieceTokenizer }).Tokenizer;

/** The model reads at most this many word pieces of a text (its training length); longer texts are cut at the end. */
const MAX_PIECES = 128;
/**
 * Texts encoded in one run of the model: one. The quantised model scales its activations over the whole batch, padding
 * included, so a text's vector would depend on the texts batched with it; alone, it is always the same vector.
 */
const BATCH_SIZE = 1;
/** One inference thread: the machine's cores are shared with CoreNLP, Neo4j and the other extraction workers. */
const INTRA_OP_THREADS = 1;

/**
 * Text → a 384-dimensional unit vector: all-MiniLM-L6-v2's last hidden states averaged over the text's word pieces (the
 * model's own pooling) and normalised, so that a dot product is a cosine. Asynchronous (onnxruntime-node); the
 * synchronous facade the extractor calls is src/nlp/encoder/encoder-client.ts.
 */
export class SentenceEncoder {
  private constructor(
    private readonly tokenizer: WordPieceTokenizer,
    private readonly session: ort.InferenceSession,
  ) {}

  static async load(files: EncoderFiles): Promise<SentenceEncoder> {
    const tokenizer = new Tokenizer(JSON.parse(readFileSync(files.tokenizer, 'utf8')) as object, {});
    const session = await ort.InferenceSession.create(files.model, { intraOpNumThreads: INTRA_OP_THREADS, interOpNumThreads: 1 });
    return new SentenceEncoder(tokenizer, session);
  }

  /** The vectors of the texts, in order. Sorted by length inside so that a batch pads little. */
  async encode(texts: readonly string[]): Promise<Float32Array[]> {
    const pieces = texts.map((t) => this.pieces(t));
    const order = texts.map((_, i) => i).sort((x, y) => pieces[x]!.length - pieces[y]!.length);
    const out = new Array<Float32Array>(texts.length);
    for (let b = 0; b < order.length; b += BATCH_SIZE) {
      const batch = order.slice(b, b + BATCH_SIZE);
      const vectors = await this.run(batch.map((i) => pieces[i]!));
      batch.forEach((i, k) => (out[i] = vectors[k]!));
    }
    return out;
  }

  /** Word-piece ids with [CLS] and [SEP], cut to the model's length. */
  private pieces(text: string): number[] {
    const ids = this.tokenizer.encode(text).ids;
    return ids.length <= MAX_PIECES ? ids : [...ids.slice(0, MAX_PIECES - 1), ids.at(-1)!];
  }

  private async run(batch: number[][]): Promise<Float32Array[]> {
    const n = batch.length;
    const width = Math.max(...batch.map((ids) => ids.length));
    const ids = new BigInt64Array(n * width);
    const mask = new BigInt64Array(n * width);
    batch.forEach((row, i) =>
      row.forEach((id, j) => {
        ids[i * width + j] = BigInt(id);
        mask[i * width + j] = 1n;
      }),
    );
    const shape = [n, width];
    const result = await this.session.run({
      input_ids: new ort.Tensor('int64', ids, shape),
      attention_mask: new ort.Tensor('int64', mask, shape),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(n * width), shape),
    });
    const hidden = result[this.session.outputNames[0]!]!.data as Float32Array;
    return batch.map((row, i) => meanPooled(hidden, i, row.length, width));
  }
}

/** The average of a row's hidden states over its real pieces (not the padding), as a unit vector. */
function meanPooled(hidden: Float32Array, row: number, length: number, width: number): Float32Array {
  const v = new Float32Array(ENCODER_DIMENSIONS);
  for (let j = 0; j < length; j += 1) {
    const at = (row * width + j) * ENCODER_DIMENSIONS;
    for (let d = 0; d < ENCODER_DIMENSIONS; d += 1) v[d]! += hidden[at + d]!;
  }
  let norm = 0;
  for (let d = 0; d < ENCODER_DIMENSIONS; d += 1) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < ENCODER_DIMENSIONS; d += 1) v[d]! /= norm;
  return v;
}
