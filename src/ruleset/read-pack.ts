import { isMap, isScalar } from 'yaml';
import type { Matcher, Rule } from '../model/index.js';
import type { RuleFileProblem } from './problems.js';
import { readMatcher } from './read-matcher.js';
import { readOverrides, type RuleOverride } from './read-overrides.js';
import { readRule } from './read-rule.js';
import { YamlFile } from './yaml-file.js';

/** A rule file after validation. */
export interface RulePack {
  name: string;
  description?: string;
  file: string;
  rules: Rule[];
  /** Changes to rules of other packs (or this one), applied after all packs are loaded. */
  overrides: RuleOverride[];
}

/** A pack, or everything wrong with it. */
export type PackResult = { pack: RulePack; problems: [] } | { pack: null; problems: RuleFileProblem[] };

const PACK_KEYS = ['pack', 'description', 'terms', 'rules', 'overrides'];

/**
 * Parses and validates one rule file. Every problem is collected (with file:line:col), and a file
 * with any problem yields no pack at all, so a broken rule is never silently dropped.
 */
export function readPack(file: string, source: string): PackResult {
  const yaml = new YamlFile(file, source);
  if (yaml.problems.length > 0) return { pack: null, problems: yaml.problems };
  const root = yaml.document.contents;
  const fields = yaml.pairs(root, PACK_KEYS, 'a rule file');
  if (!fields) return { pack: null, problems: yaml.problems };
  const name = fields.has('pack') ? yaml.string(fields.get('pack')?.value, "'pack'") : undefined;
  if (!fields.has('pack')) yaml.report(root, "a rule file needs 'pack': the pack's name");
  if (!fields.has('rules') && !fields.has('overrides')) yaml.report(root, "a rule file needs 'rules' (a list of rules) or 'overrides' (changes to loaded rules)");

  const terms = new Map<string, Matcher>();
  if (fields.has('terms')) readTerms(yaml, fields.get('terms')?.value, terms);

  const seen = new Map<string, string>();
  const rules: Rule[] = [];
  for (const node of fields.has('rules') ? yaml.items(fields.get('rules')?.value, "'rules'") : []) {
    const rule = readRule({ file: yaml, pack: name ?? '', terms }, node);
    if (!rule) continue;
    const first = seen.get(rule.id);
    if (first) yaml.report(node, `duplicate rule id '${rule.id}' (first defined at ${first})`);
    else seen.set(rule.id, `${rule.position.file}:${rule.position.line}:${rule.position.col}`);
    rules.push(rule);
  }
  const overrides = fields.has('overrides') ? readOverrides(yaml, fields.get('overrides')?.value) : [];
  if (yaml.problems.length > 0 || name === undefined) return { pack: null, problems: yaml.problems };
  const description = fields.has('description') ? yaml.string(fields.get('description')?.value, "'description'") : undefined;
  return { pack: { name, file, rules, overrides, ...(description !== undefined ? { description } : {}) }, problems: [] };
}

/** Terms are read in order, so a term may use the terms defined above it. */
function readTerms(yaml: YamlFile, node: unknown, terms: Map<string, Matcher>): void {
  if (!isMap(node)) {
    yaml.report(node, "'terms' must map term names to matchers");
    return;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    if (terms.has(name)) yaml.report(pair.key, `duplicate term '${name}'`);
    const matcher = readMatcher(yaml, pair.value, terms, `term '${name}'`);
    if (matcher) terms.set(name, matcher.label ? matcher : { ...matcher, label: name.replace(/-/g, ' ') });
  }
}
