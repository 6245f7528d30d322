import type { Matcher, Rule, TokenClause } from '../src/model/index.js';

/** Which patterns of a rule to collect besides those of its signals and weakeners. */
export interface PatternChoice {
  /** The negators of `unnegated` matchers. */
  negators?: boolean;
  /** The matchers of near-miss reasons. */
  nearMissReasons?: boolean;
}

/** Every compiled pattern the rules' matchers run, each once. */
export function patternsOf(rules: readonly Rule[], choice: PatternChoice = {}): RegExp[] {
  const patterns = new Set<RegExp>();
  const walk = (matcher: Matcher): void => {
    if (matcher.kind === 'regex' || matcher.kind === 'phrase') for (const pattern of matcher.patterns) patterns.add(pattern);
    else if (matcher.kind === 'not') walk(matcher.of);
    else if (matcher.kind === 'unnegated') {
      walk(matcher.of);
      if (choice.negators) for (const negator of matcher.negators) patterns.add(negator);
    } else matcher.of.forEach(walk);
  };
  for (const rule of rules) {
    for (const signal of [...rule.present, ...rule.ambiguous]) if (signal.match) walk(signal.match);
    for (const weakener of rule.weakeners) walk(weakener.match);
    if (choice.nearMissReasons) for (const reason of rule.nearMissReasons) walk(reason.match);
  }
  return [...patterns];
}

/** The words the compiler found each signal and weakener pattern needs, by pattern. */
export function requiredWordsByPattern(rules: readonly Rule[]): Map<RegExp, readonly TokenClause[]> {
  const words = new Map<RegExp, readonly TokenClause[]>();
  const walk = (matcher: Matcher): void => {
    if (matcher.kind === 'regex' || matcher.kind === 'phrase') matcher.patterns.forEach((pattern, index) => words.set(pattern, matcher.requiredWords?.[index] ?? []));
    else if (matcher.kind === 'not' || matcher.kind === 'unnegated') walk(matcher.of);
    else matcher.of.forEach(walk);
  };
  for (const rule of rules) {
    for (const signal of [...rule.present, ...rule.ambiguous]) if (signal.match) walk(signal.match);
    for (const weakener of rule.weakeners) walk(weakener.match);
  }
  return words;
}
