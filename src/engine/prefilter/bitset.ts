/**
 * A fixed-size set of small integers (unit numbers), for fast unions and intersections. Plain
 * arrays of 32-bit words: most sets are a few words long, and typed arrays cost more to create.
 */
export class Bitset {
  private readonly words: number[];

  constructor(readonly size: number) {
    this.words = new Array<number>(Math.ceil(size / 32)).fill(0);
  }

  /** A set of `size` members from its 32-bit words, as laid out here (copied). */
  static fromWords(size: number, words: ArrayLike<number>): Bitset {
    const set = new Bitset(size);
    for (let word = 0; word < set.words.length; word++) set.words[word] = words[word] ?? 0;
    return set;
  }

  add(index: number): void {
    this.words[index >>> 5] = (this.words[index >>> 5] ?? 0) | (1 << (index & 31));
  }

  has(index: number): boolean {
    return ((this.words[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0;
  }

  /** Removes every member. */
  clear(): this {
    this.words.fill(0);
    return this;
  }

  /** Adds every member of `other` (same size). */
  addAll(other: Bitset): this {
    for (let word = 0; word < this.words.length; word++) this.words[word] = (this.words[word] ?? 0) | (other.words[word] ?? 0);
    return this;
  }

  /** Keeps only members also in `other` (same size). */
  keepOnly(other: Bitset): this {
    for (let word = 0; word < this.words.length; word++) this.words[word] = (this.words[word] ?? 0) & (other.words[word] ?? 0);
    return this;
  }

  copy(): Bitset {
    return new Bitset(this.size).addAll(this);
  }
}
