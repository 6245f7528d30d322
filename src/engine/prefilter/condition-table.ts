import type { TokenClause, TokenCondition } from '../../model/index.js';

/** Most words remembered before the memory of which conditions they satisfy is dropped. */
const MAX_REMEMBERED_WORDS = 200_000;

/**
 * The word conditions of one rule set, numbered, and which of them each word satisfies. Words
 * recur from one agreement to the next, so what a word satisfies is worked out once and
 * remembered for every later document evaluated with the same rules.
 */
export class ConditionTable {
  private readonly ids = new Map<string, number>();
  private readonly conditions: TokenCondition[] = [];
  private readonly whole = new Map<string, number[]>();
  private readonly starts = new Map<string, number[]>();
  private readonly ends = new Map<string, number[]>();
  private readonly inside: Array<{ text: string; id: number }> = [];
  private longestStart = 0;
  private longestEnd = 0;
  private readonly byWord = new Map<string, readonly number[]>();
  private readonly byClauses = new WeakMap<readonly TokenClause[], number[][]>();

  get size(): number {
    return this.conditions.length;
  }

  /** The number of a condition, registering it the first time. */
  id(condition: TokenCondition): number {
    let id = this.ids.get(condition.key);
    if (id !== undefined) return id;
    id = this.conditions.length;
    this.ids.set(condition.key, id);
    this.conditions.push(condition);
    const { text } = condition;
    const add = (map: Map<string, number[]>): void => {
      map.set(text, [...(map.get(text) ?? []), id]);
    };
    if (condition.position === 'whole') add(this.whole);
    else if (condition.position === 'start') {
      add(this.starts);
      this.longestStart = Math.max(this.longestStart, text.length);
    } else if (condition.position === 'end') {
      add(this.ends);
      this.longestEnd = Math.max(this.longestEnd, text.length);
    } else this.inside.push({ text, id });
    // Remembered words were judged without this condition.
    this.byWord.clear();
    return id;
  }

  /** A pattern's clauses as condition numbers. */
  clauseIds(clauses: readonly TokenClause[]): number[][] {
    let ids = this.byClauses.get(clauses);
    if (!ids) {
      ids = clauses.map((clause) => clause.map((condition) => this.id(condition)));
      this.byClauses.set(clauses, ids);
    }
    return ids;
  }

  /** Numbers of the conditions a word satisfies. */
  satisfiedBy(word: string): readonly number[] {
    let ids = this.byWord.get(word);
    if (!ids) {
      ids = this.compute(word);
      if (this.byWord.size >= MAX_REMEMBERED_WORDS) this.byWord.clear();
      this.byWord.set(word, ids);
    }
    return ids;
  }

  private compute(word: string): number[] {
    const ids = [...(this.whole.get(word) ?? [])];
    for (let length = Math.min(word.length, this.longestStart); length > 0; length--) ids.push(...(this.starts.get(word.slice(0, length)) ?? []));
    for (let length = Math.min(word.length, this.longestEnd); length > 0; length--) ids.push(...(this.ends.get(word.slice(word.length - length)) ?? []));
    for (const { text, id } of this.inside) if (word.includes(text)) ids.push(id);
    return ids;
  }
}
