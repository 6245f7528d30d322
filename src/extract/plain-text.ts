import type { DocumentFormat } from '../model/index.js';
import type { RawDocument, RawLine } from './raw-line.js';

/**
 * Reads plain text and Markdown. Blank lines separate paragraphs; in Markdown, `#` headings,
 * list markers and table rows are structure, and inline markup is removed.
 */
export function readPlainText(text: string, format: Extract<DocumentFormat, 'text' | 'markdown'>): RawDocument {
  const body = format === 'markdown' ? stripFrontMatter(text) : text;
  const lines: RawLine[] = [];
  let breakNext = true;
  for (const rawLine of body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (rawLine.trim() === '') {
      breakNext = true;
      continue;
    }
    const line = format === 'markdown' ? markdownLine(rawLine) : { text: rawLine };
    if (line === null) continue;
    lines.push({ ...line, ...(breakNext ? { breakBefore: true } : {}) });
    breakNext = line.style === 'heading';
  }
  return { lines, unreadablePages: [] };
}

function stripFrontMatter(text: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

function stripInline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    // Emphasis only around text: a run of three or more underscores is a drafting blank, not markup.
    .replace(/(?<![\w*_])(\*\*|__)(?![\s_*])(.+?)(?<![\s_*])\1(?![\w*_])/g, '$2')
    .replace(/(^|[\s(])[*_](?![_*\s])(\S(?:.*?\S)?)(?<![_*])[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

function markdownLine(line: string): RawLine | null {
  const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) return { text: stripInline(heading[2] ?? ''), style: 'heading', level: (heading[1] ?? '#').length };
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return null; // table rule
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return null; // thematic break
  if (/^\s*\|/.test(line)) {
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => stripInline(cell.trim()));
    return { text: cells.filter(Boolean).join(' | '), style: 'paragraph' };
  }
  const bullet = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
  if (bullet && /^\s*[-*+]/.test(line)) return { text: `- ${stripInline(bullet[1] ?? '')}`, style: 'list-item' };
  const text = stripInline(line.replace(/^\s*>\s?/, ''));
  // Markdown marks headings with '#'; a numbered line is a list item unless it is written in capitals.
  if (/^\s*\d{1,3}[.)]\s/.test(line) && !/^[^a-z]*$/.test(text)) return { text, style: 'list-item' };
  return { text };
}
