/** Why an extraction did not run or did not finish; each is a stable `extensions.code` for clients. */
export type ExtractionErrorCode =
  /** The text is over MAX_TEXT_BYTES: refused before any work. */
  | 'TEXT_TOO_LARGE'
  /** Every worker is busy and the queue is full (EXTRACTION_WORKERS, EXTRACTION_QUEUE): try again later. */
  | 'EXTRACTION_BUSY'
  /** The extraction ran past EXTRACTION_TIMEOUT_MS; its worker was terminated. */
  | 'EXTRACTION_TIMEOUT'
  /** The server is shutting down. */
  | 'EXTRACTION_STOPPED'
  /** The extractor failed (the CoreNLP service unreachable, a bug); the message says how. */
  | 'EXTRACTION_FAILED';

export class ExtractionError extends Error {
  override name = 'ExtractionError';
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
    /** The argument at fault, for a client mistake (the text's size). */
    readonly argument?: string,
  ) {
    super(message);
  }
}
