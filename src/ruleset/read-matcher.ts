import { isMap, isScalar, isSeq, type Pair } from 'yaml';
import type { Matcher } from '../model/index.js';
import { compileRegex, patternProblem, phraseSource } from './compile-pattern.js';
import { analysePattern } from './pattern-analysis.js';
import { suggest } from './problems.js';
import type { YamlFile } from './yaml-file.js';

/** Matcher kinds a rule file may use, each documented in rules/README.md. */
export const MATCHER_KINDS = ['regex', 'phrase', 'term', 'all', 'any', 'not', 'near', 'unnegated'] as const;
const MODIFIERS = ['label', 'within'];

/** Named matchers a pack defines once and rules reuse with `term: name`. */
export type Terms = ReadonlyMap<string, Matcher>;

/** Authors' patterns, each checked at its own position so an error points at the bad one. */
function patternSources(file: YamlFile, node: unknown, what: string, check: boolean): string[] {
  const items = isSeq(node) ? node.items : [node];
  if (isSeq(node) && items.length === 0) {
    file.report(node, `${what} needs at least one pattern`);
    return [];
  }
  return items.flatMap((item) => {
    const [source] = file.strings(item, isSeq(node) ? `each entry of ${what}` : what);
    if (source === undefined) return [];
    const problem = check ? patternProblem(source) : null;
    if (problem) {
      file.report(item, problem);
      return [];
    }
    return [source];
  });
}

/** A `regex` or `phrase` matcher, with the words each pattern needs; null when no pattern is usable. */
function patternMatcher(file: YamlFile, node: unknown, what: string, kind: 'regex' | 'phrase'): Extract<Matcher, { kind: 'regex' | 'phrase' }> | null {
  const sources = kind === 'regex' ? patternSources(file, node, what, true) : patternSources(file, node, what, false).map(phraseSource);
  if (sources.length === 0) return null;
  return { kind, patterns: sources.map(compileRegex), requiredWords: sources.map((source) => analysePattern(source).requiredWords) };
}

function positiveInteger(file: YamlFile, pair: Pair<unknown, unknown> | undefined, fallback: number): number {
  if (!pair) return fallback;
  const value = isScalar(pair.value) ? pair.value.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 200) return value;
  file.report(pair.value, "'within' must be a whole number of words from 1 to 200");
  return fallback;
}

/**
 * Reads one matcher: a mapping with exactly one kind key (plus `label`, and `within` for `near`),
 * or a bare string, which is shorthand for a regex.
 */
export function readMatcher(file: YamlFile, node: unknown, terms: Terms, what = 'matcher'): Matcher | null {
  if (isScalar(node) && typeof node.value === 'string') {
    return patternMatcher(file, node, what, 'regex');
  }
  if (!isMap(node)) {
    file.report(node, `${what} must be a mapping with one of: ${MATCHER_KINDS.join(', ')} (or a regex string)`);
    return null;
  }
  const kinds: Array<Pair<unknown, unknown>> = [];
  const modifiers = new Map<string, Pair<unknown, unknown>>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if ((MATCHER_KINDS as readonly string[]).includes(key)) kinds.push(pair);
    else if (MODIFIERS.includes(key)) modifiers.set(key, pair);
    else {
      const hint = suggest(key, [...MATCHER_KINDS, ...MODIFIERS]);
      file.report(pair.key, `unknown matcher kind '${key}'${hint ? ` - did you mean '${hint}'?` : ''} (known kinds: ${MATCHER_KINDS.join(', ')})`);
      return null;
    }
  }
  if (kinds.length !== 1) {
    file.report(node, kinds.length === 0 ? `${what} needs one of: ${MATCHER_KINDS.join(', ')}` : `${what} has ${kinds.length} kinds; use 'all' or 'any' to combine them`);
    return null;
  }
  const pair = kinds[0] as Pair<unknown, unknown>;
  const kind = String((pair.key as { value: unknown }).value);
  const labelPair = modifiers.get('label');
  const label = labelPair ? file.string(labelPair.value, "'label'") : undefined;
  const withLabel = <T extends Matcher>(matcher: T): T => (label !== undefined ? { ...matcher, label } : matcher);
  if (modifiers.has('within') && kind !== 'near') file.report(modifiers.get('within')?.key, `'within' only applies to 'near' (inside 'unnegated', write it in its mapping)`);
  return readKind(file, kind, pair, terms, withLabel, modifiers);
}

function readKind(
  file: YamlFile,
  kind: string,
  pair: Pair<unknown, unknown>,
  terms: Terms,
  withLabel: <T extends Matcher>(matcher: T) => T,
  modifiers: Map<string, Pair<unknown, unknown>>,
): Matcher | null {
  const children = (): Matcher[] => file.items(pair.value, `'${kind}'`).flatMap((item) => readMatcher(file, item, terms, `an entry of '${kind}'`) ?? []);
  switch (kind) {
    case 'regex':
    case 'phrase': {
      const matcher = patternMatcher(file, pair.value, `'${kind}'`, kind);
      return matcher ? withLabel(matcher) : null;
    }
    case 'term': {
      const name = file.string(pair.value, "'term'");
      if (name === undefined) return null;
      const term = terms.get(name);
      if (!term) {
        const hint = suggest(name, [...terms.keys()]);
        file.report(pair.value, `unknown term '${name}'${hint ? ` - did you mean '${hint}'?` : ''}; define it under 'terms:' in this pack`);
        return null;
      }
      return withLabel(term);
    }
    case 'all':
    case 'any': {
      if (isSeq(pair.value) && pair.value.items.length === 0) file.report(pair.value, `'${kind}' needs at least one matcher`);
      const of = children();
      return of.length > 0 ? withLabel({ kind, of }) : null;
    }
    case 'not': {
      const of = readMatcher(file, pair.value, terms, "'not'");
      return of ? withLabel({ kind: 'not', of }) : null;
    }
    case 'near': {
      const of = children();
      if (of.length < 2) file.report(pair.value, "'near' needs at least two matchers");
      return of.length >= 2 ? withLabel({ kind: 'near', of, within: positiveInteger(file, modifiers.get('within'), 12) }) : null;
    }
    default:
      return readUnnegated(file, pair, terms, withLabel);
  }
}

function readUnnegated(file: YamlFile, pair: Pair<unknown, unknown>, terms: Terms, withLabel: <T extends Matcher>(matcher: T) => T): Matcher | null {
  const fields = file.pairs(pair.value, ['match', 'negators', 'within'], "'unnegated'");
  if (!fields) return null;
  const matchPair = fields.get('match');
  const negatorPair = fields.get('negators');
  if (!matchPair || !negatorPair) {
    file.report(pair.value, "'unnegated' needs 'match' and 'negators'");
    return null;
  }
  const of = readMatcher(file, matchPair.value, terms, "'unnegated.match'");
  const negators = patternSources(file, negatorPair.value, "'negators'", true).map(compileRegex);
  return of && negators.length > 0 ? withLabel({ kind: 'unnegated', of, negators, within: positiveInteger(file, fields.get('within'), 6) }) : null;
}
