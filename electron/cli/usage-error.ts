/** A mistake in how the command was typed: printed as one plain line, exit code 2. */
export class UsageError extends Error {}
