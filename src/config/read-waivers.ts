import type { Waiver } from '../model/index.js';
import type { YamlFile } from '../ruleset/index.js';
import { dateValue } from './fields.js';

const WAIVER_KEYS = ['rule', 'path', 'reason', 'expires'];

/**
 * `waivers:`: accepted gaps, each `{rule, path?, reason, expires?}`. Whether `rule` names a loaded
 * rule or category is checked once the rules are loaded.
 */
export function readWaivers(file: YamlFile, node: unknown): Waiver[] {
  return file.items(node, "'waivers'").flatMap((item) => {
    const fields = file.pairs(item, WAIVER_KEYS, 'a waiver');
    if (!fields) return [];
    const value = (key: string): unknown => fields.get(key)?.value;
    for (const key of ['rule', 'reason']) {
      if (!fields.has(key)) file.report(item, key === 'rule' ? "a waiver needs 'rule': the rule id or category id it accepts" : "a waiver needs 'reason': why the gap is accepted (shown with the finding)");
    }
    const rule = fields.has('rule') ? file.string(value('rule'), "'rule'") : undefined;
    const reason = fields.has('reason') ? file.string(value('reason'), "'reason'") : undefined;
    const path = fields.has('path') ? file.string(value('path'), "'path'") : undefined;
    const expires = fields.has('expires') ? dateValue(file, value('expires'), "'expires'") : undefined;
    if (rule === undefined || reason === undefined) return [];
    return [{ rule, ...(path !== undefined ? { path } : {}), reason, ...(expires !== undefined ? { expires } : {}) }];
  });
}
