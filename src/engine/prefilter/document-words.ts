import type { ConditionTable } from './condition-table.js';
import { WordNumbers, addToWordHash } from './word-numbers.js';

/** A text to index, with where it lies in the document text when it is taken from there. */
export interface IndexedText {
  text: string;
  /**
   * Stretches of the document text that `text` is made of, in order, joined by one character that
   * is not a letter (a section's paragraphs, joined by newlines). Absent: none is claimed. Every
   * claim is checked before it is relied on.
   */
  spans?: ReadonlyArray<readonly [number, number]>;
}

const LETTER = /[A-Za-z\u0130\u212a]/;
const isLowerAscii = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * Lower-cases ASCII letters only. Lower-casing the whole text is faster than word by word, but two
 * characters lower-case into ASCII letters (Kelvin sign, dotted capital I) and the rule patterns
 * never see those as letters; keeping them also keeps every offset where it was.
 */
export function lowerAscii(text: string): string {
  return /[\u0130\u212a]/.test(text) ? text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : text.toLowerCase();
}

/** Lower-cased runs of ASCII letters in a text: the words the prefilter reasons about. */
export function wordsOf(text: string): string[] {
  return lowerAscii(text).split(/[^a-z]+/);
}

/** Word numbers of many units one after another, in one growable typed array. */
export class WordList {
  private items = new Int32Array(1024);
  length = 0;

  push(number: number): void {
    if (this.length === this.items.length) {
      const items = new Int32Array(this.items.length * 2);
      items.set(this.items);
      this.items = items;
    }
    this.items[this.length++] = number;
  }

  at(index: number): number {
    return this.items[index] ?? 0;
  }
}

/**
 * A document's words, read once. The units of every scope are stretches of the document text,
 * so each takes its words from this one pass by offset instead of splitting its own copy; and each
 * distinct word is numbered, so what it satisfies is looked up once per document.
 */
export class DocumentWords {
  private readonly lowered: string;
  /** Word occurrences in document order: where each starts, and its number (`count` of them). */
  private starts: Int32Array;
  private numbers: Int32Array;
  private count = 0;
  private readonly words = new WordNumbers();
  // Both indexed by word number and grown as words are numbered, so they stay dense arrays (set
  // out of order, they would turn into slow dictionaries).
  private conditions: Array<readonly number[] | null> = [];
  private conditionsKnownFor = -1;
  /** Per word number, the last unit it was counted for (see `addUnitWords`). */
  private readonly lastUnit: number[] = [];
  private unitStamp = 0;

  constructor(private readonly text: string) {
    const lowered = lowerAscii(text);
    this.lowered = lowered;
    // About one word in six or seven characters; grown when a text has more.
    this.starts = new Int32Array((lowered.length >> 3) + 16);
    this.numbers = new Int32Array(this.starts.length);
    // A scan by character code, hashing each word as it goes: no string per occurrence.
    let wordStart = -1;
    let hash = 0;
    for (let index = 0; index <= lowered.length; index++) {
      const code = index < lowered.length ? lowered.charCodeAt(index) : 0;
      if (isLowerAscii(code)) {
        if (wordStart < 0) {
          wordStart = index;
          hash = 0;
        }
        hash = addToWordHash(hash, code);
      } else if (wordStart >= 0) {
        this.addOccurrence(wordStart, this.number(this.words.ofStretch(lowered, wordStart, index, hash)));
        wordStart = -1;
      }
    }
  }

  /** Appends the distinct word numbers of a unit to a list. */
  addUnitWords(unit: IndexedText, list: WordList): void {
    const stamp = ++this.unitStamp;
    if (this.takesFromDocument(unit)) {
      const spans = unit.spans ?? [];
      for (let span = 0; span < spans.length; span++) {
        const end = spans[span]?.[1] ?? 0;
        for (let index = this.firstWordFrom(spans[span]?.[0] ?? 0); index < this.count && (this.starts[index] ?? end) < end; index++) this.countOnce(this.numbers[index] ?? 0, stamp, list);
      }
    } else {
      for (const word of wordsOf(unit.text)) if (word !== '') this.countOnce(this.number(this.words.of(word)), stamp, list);
    }
  }

  /** Adds a word number to a unit's list unless already there. */
  private countOnce(number: number, stamp: number, list: WordList): void {
    if (this.lastUnit[number] === stamp) return;
    this.lastUnit[number] = stamp;
    list.push(number);
  }

  /** The word a number stands for. */
  word(number: number): string {
    return this.words.word(number);
  }

  /**
   * What `conditionsOf` has looked up so far, by word number (null: not yet), for loops that
   * look up every word of every unit.
   */
  conditionLists(table: ConditionTable): ReadonlyArray<readonly number[] | null> {
    this.checkConditionsFor(table);
    return this.conditions;
  }

  /** Numbers of the conditions a word satisfies, looked up once per document. */
  conditionsOf(number: number, table: ConditionTable): readonly number[] {
    this.checkConditionsFor(table);
    let conditions = this.conditions[number];
    if (!conditions) {
      conditions = table.satisfiedBy(this.word(number));
      this.conditions[number] = conditions;
    }
    return conditions;
  }

  private checkConditionsFor(table: ConditionTable): void {
    if (this.conditionsKnownFor !== table.size) {
      // Conditions registered since were not known when these were looked up.
      this.conditions = this.lastUnit.map(() => null);
      this.conditionsKnownFor = table.size;
    }
  }

  /** Keeps the per-number arrays as long as the numbering (a word number is passed through). */
  private number(number: number): number {
    while (this.lastUnit.length <= number) {
      this.conditions.push(null);
      this.lastUnit.push(0);
    }
    return number;
  }

  private addOccurrence(start: number, number: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const numbers = new Int32Array(this.numbers.length * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.starts[this.count] = start;
    this.numbers[this.count] = number;
    this.count++;
  }

  /**
   * Whether a unit is, as claimed, made of stretches of the document text, each edged by
   * non-letters in the document (so no word is cut in two); if not, it is split on its own.
   */
  private takesFromDocument(unit: IndexedText): boolean {
    const spans = unit.spans;
    if (!spans || !this.spansMakeUp(unit.text, spans)) return false;
    const lowered = this.lowered;
    for (let span = 0; span < spans.length; span++) {
      const start = spans[span]?.[0] ?? 0;
      const end = spans[span]?.[1] ?? 0;
      if (start > 0 && isLowerAscii(lowered.charCodeAt(start - 1)) && isLowerAscii(lowered.charCodeAt(start))) return false;
      if (end < lowered.length && end > 0 && isLowerAscii(lowered.charCodeAt(end - 1)) && isLowerAscii(lowered.charCodeAt(end))) return false;
    }
    return true;
  }

  /** Whether `text` is exactly the spans' texts joined by single non-letters. */
  private spansMakeUp(text: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
    let offset = 0;
    for (let index = 0; index < spans.length; index++) {
      const start = spans[index]?.[0] ?? 0;
      const end = spans[index]?.[1] ?? 0;
      if (index > 0) {
        if (LETTER.test(text.charAt(offset))) return false;
        offset += 1;
      }
      if (start < 0 || end < start || end > this.text.length) return false;
      // Slicing and comparing is several times faster than startsWith at an offset.
      const piece = spans.length === 1 ? text : text.slice(offset, offset + end - start);
      if (piece.length !== end - start || this.text.slice(start, end) !== piece) return false;
      offset += end - start;
    }
    return offset === text.length;
  }

  /** Index of the first word occurrence that starts at or after `offset`. */
  private firstWordFrom(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.starts[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
