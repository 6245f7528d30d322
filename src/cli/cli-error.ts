/** A known failure with the exit code it maps to; printed without a stack. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit code for usage, configuration and rule-file errors (nothing was audited). */
export const USAGE_ERROR = 2;
