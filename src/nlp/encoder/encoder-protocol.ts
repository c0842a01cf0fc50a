import type { MessagePort } from 'node:worker_threads';

/** The first message to the encoder thread: where to answer, the flag it raises when an answer is there, the model's folder. */
export interface EncoderSetup {
  port: MessagePort;
  /** An Int32Array over a SharedArrayBuffer: [0] set to 1 (and notified) when a reply has been posted. */
  signal: Int32Array;
  dir: string;
}

export interface EncodeRequest {
  id: number;
  texts: string[];
}

export type EncodeReply = { id: number; vectors: Float32Array[] } | { id: number; error: string };
