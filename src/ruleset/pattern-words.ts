import type { AST } from '@eslint-community/regexpp';
import type { TokenClause, TokenCondition } from '../model/index.js';

/**
 * Clauses (all must hold) of words that any match of a rule pattern contains, derived from the
 * literal words the pattern cannot match without. The engine tests these against a word index of
 * the document and runs the regular expression only on texts that pass, which is what keeps
 * hundreds of patterns over thousands of sentences cheap.
 *
 * `tree` is the author's pattern, parsed without the `u` flag and compiled case-insensitively
 * between word edges (see `compileRegex`): a match that starts (ends) with a letter or digit
 * starts (ends) a word, and a case-insensitive ASCII letter matches only ASCII letters, so
 * lower-cased ASCII words are exactly what the pattern can see. Sound by construction (a text the
 * pattern matches always passes); an empty list means nothing is known.
 */
export function requiredWordsOf(tree: AST.Pattern): readonly TokenClause[] {
  const clauses = new Analysis().clauses(tree, true, true);
  // The same clause often comes both from a group's exact strings and from its alternatives.
  return [...new Map(clauses.map((clause) => [clause.map((condition) => condition.key).sort().join('\n'), clause])).values()];
}

/** Most strings a node's exact set may hold before it counts as unknown. */
const MAX_STRINGS = 64;
/** Most characters a character class may hold to be expanded into exact strings. */
const MAX_CLASS = 8;
/** Words so common that a clause resting on them filters nothing; avoided when there is a choice. */
const COMMON_WORDS = new Set(['a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'for', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'shall', 'such', 'that', 'the', 'this', 'to', 'will', 'with']);

interface Shape {
  /** Every string the node can match, lower-cased; null when unknown or too many. */
  exact: string[] | null;
  /** Whether the node can match the empty string. */
  empty: boolean;
  /** Every non-empty match starts with a character that is not an ASCII letter. */
  startsClean: boolean;
  /** Every non-empty match ends with such a character. */
  endsClean: boolean;
}

type Node = AST.Pattern | AST.Alternative | AST.Element | AST.CharacterClassElement;

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/** The character of a code point, lower-cased if it is an ASCII capital (the only folding that matters here). */
const charOf = (code: number): string => String.fromCodePoint(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

function union(sets: ReadonlyArray<string[] | null>): string[] | null {
  // Every set here is already free of duplicates and within the limit.
  if (sets.length === 1) return sets[0] ?? null;
  const all = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const item of set) all.add(item);
  }
  return all.size <= MAX_STRINGS ? [...all] : null;
}

function cross(left: string[] | null, right: string[] | null): string[] | null {
  if (left === null || right === null || left.length * right.length > MAX_STRINGS * 4) return null;
  // One string on a side (a literal, the usual case) cannot make two joined strings the same.
  if (left.length === 1 || right.length === 1) {
    if (left.length * right.length > MAX_STRINGS) return null;
    const head = left.length === 1 ? (left[0] ?? '') : null;
    const tail = right.length === 1 ? (right[0] ?? '') : null;
    return head !== null ? right.map((end) => head + end) : left.map((start) => start + (tail ?? ''));
  }
  const joined = new Set<string>();
  for (const start of left) for (const end of right) joined.add(start + end);
  return joined.size <= MAX_STRINGS ? [...joined] : null;
}

const ZERO_WIDTH: Shape = { exact: [''], empty: true, startsClean: true, endsClean: true };
const UNKNOWN: Shape = { exact: null, empty: false, startsClean: false, endsClean: false };

class Analysis {
  private readonly shapes = new Map<Node, Shape>();

  shape(node: Node): Shape {
    let shape = this.shapes.get(node);
    if (!shape) {
      shape = this.computeShape(node);
      this.shapes.set(node, shape);
    }
    return shape;
  }

  private computeShape(node: Node): Shape {
    switch (node.type) {
      case 'Character': {
        const clean = !isAsciiLetter(node.value);
        return { exact: [charOf(node.value)], empty: false, startsClean: clean, endsClean: clean };
      }
      case 'CharacterSet': {
        const clean = node.kind === 'space' || node.kind === 'digit' ? !node.negate : node.kind === 'word' ? node.negate : false;
        return { exact: null, empty: false, startsClean: clean, endsClean: clean };
      }
      case 'CharacterClass':
        return this.classShape(node);
      case 'CharacterClassRange':
        return UNKNOWN;
      case 'Assertion':
        return ZERO_WIDTH;
      case 'Backreference':
        return { exact: null, empty: true, startsClean: false, endsClean: false };
      case 'Quantifier': {
        const inner = this.shape(node.element);
        return { exact: this.repeat(inner.exact, node.min, node.max), empty: node.min === 0 || inner.empty, startsClean: inner.startsClean, endsClean: inner.endsClean };
      }
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup': {
        const shapes = node.alternatives.map((alternative) => this.shape(alternative));
        return {
          exact: union(shapes.map((shape) => shape.exact)),
          empty: shapes.some((shape) => shape.empty),
          startsClean: shapes.every((shape) => shape.startsClean),
          endsClean: shapes.every((shape) => shape.endsClean),
        };
      }
      case 'Alternative': {
        const shapes = node.elements.map((element) => this.shape(element));
        let exact: string[] | null = [''];
        for (const shape of shapes) exact = cross(exact, shape.exact);
        return { exact, empty: shapes.every((shape) => shape.empty), startsClean: cleanEdge(shapes, 'startsClean'), endsClean: cleanEdge([...shapes].reverse(), 'endsClean') };
      }
      default:
        return UNKNOWN;
    }
  }

  private classShape(node: AST.CharacterClass): Shape {
    if (node.negate || node.unicodeSets) return UNKNOWN;
    const chars = new Set<string>();
    let exact = true;
    let clean = true;
    for (const element of node.elements) {
      if (element.type === 'Character') {
        chars.add(charOf(element.value));
        clean &&= !isAsciiLetter(element.value);
      } else if (element.type === 'CharacterClassRange') {
        const { min, max } = { min: element.min.value, max: element.max.value };
        clean &&= !/[A-Za-z]/.test(String.fromCodePoint(...rangeProbe(min, max)));
        if (max - min >= MAX_CLASS) exact = false;
        else for (let code = min; code <= max; code++) chars.add(charOf(code));
      } else {
        exact = false;
        clean &&= element.type === 'CharacterSet' && (element.kind === 'space' || element.kind === 'digit' ? !element.negate : element.kind === 'word' ? element.negate : false);
      }
    }
    return { exact: exact && chars.size <= MAX_CLASS ? [...chars] : null, empty: false, startsClean: clean, endsClean: clean };
  }

  private repeat(exact: string[] | null, min: number, max: number): string[] | null {
    if (exact === null || max > 3) return null;
    const results: Array<string[] | null> = [];
    let power: string[] | null = [''];
    for (let count = 0; count <= max; count++) {
      if (count >= min) results.push(power);
      power = cross(power, exact);
    }
    return union(results);
  }

  /** Clauses that hold for every match of `node`, given what surrounds it. */
  clauses(node: Node, wordBefore: boolean, wordAfter: boolean): TokenClause[] {
    const found: TokenClause[] = [];
    const { exact } = this.shape(node);
    if (exact !== null && !exact.includes('')) {
      const clause = clauseOfStrings(exact, wordBefore, wordAfter);
      if (clause) found.push(clause);
    }
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        if (node.alternatives.length === 1 && node.alternatives[0]) found.push(...this.clauses(node.alternatives[0], wordBefore, wordAfter));
        else {
          // Each alternative must satisfy its own best clause, so their union holds for the group.
          const best = node.alternatives.map((alternative) => bestClause(this.clauses(alternative, wordBefore, wordAfter)));
          if (best.every((clause) => clause !== null)) found.push(dedupe(best.flatMap((clause) => clause ?? [])));
        }
        break;
      case 'Alternative':
        found.push(...this.sequenceClauses(node.elements, wordBefore, wordAfter));
        break;
      case 'Quantifier':
        if (node.min >= 1) {
          // The first repetition is followed by another one or by what follows the quantifier.
          const after = wordAfter && (node.max === 1 || this.shape(node.element).startsClean);
          found.push(...this.clauses(node.element, wordBefore, after));
        }
        break;
      default:
        break;
    }
    return found;
  }

  /** Clauses of a sequence: runs of exactly known elements joined into strings, and each other element's own. */
  private sequenceClauses(elements: readonly AST.Element[], wordBefore: boolean, wordAfter: boolean): TokenClause[] {
    const before: boolean[] = [wordBefore];
    elements.forEach((element, index) => {
      before.push(this.wordEdgeAfter(element, before[index] ?? false));
    });
    const after: boolean[] = [];
    after[elements.length - 1] = wordAfter;
    for (let index = elements.length - 2; index >= 0; index--) {
      const next = elements[index + 1];
      after[index] = next !== undefined && this.wordEdgeBefore(next, after[index + 1] ?? false);
    }
    const found: TokenClause[] = [];
    let run: { strings: string[]; first: number } | null = null;
    const flush = (last: number): void => {
      if (run && !run.strings.includes('')) {
        const clause = clauseOfStrings(run.strings, before[run.first] ?? false, after[last] ?? false);
        if (clause) found.push(clause);
      }
      run = null;
    };
    elements.forEach((element, index) => {
      const { exact } = this.shape(element);
      if (exact === null) {
        flush(index - 1);
        found.push(...this.clauses(element, before[index] ?? false, after[index] ?? false));
        return;
      }
      const joined: string[] | null = run ? cross(run.strings, exact) : exact;
      if (joined === null) {
        flush(index - 1);
        run = { strings: exact, first: index };
      } else run = { strings: joined, first: run?.first ?? index };
    });
    flush(elements.length - 1);
    return found;
  }

  /** Whether a letter or digit right after `element` would start a word. */
  private wordEdgeAfter(element: AST.Element, edgeBefore: boolean): boolean {
    if (element.type === 'Assertion' && (element.kind === 'start' || (element.kind === 'word' && !element.negate))) return true;
    if (element.type === 'Assertion' && element.kind === 'word') return false;
    const shape = this.shape(element);
    return shape.endsClean && (edgeBefore || !shape.empty);
  }

  /** Whether a letter or digit right before `element` would end a word. */
  private wordEdgeBefore(element: AST.Element, edgeAfter: boolean): boolean {
    if (element.type === 'Assertion' && (element.kind === 'end' || (element.kind === 'word' && !element.negate))) return true;
    if (element.type === 'Assertion' && element.kind === 'word') return false;
    const shape = this.shape(element);
    return shape.startsClean && (edgeAfter || !shape.empty);
  }
}

/** Whether the first non-empty part of a sequence is clean at that edge (shapes in edge order). */
function cleanEdge(shapes: readonly Shape[], edge: 'startsClean' | 'endsClean'): boolean {
  for (const shape of shapes) {
    if (!shape[edge]) return false;
    if (!shape.empty) return true;
  }
  return true;
}

/** Code points to test a range for letters and digits without listing a huge range. */
function rangeProbe(min: number, max: number): number[] {
  const probes = [min, max];
  for (const [low, high] of [[0x41, 0x5a], [0x61, 0x7a]] as const) if (min <= high && max >= low) probes.push(Math.max(min, low));
  return probes;
}

/** A clause from strings one of which every match contains; null when some string has no word in it. */
function clauseOfStrings(strings: readonly string[], wordBefore: boolean, wordAfter: boolean): TokenClause | null {
  const conditions: TokenCondition[] = [];
  for (const text of strings) {
    const condition = conditionOf(text, wordBefore, wordAfter);
    if (!condition) return null;
    conditions.push(condition);
  }
  return dedupe(conditions);
}

/** The most telling word condition a literal string gives, or null when it has no letters or digits. */
function conditionOf(text: string, wordBefore: boolean, wordAfter: boolean): TokenCondition | null {
  let best: TokenCondition | null = null;
  // Runs of a-z, found by a scan of character codes (this runs for every string of every pattern).
  for (let from = 0; from < text.length; ) {
    while (from < text.length && !isLowerLetter(text.charCodeAt(from))) from++;
    if (from === text.length) break;
    let to = from + 1;
    while (to < text.length && isLowerLetter(text.charCodeAt(to))) to++;
    // A run inside the string is bounded by the string's own characters; at its edges, by context.
    const starts = from > 0 || wordBefore;
    const ends = to < text.length || wordAfter;
    const position = starts ? (ends ? 'whole' : 'start') : ends ? 'end' : 'inside';
    const word = text.slice(from, to);
    const condition: TokenCondition = { text: word, position, key: `${position} ${word}` };
    if (!best || conditionScore(condition) > conditionScore(best)) best = condition;
    from = to;
  }
  return best;
}

const isLowerLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/** How few words a condition is likely to let through (higher is fewer). */
function conditionScore({ text, position }: TokenCondition): number {
  if (position === 'whole') return COMMON_WORDS.has(text) ? 0 : text.length + 1;
  return position === 'start' ? text.length : position === 'end' ? text.length - 0.5 : text.length / 2;
}

function bestClause(clauses: readonly TokenClause[]): TokenClause | null {
  let best: TokenClause | null = null;
  let bestScore = -1;
  for (const clause of clauses) {
    const score = Math.min(...clause.map(conditionScore)) - clause.length / 1000;
    if (score > bestScore) {
      best = clause;
      bestScore = score;
    }
  }
  return best;
}

function dedupe(conditions: readonly TokenCondition[]): TokenCondition[] {
  const seen = new Map<string, TokenCondition>();
  for (const condition of conditions) seen.set(condition.key, condition);
  return [...seen.values()];
}
