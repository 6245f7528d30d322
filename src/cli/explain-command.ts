import type { Command } from 'commander';
import { formatRuleExplanation } from '../report/index.js';
import { loadRuleSet } from '../ruleset/index.js';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { collect } from './parse-options.js';

function closest(id: string, ids: readonly string[]): string | undefined {
  return ids.find((candidate) => candidate.includes(id) || id.includes(candidate));
}

/** `contract-audit explain RULE_ID`: what a rule checks and how to fix a gap. */
export function configureExplainCommand(program: Command): void {
  program
    .command('explain')
    .description('explain a rule: why the protection matters, what counts as present or ambiguous, how to fix a gap')
    .argument('<rule-id>', 'a rule id (see: contract-audit rules list) or a category id')
    .option('-r, --rules <file>', 'add a rule pack (repeatable)', collect)
    .action(async (id: string, options: { rules?: string[] }) => {
      const ruleSet = await loadRuleSet(options.rules ? { ruleFiles: options.rules } : {});
      const rules = ruleSet.rules.filter((rule) => rule.id === id || rule.category === id);
      if (rules.length === 0) {
        const hint = closest(id, ruleSet.rules.map((rule) => rule.id));
        throw new CliError(`no rule or category '${id}'${hint ? ` - did you mean '${hint}'?` : ''} (see: contract-audit rules list)`, USAGE_ERROR);
      }
      const width = Math.min(process.stdout.columns ?? 100, 100);
      process.stdout.write(rules.map((rule) => formatRuleExplanation(rule, ruleSet.profiles, width)).join('\n'));
    });
}
