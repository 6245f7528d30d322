import type { Rule, Severity, SourcePosition } from '../model/index.js';
import { RuleSetError, suggest, type RuleFileProblem } from './problems.js';

/**
 * A project's change to one rule, such as an `overrides:` entry of a configuration file. It is
 * plain data, so it travels to worker threads with the rest of the load options. Unlike a pack's
 * `overrides:` entry it is applied after the profile, so it holds whatever profile is selected.
 */
export interface RuleSetting {
  /** The rule's id, from any loaded pack. */
  ruleId: string;
  /** Its severity under every profile. */
  severity?: Severity;
  /** `false` switches the rule off, `true` back on (even where the profile disables it). */
  enabled?: boolean;
  /** Where the setting was written, so an unknown rule id is reported there. */
  position?: SourcePosition;
  /**
   * Skip the setting, instead of refusing it, when no loaded pack defines the rule: for settings
   * inherited by a narrower choice of packs (a configuration's `paths:` entry).
   */
  optional?: boolean;
}

/** Refuses settings for rule ids that no loaded pack defines, with a "did you mean" hint. */
export function checkRuleSettings(rules: readonly Rule[], settings: readonly RuleSetting[]): void {
  const ids = rules.map((rule) => rule.id);
  const problems: RuleFileProblem[] = settings
    .filter((setting) => setting.optional !== true && !ids.includes(setting.ruleId))
    .map((setting) => {
      const hint = suggest(setting.ruleId, ids);
      const at = setting.position ?? { file: 'overrides', line: 1, col: 1 };
      return { ...at, message: `override of unknown rule '${setting.ruleId}'${hint ? ` - did you mean '${hint}'?` : ''}` };
    });
  if (problems.length > 0) throw new RuleSetError(problems);
}

/** The settings merged per rule id; a later setting's fields win over an earlier one's. */
export function settingsById(settings: readonly RuleSetting[]): Map<string, RuleSetting> {
  const byId = new Map<string, RuleSetting>();
  for (const setting of settings) byId.set(setting.ruleId, { ...byId.get(setting.ruleId), ...setting });
  return byId;
}
