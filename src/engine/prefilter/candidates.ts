import type { Matcher, TokenClause } from '../../model/index.js';
import type { MatchFilter } from '../matchers/index.js';
import { Bitset } from './bitset.js';
import type { TokenIndex } from './token-index.js';

/**
 * Which texts of an index a matcher can possibly match (null: any of them). A superset, never
 * less: texts outside it are certain not to match, so the engine skips them unread. The sets it
 * returns may be shared: they are read, never modified.
 */
export class CandidateTexts {
  private readonly byMatcher = new Map<Matcher, Bitset | null>();
  private readonly byPattern = new Map<RegExp, Bitset | null>();
  /** One filter per text, made when first asked for (filled with undefined: a dense array). */
  private readonly filters: Array<TextFilter | undefined>;

  constructor(private readonly index: TokenIndex) {
    this.filters = new Array<TextFilter | undefined>(index.size).fill(undefined);
  }

  /** What the index knows about text number `index`, for the matchers that run on it. */
  filterFor(index: number): MatchFilter {
    let filter = this.filters[index];
    if (!filter) {
      filter = new TextFilter(this, index);
      if (index < this.filters.length) this.filters[index] = filter;
    }
    return filter;
  }

  /** Texts a pattern can possibly match, from the words it needs (none given: any text). */
  ofPattern(pattern: RegExp, requiredWords: readonly TokenClause[] | undefined): Bitset | null {
    if (this.byPattern.has(pattern)) return this.byPattern.get(pattern) ?? null;
    const texts = requiredWords ? this.index.satisfying(requiredWords) : null;
    this.byPattern.set(pattern, texts);
    return texts;
  }

  of(matcher: Matcher): Bitset | null {
    if (this.byMatcher.has(matcher)) return this.byMatcher.get(matcher) ?? null;
    const texts = this.compute(matcher);
    this.byMatcher.set(matcher, texts);
    return texts;
  }

  /** Texts that any of the matchers can possibly match (null: any text). */
  ofAny(matchers: readonly Matcher[]): Bitset | null {
    const sets = matchers.map((matcher) => this.of(matcher));
    if (sets.some((set) => set === null)) return null;
    return sets.reduce<Bitset>((all, set) => all.addAll(set ?? all), new Bitset(this.index.size));
  }

  private compute(matcher: Matcher): Bitset | null {
    switch (matcher.kind) {
      case 'regex':
      case 'phrase': {
        // Sets from the index are shared, so a single pattern's is returned as it is, never changed.
        const { patterns, requiredWords } = matcher;
        if (patterns.length === 1 && patterns[0]) return this.ofPattern(patterns[0], requiredWords?.[0]);
        const texts = new Bitset(this.index.size);
        for (const [index, pattern] of patterns.entries()) {
          const possible = this.ofPattern(pattern, requiredWords?.[index]);
          if (possible === null) return null;
          texts.addAll(possible);
        }
        return texts;
      }
      case 'any':
        return this.ofAny(matcher.of);
      case 'all':
      case 'near': {
        // Every child must match, so each child's candidates bound the whole.
        let texts: Bitset | null = null;
        for (const child of matcher.of) {
          const possible = this.of(child);
          if (possible) texts = texts ? texts.keepOnly(possible) : possible.copy();
        }
        return texts;
      }
      case 'unnegated':
        return this.of(matcher.of);
      case 'not':
        return null;
    }
  }
}

/** The candidate sets of one text, as the matchers ask for them. */
class TextFilter implements MatchFilter {
  constructor(
    private readonly candidates: CandidateTexts,
    private readonly text: number,
  ) {}

  mayMatch(matcher: Matcher): boolean {
    return this.candidates.of(matcher)?.has(this.text) ?? true;
  }

  mayMatchPattern(pattern: RegExp, requiredWords: readonly TokenClause[] | undefined): boolean {
    return this.candidates.ofPattern(pattern, requiredWords)?.has(this.text) ?? true;
  }
}
