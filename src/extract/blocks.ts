import type { BlockKind } from '../model/index.js';
import { isContentsTitle, markContentsLines } from './contents.js';
import { LIST_MARKER, headingShape, isTitleLike } from './headings.js';
import { joinLines, normaliseLine } from './normalise.js';
import type { RawLine } from './raw-line.js';

/** A block before offsets are assigned. */
export interface DraftBlock {
  kind: BlockKind;
  text: string;
  level?: number;
  /** Page of the block's first line, and where each later page begins inside `text`. */
  page?: number;
  pageChanges: Array<{ page: number; at: number }>;
}

// "9.2 The Provider shall ..." opens a new clause even without a blank line before it.
const CLAUSE_NUMBER_START = /^\d{1,3}(?:\.\d{1,3})+\.?\s+\S/;

function startsBlock(line: RawLine, kind: BlockKind): boolean {
  return line.breakBefore === true || line.style !== undefined || kind !== 'paragraph' || CLAUSE_NUMBER_START.test(line.text);
}

/** A contents entry reduced to its title, to recognise the real heading when it comes. */
function contentsKey(text: string): string {
  return text.replace(/[._\s-]*\d{1,3}$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A line set apart from its neighbours by breaks on both sides, like a title. */
function standsAlone(line: RawLine, next: RawLine | undefined): boolean {
  return line.breakBefore === true && (next === undefined || next.breakBefore === true || next.style !== undefined);
}

// A line in capitals that carries on a sentence ("...PROVIDER MAKES" / "NO OTHER WARRANTIES, ...")
// is shouting body text, common in disclaimers, not a heading.
function continuesCapitals(open: DraftBlock | undefined, previous: RawLine | undefined, line: RawLine): boolean {
  if (!open || !previous || (open.kind !== 'paragraph' && open.kind !== 'list-item')) return false;
  if (line.breakBefore === true || line.style !== undefined) return false;
  const letters = previous.text.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 12 && (previous.text.match(/[A-Z]/g)?.length ?? 0) / letters.length > 0.6;
  return shouting && !/[.:;!?]$/.test(previous.text);
}

function classify(line: RawLine, text: string, next: RawLine | undefined): { kind: BlockKind; level?: number } {
  if (line.style === 'heading') return { kind: 'heading', level: line.level ?? 1 };
  if (line.style === 'list-item') return { kind: 'list-item' };
  if (line.style === 'paragraph') return { kind: LIST_MARKER.test(text) ? 'list-item' : 'paragraph' };
  // A title-like line whose text runs on into a lowercase line is a wrapped sentence, not a heading.
  const runsOn = next !== undefined && next.style === undefined && next.breakBefore !== true && /^[a-z]/.test(next.text);
  const shape = runsOn ? null : headingShape(text);
  if (shape) return { kind: 'heading', level: shape.level };
  if (standsAlone(line, next) && isTitleLike(text) && text.split(' ').length <= 10 && !/[.,;:!?]$|:/.test(text)) return { kind: 'heading', level: 1 };
  if (LIST_MARKER.test(text)) return { kind: 'list-item' };
  return { kind: 'paragraph' };
}

/**
 * Groups normalised lines into headings, paragraphs, list items and contents entries. Lines without
 * a known style continue the open paragraph unless a break or a new structure starts, undoing
 * end-of-line hyphenation as they are joined (also across a page break).
 */
export function buildBlocks(lines: readonly RawLine[]): DraftBlock[] {
  const normalised = lines.map((line) => ({ ...line, text: normaliseLine(line.text) })).filter((line) => line.text.length > 0);
  const contentsMarks = markContentsLines(normalised.map((line) => line.text));
  const blocks: DraftBlock[] = [];
  const contentsEntries = new Set<string>();
  let inContents = false;
  // Once a contents block has shown page numbers, a line without one ends it.
  let contentsNumbered = false;
  let open: DraftBlock | undefined;

  normalised.forEach((line, index) => {
    let { kind, level } = continuesCapitals(open, normalised[index - 1], line) ? { kind: 'paragraph' as BlockKind, level: undefined } : classify(line, line.text, normalised[index + 1]);
    const key = contentsKey(line.text);
    if (contentsMarks[index] === true) {
      kind = 'toc';
      if (inContents) contentsNumbered = true;
    } else if (inContents && !line.style) {
      // Inside a contents block, short title-like lines are entries until a real heading repeats one.
      if (contentsNumbered || contentsEntries.has(key) || /[.;:]$/.test(line.text) || line.text.length > 80) inContents = false;
      else kind = 'toc';
    }
    if (kind === 'toc') contentsEntries.add(key);
    else if (kind === 'heading') {
      inContents = isContentsTitle(line.text);
      contentsNumbered = false;
    } else inContents = false;

    const canContinue = open !== undefined && (open.kind === 'paragraph' || open.kind === 'list-item') && kind === 'paragraph';
    if (open && canContinue && !startsBlock(line, kind)) {
      if (line.page !== undefined && line.page !== open.page && !open.pageChanges.some((c) => c.page === line.page)) {
        const joined = joinLines(open.text, line.text);
        open.pageChanges.push({ page: line.page, at: joined.length - line.text.length });
        open.text = joined;
      } else {
        open.text = joinLines(open.text, line.text);
      }
      return;
    }
    open = { kind, text: line.text, pageChanges: [], ...(level !== undefined ? { level } : {}), ...(line.page !== undefined ? { page: line.page } : {}) };
    blocks.push(open);
  });
  return blocks;
}
