import { isScalar, isSeq } from 'yaml';
import type { Rule, RuleExamples, Severity, Signal, SignalScope, SourcePosition, Weakener } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { patternProblem } from './compile-pattern.js';
import { enumValue } from './enum-value.js';
import { readMatcher, type Terms } from './read-matcher.js';
import { readProfiles } from './read-overrides.js';
import type { YamlFile } from './yaml-file.js';

const RULE_KEYS = ['id', 'category', 'title', 'severity', 'why', 'remediation', 'missing', 'present', 'ambiguous', 'weak-when', 'near-miss', 'checks', 'profiles', 'examples'];
const SIGNAL_KEYS = ['label', 'scope', 'in-section', 'not-in-section', 'reason', 'match', 'empty-section', 'include-definitions'];
const SCOPES: readonly SignalScope[] = ['sentence', 'paragraph', 'section'];
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DEFAULT_MISSING = 'Nothing in the document provides this protection.';

/** Context shared by the rules of one pack. */
export interface PackContext {
  file: YamlFile;
  pack: string;
  terms: Terms;
}

function position(context: PackContext, node: unknown): SourcePosition {
  return context.file.positionOf(node);
}

function sectionPattern(file: YamlFile, node: unknown, what: string): RegExp | undefined {
  const source = file.string(node, what);
  if (source === undefined) return undefined;
  const problem = patternProblem(source);
  if (problem) {
    file.report(node, problem);
    return undefined;
  }
  // Heading patterns match anywhere in the heading (no implicit word boundaries), so a stem such
  // as 'exclu' finds "Exclusions" and "EXCLUDED SERVICES".
  return new RegExp(source, 'i');
}

function readSignal(context: PackContext, node: unknown, ambiguous: boolean): Signal | null {
  const { file } = context;
  const fields = file.pairs(node, SIGNAL_KEYS, ambiguous ? 'an ambiguous signal' : 'a present signal');
  if (!fields) return null;
  const get = (key: string): unknown => fields.get(key)?.value;
  const signal: Signal = { scope: 'sentence', position: position(context, node) };
  if (fields.has('label')) {
    const label = file.string(get('label'), "'label'");
    if (label !== undefined) signal.label = label;
  }
  if (fields.has('scope')) signal.scope = enumValue(file, get('scope'), SCOPES, "'scope'") ?? 'sentence';
  if (fields.has('in-section')) {
    const pattern = sectionPattern(file, get('in-section'), "'in-section'");
    if (pattern) signal.inSection = pattern;
  }
  if (fields.has('not-in-section')) {
    const pattern = sectionPattern(file, get('not-in-section'), "'not-in-section'");
    if (pattern) signal.notInSection = pattern;
  }
  if (fields.has('reason')) {
    const reason = file.string(get('reason'), "'reason'");
    if (reason !== undefined) signal.reason = reason;
  } else if (ambiguous) file.report(node, "an ambiguous signal needs a 'reason': the one sentence shown to the user");
  if (fields.has('include-definitions')) {
    const value = get('include-definitions');
    if (isScalar(value) && typeof value.value === 'boolean') signal.includeDefinitions = value.value;
    else file.report(value, "'include-definitions' must be true or false");
    if (!ambiguous && signal.includeDefinitions) file.report(value, "'include-definitions' is only allowed on ambiguous signals: a definition never makes a protection present");
  }
  if (fields.has('match') === fields.has('empty-section')) {
    file.report(node, "a signal needs exactly one of 'match' or 'empty-section'");
    return null;
  }
  if (fields.has('empty-section')) {
    const pattern = sectionPattern(file, get('empty-section'), "'empty-section'");
    if (!pattern) return null;
    signal.emptySection = pattern;
  } else {
    const matcher = readMatcher(file, get('match'), context.terms, "'match'");
    if (!matcher) return null;
    signal.match = matcher;
  }
  return signal;
}

function readWeakener(context: PackContext, node: unknown, what = "a 'weak-when' entry"): Weakener | null {
  const { file } = context;
  const fields = file.pairs(node, ['match', 'reason', 'scope'], what);
  if (!fields) return null;
  const reason = fields.has('reason') ? file.string(fields.get('reason')?.value, "'reason'") : undefined;
  if (!fields.has('reason') || !fields.has('match')) file.report(node, `${what} needs 'match' and 'reason'`);
  const match = fields.has('match') ? readMatcher(file, fields.get('match')?.value, context.terms, "'match'") : null;
  const scope = fields.has('scope') ? enumValue(file, fields.get('scope')?.value, ['sentence', 'paragraph', 'document'] as const, "'scope'") : 'sentence';
  return match && reason !== undefined ? { match, reason, scope: scope ?? 'sentence' } : null;
}

function readExamples(file: YamlFile, node: unknown): RuleExamples {
  const fields = file.pairs(node, ['present', 'ambiguous', 'missing'], "'examples'");
  const examples: RuleExamples = {};
  for (const status of ['present', 'ambiguous', 'missing'] as const) {
    const pair = fields?.get(status);
    if (pair) examples[status] = file.strings(pair.value, `'examples.${status}'`);
  }
  return examples;
}

function readChecks(file: YamlFile, node: unknown): { placeholders: boolean; references: boolean } {
  const fields = file.pairs(node, ['placeholders', 'references'], "'checks'");
  const flag = (key: string): boolean => {
    const value = fields?.get(key)?.value;
    if (value === undefined) return true;
    if (isScalar(value) && typeof value.value === 'boolean') return value.value;
    file.report(value, `'checks.${key}' must be true or false`);
    return true;
  };
  return { placeholders: flag('placeholders'), references: flag('references') };
}

/** Reads and validates one rule; returns null (with problems recorded) when it is unusable. */
export function readRule(context: PackContext, node: unknown): Rule | null {
  const { file } = context;
  const fields = file.pairs(node, RULE_KEYS, 'a rule');
  if (!fields) return null;
  const get = (key: string): unknown => fields.get(key)?.value;
  for (const key of ['id', 'category', 'title', 'severity', 'why', 'remediation', 'present']) {
    if (!fields.has(key)) file.report(node, `a rule needs '${key}'`);
  }
  const id = fields.has('id') ? file.string(get('id'), "'id'") : undefined;
  if (id !== undefined && !ID.test(id)) file.report(get('id'), `rule id '${id}' must be kebab-case (lowercase letters, digits and hyphens)`);
  const category = fields.has('category') ? file.string(get('category'), "'category'") : undefined;
  if (category !== undefined && !ID.test(category)) file.report(get('category'), `category '${category}' must be kebab-case`);
  const severity = fields.has('severity') ? enumValue<Severity>(file, get('severity'), SEVERITIES, "'severity'") : undefined;
  const text = (key: string): string | undefined => (fields.has(key) ? file.string(get(key), `'${key}'`) : undefined);
  const present = fields.has('present') ? file.items(get('present'), "'present'").map((item) => readSignal(context, item, false)) : [];
  if (isSeq(get('present')) && present.length === 0) file.report(get('present'), "'present' needs at least one signal");
  const ambiguous = fields.has('ambiguous') ? file.items(get('ambiguous'), "'ambiguous'").map((item) => readSignal(context, item, true)) : [];
  const weakeners = fields.has('weak-when') ? file.items(get('weak-when'), "'weak-when'").map((item) => readWeakener(context, item)) : [];
  const nearMiss = fields.has('near-miss') ? file.items(get('near-miss'), "'near-miss'").map((item) => readWeakener(context, item, "a 'near-miss' entry")) : [];
  const checks = fields.has('checks') ? readChecks(file, get('checks')) : { placeholders: true, references: true };
  const title = text('title');
  const why = text('why');
  const remediation = text('remediation');
  if (!id || !category || !severity || !title || !why || !remediation || present.length === 0 || [...present, ...ambiguous, ...weakeners, ...nearMiss].includes(null)) return null;
  return {
    id,
    category,
    title,
    severity,
    why,
    remediation,
    present: present as Signal[],
    ambiguous: ambiguous as Signal[],
    weakeners: weakeners as Weakener[],
    checkPlaceholders: checks.placeholders,
    checkReferences: checks.references,
    missingMessage: text('missing') ?? DEFAULT_MISSING,
    nearMissReasons: (nearMiss as Weakener[]).map(({ match, reason }) => ({ match, reason })),
    profiles: fields.has('profiles') ? readProfiles(file, get('profiles')) : {},
    enabled: true,
    examples: fields.has('examples') ? readExamples(file, get('examples')) : {},
    pack: context.pack,
    position: position(context, node),
  };
}
