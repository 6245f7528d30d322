import { Bitset } from './bitset.js';
import type { ConditionTable } from './condition-table.js';
import { DocumentWords, type IndexedText } from './document-words.js';
import type { TokenClause } from './token-clauses.js';

/**
 * The words of a list of texts (a document's units at one scope) and, for each word condition
 * of the rule set, which texts satisfy it. Answers "which texts can satisfy these clauses" with a
 * few set operations instead of a scan of every text.
 */
export class TokenIndex {
  readonly size: number;
  /** Per text, the numbers of its distinct words. */
  private readonly textWords: number[][];
  /** Condition number → texts that satisfy it (absent: none). */
  private byCondition: Array<Bitset | undefined> | null = null;
  private readonly none: Bitset;

  /**
   * Indexes texts; with the document's words, texts that are stretches of the document text (as
   * their spans claim) take their words from there.
   */
  constructor(
    texts: ReadonlyArray<string | IndexedText>,
    private readonly table: ConditionTable,
    private readonly words: DocumentWords = new DocumentWords(''),
  ) {
    this.size = texts.length;
    this.none = new Bitset(texts.length);
    this.textWords = texts.map((text) => words.unitWords(typeof text === 'string' ? { text } : text));
  }

  /**
   * Texts that satisfy every clause; null when there are no clauses (every text may match). The
   * set may be shared with the index: callers must not modify it.
   */
  satisfying(clauses: readonly TokenClause[]): Bitset | null {
    const ids = this.table.clauseIds(clauses);
    if (ids.length === 0) return null;
    // Most clauses are one word: their set is the index's own, with nothing to allocate.
    if (ids.length === 1 && ids[0]?.length === 1) return this.containing(ids[0][0] ?? 0);
    let result: Bitset | null = null;
    let scratch: Bitset | null = null;
    for (const clause of ids) {
      const texts: Bitset = result ? (scratch ??= new Bitset(this.size)).clear() : new Bitset(this.size);
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

  /** Every known condition's texts, from one pass over the texts' words. */
  private invert(): Array<Bitset | undefined> {
    const byCondition = new Array<Bitset | undefined>(this.table.size);
    const conditions = this.words.conditionLists(this.table);
    for (let text = 0; text < this.textWords.length; text++) {
      const numbers = this.textWords[text] ?? [];
      for (let at = 0; at < numbers.length; at++) {
        const number = numbers[at] ?? 0;
        const ids = conditions[number] ?? this.words.conditionsOf(number, this.table);
        for (let which = 0; which < ids.length; which++) {
          const id = ids[which] ?? 0;
          let set = byCondition[id];
          if (!set) {
            set = new Bitset(this.size);
            byCondition[id] = set;
          }
          set.add(text);
        }
      }
    }
    return byCondition;
  }
}
