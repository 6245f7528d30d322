import { Bitset } from './bitset.js';
import type { ConditionTable } from './condition-table.js';
import type { TokenClause } from './token-clauses.js';

/** Lower-cased runs of ASCII letters in a text: the words the prefilter reasons about. */
export function wordsOf(text: string): string[] {
  // Lower-casing the whole text is faster than word by word, but two characters lower-case into
  // ASCII letters (Kelvin sign, dotted capital I); the rule patterns never see those as letters.
  const lowered = /[\u0130\u212a]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
  return lowered.split(/[^a-z]+/);
}

/**
 * The words of a list of texts (a document's units at one scope) and, for each word condition
 * of the rule set, which texts satisfy it. Answers "which texts can satisfy these clauses" with a
 * few set operations instead of a scan of every text.
 */
export class TokenIndex {
  readonly size: number;
  /** Word → numbers of the texts that contain it, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** Condition number → texts that satisfy it (absent: none). */
  private byCondition: Array<Bitset | undefined> | null = null;
  private readonly none: Bitset;

  constructor(texts: readonly string[], private readonly table: ConditionTable) {
    this.size = texts.length;
    this.none = new Bitset(texts.length);
    texts.forEach((text, index) => {
      for (const word of wordsOf(text)) {
        if (word === '') continue;
        const texts = this.postings.get(word);
        if (!texts) this.postings.set(word, [index]);
        else if (texts[texts.length - 1] !== index) texts.push(index);
      }
    });
  }

  /** Texts that satisfy every clause; null when there are no clauses (every text may match). */
  satisfying(clauses: readonly TokenClause[]): Bitset | null {
    let result: Bitset | null = null;
    for (const clause of this.table.clauseIds(clauses)) {
      const texts = new Bitset(this.size);
      for (const id of clause) texts.addAll(this.containing(id));
      result = result ? result.keepOnly(texts) : texts;
    }
    return result;
  }

  /** Texts with a word that satisfies condition number `id` (shared: not to be modified). */
  private containing(id: number): Bitset {
    if (!this.byCondition || id >= this.byCondition.length) this.byCondition = this.invert();
    return this.byCondition[id] ?? this.none;
  }

  /** Every known condition's texts, from one pass over this index's words. */
  private invert(): Array<Bitset | undefined> {
    const byCondition = new Array<Bitset | undefined>(this.table.size);
    for (const [word, texts] of this.postings) {
      for (const id of this.table.satisfiedBy(word)) {
        let set = byCondition[id];
        if (!set) {
          set = new Bitset(this.size);
          byCondition[id] = set;
        }
        for (const index of texts) set.add(index);
      }
    }
    return byCondition;
  }
}
