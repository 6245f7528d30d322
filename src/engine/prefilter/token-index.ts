import { Bitset } from './bitset.js';
import type { ConditionTable } from './condition-table.js';
import { DocumentWords, WordList, type IndexedText } from './document-words.js';
import type { TokenClause } from '../../model/index.js';

/**
 * The words of a list of texts (a document's units at one scope) and, for each word condition
 * of the rule set, which texts satisfy it. Answers "which texts can satisfy these clauses" with a
 * few set operations instead of a scan of every text.
 */
export class TokenIndex {
  readonly size: number;
  /** The numbers of each text's distinct words, one text after another; text i's from `wordOffsets[i]`. */
  private readonly wordList = new WordList();
  private readonly wordOffsets: Int32Array;
  /**
   * Which texts satisfy each condition: one row of bits per condition number, all in one array
   * (filled in one pass, far faster than a set object per condition), with whether the row has
   * any bit set and, for rows asked for, the row as a set.
   */
  private rows: Int32Array | null = null;
  private rowUsed = new Uint8Array(0);
  private rowSets: Array<Bitset | undefined> = [];
  private readonly rowLength: number;
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
    this.rowLength = Math.ceil(texts.length / 32);
    this.none = new Bitset(texts.length);
    this.wordOffsets = new Int32Array(texts.length + 1);
    texts.forEach((text, index) => {
      this.wordOffsets[index] = this.wordList.length;
      words.addUnitWords(typeof text === 'string' ? { text } : text, this.wordList);
    });
    this.wordOffsets[texts.length] = this.wordList.length;
  }

  /**
   * Texts that satisfy every clause; null when there are no clauses (every text may match). The
   * set may be shared with the index: callers must not modify it.
   */
  satisfying(clauses: readonly TokenClause[]): Bitset | null {
    const ids = this.table.clauseIds(clauses);
    if (ids.length === 0) return null;
    // Most clauses are one word: their set is the index's own row.
    if (ids.length === 1 && ids[0]?.length === 1) return this.containing(ids[0][0] ?? 0);
    if (!this.rows || this.rowUsed.length < this.table.size) this.invert();
    const rows = this.rows ?? new Int32Array(0);
    const used = this.rowUsed;
    // A clause whose words no text has leaves nothing: the usual answer, found without reading rows.
    for (const clause of ids) if (!clause.some((id) => used[id] === 1)) return this.none;
    const rowLength = this.rowLength;
    // Each clause's rows or-ed together, and-ed into the result, word by word.
    const result = new Array<number>(rowLength).fill(-1);
    const union = new Array<number>(rowLength);
    for (const clause of ids) {
      union.fill(0);
      for (const id of clause) {
        if (used[id] !== 1) continue;
        const base = id * rowLength;
        for (let word = 0; word < rowLength; word++) union[word] = (union[word] ?? 0) | (rows[base + word] ?? 0);
      }
      for (let word = 0; word < rowLength; word++) result[word] = (result[word] ?? 0) & (union[word] ?? 0);
    }
    return Bitset.fromWords(this.size, result);
  }

  /** Texts with a word that satisfies condition number `id` (shared: not to be modified). */
  private containing(id: number): Bitset {
    if (!this.rows || id >= this.rowUsed.length) this.invert();
    if (!this.rows || this.rowUsed[id] !== 1) return this.none;
    let set = this.rowSets[id];
    if (!set) {
      set = Bitset.fromWords(this.size, this.rows.subarray(id * this.rowLength, (id + 1) * this.rowLength));
      this.rowSets[id] = set;
    }
    return set;
  }

  /** Every known condition's texts, from one pass over the texts' words. */
  private invert(): void {
    const conditionCount = this.table.size;
    const rowLength = this.rowLength;
    const rows = new Int32Array(conditionCount * rowLength);
    const used = new Uint8Array(conditionCount);
    const conditions = this.words.conditionLists(this.table);
    for (let text = 0; text < this.size; text++) {
      const column = text >>> 5;
      const bit = 1 << (text & 31);
      const last = this.wordOffsets[text + 1] ?? 0;
      for (let at = this.wordOffsets[text] ?? 0; at < last; at++) {
        const number = this.wordList.at(at);
        const ids = conditions[number] ?? this.words.conditionsOf(number, this.table);
        for (let which = 0; which < ids.length; which++) {
          const id = ids[which] ?? 0;
          const cell = id * rowLength + column;
          rows[cell] = (rows[cell] ?? 0) | bit;
          used[id] = 1;
        }
      }
    }
    this.rows = rows;
    this.rowUsed = used;
    this.rowSets = [];
  }
}
