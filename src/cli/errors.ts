/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** Bad input data (a model that does not load, a resource that does not exist): exit code 1. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** Exit codes of the command line. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;
