/**
 * Refuses patterns that can take exponential time. JavaScript cannot stop a running regular
 * expression, so a rule such as `(a+)+$` could freeze the tool on an unlucky sentence. The check
 * catches the classic shape: a group repeated without bound whose body is itself one unbounded
 * repetition plus optional parts (`(a+)+`, `(\w+\s?)*`, `(a*)*`), so successive iterations can
 * split the same text in exponentially many ways. Groups that need a separator in every
 * iteration, such as `(?:\.\d+)*` or `(?:\s+(?:and|or))*`, are not ambiguous and stay allowed.
 */

interface Piece {
  /** Source of the atom (a group includes its parentheses). */
  atom: string;
  min: number;
  unbounded: boolean;
}

function quantifierAt(source: string, index: number): { length: number; min: number; unbounded: boolean } | null {
  const char = source[index];
  const lazy = (length: number): number => (source[index + length] === '?' ? length + 1 : length);
  if (char === '*') return { length: lazy(1), min: 0, unbounded: true };
  if (char === '+') return { length: lazy(1), min: 1, unbounded: true };
  if (char === '?') return { length: lazy(1), min: 0, unbounded: false };
  if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(index));
    if (match) return { length: lazy(match[0].length), min: Number(match[1]), unbounded: match[2] !== undefined && match[3] === '' };
  }
  return null;
}

/** Index just past the atom starting at `index` (an escape, a class, a group or one character). */
function atomEnd(source: string, index: number): number {
  const char = source[index];
  if (char === '\\') return index + 2;
  if (char === '[') {
    let end = index + 1;
    while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
    return end + 1;
  }
  if (char === '(') {
    let depth = 0;
    for (let end = index; end < source.length; end++) {
      if (source[end] === '\\') end++;
      else if (source[end] === '[') end = atomEnd(source, end) - 1;
      else if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) return end + 1;
    }
    return source.length;
  }
  return index + 1;
}

/** Splits a pattern into top-level alternatives, each a sequence of quantified atoms. */
function branches(source: string): Piece[][] {
  const result: Piece[][] = [[]];
  let index = 0;
  while (index < source.length) {
    if (source[index] === '|') {
      result.push([]);
      index++;
      continue;
    }
    const end = atomEnd(source, index);
    const quantifier = quantifierAt(source, end);
    result[result.length - 1]?.push({ atom: source.slice(index, end), min: quantifier?.min ?? 1, unbounded: quantifier?.unbounded ?? false });
    index = end + (quantifier?.length ?? 0);
  }
  return result;
}

/** The body of a group atom, without "(", "(?:", lookaround or name prefixes and ")". */
function groupBody(atom: string): string | null {
  if (!atom.startsWith('(')) return null;
  const prefix = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(atom)?.[0] ?? '(';
  return atom.slice(prefix.length, -1);
}

/** A branch that is one unbounded repetition plus only optional parts can match text many ways. */
function isAmbiguousBody(body: string): boolean {
  return branches(body).some((pieces) => {
    const required = pieces.filter((piece) => piece.min > 0 && !/^[\^$]$|^\\b$/.test(piece.atom));
    const repeated = pieces.filter((piece) => piece.unbounded);
    return repeated.length > 0 && required.every((piece) => piece.unbounded);
  });
}

/** True when some group is repeated without bound and its body is ambiguous (see above). */
export function hasNestedUnboundedRepetition(source: string): boolean {
  const visit = (pattern: string): boolean =>
    branches(pattern).some((pieces) =>
      pieces.some((piece) => {
        const body = groupBody(piece.atom);
        if (body === null) return false;
        if (piece.unbounded && isAmbiguousBody(body)) return true;
        return visit(body);
      }),
    );
  return visit(source);
}
