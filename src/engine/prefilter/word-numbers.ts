/** The hash of a word, built one character code at a time (start from 0). */
export function addToWordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Spreads a word hash over the bits a table slot is taken from. */
function mix(hash: number): number {
  const spread = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return spread ^ (spread >>> 16);
}

/**
 * Numbers distinct words, 0, 1, 2, … in the order first seen. A word can be given as a stretch of
 * a longer text: no string is made unless the word is new, and most words of a document are
 * repeats. (An open-addressing table keyed by a hash of the characters; a Map would need a string
 * for every occurrence.)
 */
export class WordNumbers {
  private slots = new Int32Array(1024);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];

  get count(): number {
    return this.words.length;
  }

  /** The word with a number. */
  word(number: number): string {
    return this.words[number] ?? '';
  }

  /** The number of a word. */
  of(word: string): number {
    let hash = 0;
    for (let index = 0; index < word.length; index++) hash = addToWordHash(hash, word.charCodeAt(index));
    return this.ofStretch(word, 0, word.length, hash);
  }

  /** The number of `text.slice(start, end)`, whose hash (by `addToWordHash`) is given. */
  ofStretch(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(text.slice(start, end), hash, slot);
      const known = this.words[entry - 1] ?? '';
      if (this.hashes[entry - 1] === hash && known.length === length && sameCharacters(known, text, start)) return entry - 1;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const number = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    this.slots[slot] = number + 1;
    // Kept at most half full, so a look-up probes few slots.
    if (this.words.length * 2 > this.slots.length) this.grow();
    return number;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, number) => {
      let slot = mix(hash) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = number + 1;
    });
    this.slots = slots;
  }
}

function sameCharacters(word: string, text: string, start: number): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  return true;
}
