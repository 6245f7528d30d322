import { RuleSetError, type RuleFileProblem } from '../ruleset/index.js';

/**
 * Thrown when a configuration file cannot be used; carries every problem found, each located as
 * `file:line:col`. It is a kind of {@link RuleSetError}, so callers that stop on broken rules stop
 * on a broken configuration too.
 */
export class ConfigError extends RuleSetError {
  constructor(problems: RuleFileProblem[]) {
    super(problems);
    this.name = 'ConfigError';
  }
}
