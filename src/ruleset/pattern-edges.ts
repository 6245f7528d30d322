import type { AST } from '@eslint-community/regexpp';

/** Which edges of a pattern's matches are always an ASCII letter or digit. */
export interface PatternEdges {
  /** No match can be empty (known from the pattern's structure; false when unsure). */
  neverEmpty: boolean;
  /** Every match begins with a letter or digit (so no match is empty). */
  startsWithWordChar: boolean;
  /** Every match ends with a letter or digit (so no match is empty). */
  endsWithWordChar: boolean;
}

/** What is known of a pattern that could not be analysed. */
export const NOTHING_KNOWN: PatternEdges = { neverEmpty: false, startsWithWordChar: false, endsWithWordChar: false };

/**
 * Works out, for a case-insensitive pattern without the `u` flag, whether every match begins and
 * ends with `[A-Za-z0-9]`. Conservative: anything not understood counts as "not always". (Without
 * `u`, case-insensitive matching never maps a non-ASCII character onto an ASCII letter, so the
 * answer does not depend on case folding.)
 */
export function edgesOf(tree: AST.Pattern): PatternEdges {
  if (canBeEmpty(tree)) return NOTHING_KNOWN;
  return { neverEmpty: true, startsWithWordChar: edgeIsWordChar(tree, 'start'), endsWithWordChar: edgeIsWordChar(tree, 'end') };
}

type Node = AST.Pattern | AST.Alternative | AST.Element;
type Edge = 'start' | 'end';

const isWordCode = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Whether the node can match without consuming a character (assertions count as empty). */
function canBeEmpty(node: Node): boolean {
  switch (node.type) {
    case 'Character':
    case 'CharacterSet':
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return false;
    case 'Quantifier':
      return node.min === 0 || canBeEmpty(node.element);
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some(canBeEmpty);
    case 'Alternative':
      return node.elements.every(canBeEmpty);
    default:
      // Assertions and backreferences may consume nothing.
      return true;
  }
}

/** Whether every non-empty match of the node has a letter or digit at that edge. */
function edgeIsWordChar(node: Node, edge: Edge): boolean {
  switch (node.type) {
    case 'Character':
      return isWordCode(node.value);
    case 'CharacterSet':
      // \d only: \w also holds "_", and ., \s and \p{…} hold far more.
      return node.kind === 'digit' && !node.negate;
    case 'CharacterClass':
      return !node.negate && node.elements.every(classElementIsWordChar);
    case 'Quantifier':
      return edgeIsWordChar(node.element, edge);
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.every((alternative) => edgeIsWordChar(alternative, edge));
    case 'Alternative': {
      const elements = edge === 'start' ? node.elements : [...node.elements].reverse();
      for (const element of elements) {
        // An assertion consumes nothing: the edge character comes from a later element.
        if (element.type === 'Assertion') continue;
        if (!edgeIsWordChar(element, edge)) return false;
        if (!canBeEmpty(element)) return true;
      }
      return true;
    }
    default:
      return false;
  }
}

function classElementIsWordChar(element: AST.CharacterClassElement): boolean {
  switch (element.type) {
    case 'Character':
      return isWordCode(element.value);
    case 'CharacterClassRange': {
      const { value: min } = element.min;
      const { value: max } = element.max;
      return [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]].some(([low = 0, high = 0]) => min >= low && max <= high);
    }
    case 'CharacterSet':
      return element.kind === 'digit' && !element.negate;
    default:
      return false;
  }
}
