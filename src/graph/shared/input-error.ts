/**
 * A client's mistake in one argument or field: named, with what is wrong, so the API answers
 * BAD_USER_INPUT instead of masking it as an internal error.
 */
export class InputError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
    this.name = 'InputError';
  }
}
