import type { ExtractionFailure } from '../model/index.js';
import type { RawDocument, RawLine } from './raw-line.js';
import { zipInflatedSize } from './zip-size.js';

/** Real documents compress text perhaps 10-20 times; a bomb compresses zeros a thousand times. */
const MAX_COMPRESSION_RATIO = 1000;

const mebibytes = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(0) : 'more than 4096');

/**
 * Reads a DOCX with mammoth. Its HTML keeps Word's heading styles (h1-h6), paragraphs, list items
 * and tables, which become structured lines; table rows become one line with cells joined by " | ".
 */
export async function readDocx(bytes: Uint8Array, maxInflatedBytes = Number.POSITIVE_INFINITY): Promise<RawDocument | ExtractionFailure> {
  const size = zipInflatedSize(bytes);
  if (size && (size.uncompressed > maxInflatedBytes || size.worstRatio > MAX_COMPRESSION_RATIO)) {
    return {
      code: 'TOO_LARGE',
      format: 'docx',
      message: size.uncompressed > maxInflatedBytes
        ? `this Word document would inflate to ${mebibytes(size.uncompressed)} MiB, over the ${mebibytes(maxInflatedBytes)} MiB limit (a decompression bomb, or raise --max-inflated-size)`
        : 'this Word document is compressed far more than any real document (a decompression bomb); it was not opened',
    };
  }
  try {
    // Word's Title style is a heading too; mammoth leaves it as a plain paragraph by default.
    const mammoth = await import('mammoth');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
    return { lines: htmlToLines(html), unreadablePages: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { code: 'CORRUPT', format: 'docx', message: `this Word document is damaged or incomplete and cannot be read (${detail}); re-save it from Word` };
  }
}

const TAG = /<(\/?)(h[1-6]|p|li|tr|td|th|table|br)\b[^>]*>/gi;

/** Converts mammoth's HTML into lines, one per heading, paragraph, list item or table row. */
export function htmlToLines(html: string): RawLine[] {
  const lines: RawLine[] = [];
  let current: RawLine | undefined;
  let tableDepth = 0;
  let cells: string[] = [];
  const flush = (): void => {
    // Word numbering is not in the text; list items get the same "- " marker as Markdown bullets.
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.style === 'list-item' ? `- ${current.text.trim()}` : current.text.trim() });
    current = undefined;
  };
  let last = 0;
  const appendText = (raw: string): void => {
    const text = decodeEntities(raw.replace(/<[^>]+>/g, ''));
    if (text === '') return;
    if (tableDepth > 0) cells[cells.length - 1] = (cells[cells.length - 1] ?? '') + text;
    else (current ??= { text: '', style: 'paragraph' }).text += text;
  };
  for (const match of html.matchAll(TAG)) {
    appendText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    if (tag === 'table') tableDepth += closing ? -1 : 1;
    else if (tag === 'tr' && closing && tableDepth > 0) {
      const row = cells.map((cell) => cell.trim()).filter(Boolean).join(' | ');
      if (row) lines.push({ text: row, style: 'paragraph' });
      cells = [];
    } else if ((tag === 'td' || tag === 'th') && !closing) cells.push('');
    else if (tag === 'br') appendText(' ');
    else if (tableDepth > 0) {
      if (tag === 'p' && !closing && (cells[cells.length - 1] ?? '') !== '') cells[cells.length - 1] += ' ';
    } else if (!closing) {
      flush();
      current = tag.startsWith('h') ? { text: '', style: 'heading', level: Number(tag.slice(1)) } : { text: '', style: tag === 'li' ? 'list-item' : 'paragraph' };
    } else flush();
  }
  appendText(html.slice(last));
  flush();
  return lines;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
