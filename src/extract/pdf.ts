import type { ExtractionFailure } from '../model/index.js';
import { garbledRatio } from './normalise.js';
import type { RawDocument, RawLine } from './raw-line.js';
import { isTitleLike } from './headings.js';
import { restoreNativeBuiltins } from './native-builtins.js';
import { removeRunningLines } from './running-lines.js';

/** Pages with fewer visible characters than this are treated as having no text layer. */
const MIN_PAGE_CHARACTERS = 10;
/** Pages where more than this share of characters are broken glyphs are unreadable. */
const MAX_GARBLED_RATIO = 0.1;

/** A line ending in one of these words cannot end a paragraph or a title. */
const DANGLING_WORD = /\b(?:the|a|an|of|to|and|or|this|that|in|for|with|by|on|at|as|be|is|are|shall|will|may|its|their|any|all|from|under)$/i;

/** Options for reading a PDF. */
export interface PdfReadOptions {
  password?: string;
  /** Refuse PDFs with more pages than this (checked before any page is read). */
  maxPages?: number;
}

/** Reads a PDF page by page with pdf-parse; failures come back as values. */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<RawDocument | ExtractionFailure> {
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  // Loaded on first use: a process that only coordinates workers never pays for pdf.js.
  const { PDFParse } = await import('pdf-parse');
  restoreNativeBuiltins();
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...(options.password !== undefined ? { password: options.password } : {}) });
  try {
    if (options.maxPages !== undefined) {
      const { total } = await parser.getInfo();
      if (total > options.maxPages) {
        return { code: 'TOO_LARGE', format: 'pdf', message: `this PDF has ${total} pages, over the ${options.maxPages}-page limit; raise it with --max-pages if this is really one agreement` };
      }
    }
    const result = await parser.getText({ lineEnforce: true });
    const pageTexts = result.pages.map((page) => page.text.split('\n'));
    return toRawDocument(pageTexts);
  } catch (error) {
    return pdfFailure(error, options.password !== undefined);
  } finally {
    await parser.destroy().catch(() => undefined);
    // pdf.js loads its worker half with the first document, and with it core-js again.
    restoreNativeBuiltins();
  }
}

function pdfFailure(error: unknown, hadPassword: boolean): ExtractionFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return {
      code: 'ENCRYPTED',
      format: 'pdf',
      message: hadPassword
        ? 'this PDF is password-protected and the password given did not open it'
        : 'this PDF is password-protected: give the password with --password, or save an unprotected copy',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'CORRUPT', format: 'pdf', message: `this PDF is damaged or incomplete and cannot be read (${detail}); re-download or re-export it` };
}

/** Builds raw lines from per-page text, dropping running lines and marking paragraph breaks. */
export function toRawDocument(pageTexts: string[][]): RawDocument | ExtractionFailure {
  const unreadablePages: RawDocument['unreadablePages'] = [];
  pageTexts.forEach((lines, index) => {
    const joined = lines.join('');
    if (joined.replace(/\s/g, '').length < MIN_PAGE_CHARACTERS) {
      unreadablePages.push({ page: index + 1, reason: 'no text layer: scanned or image-only' });
    } else if (garbledRatio(joined) > MAX_GARBLED_RATIO) {
      unreadablePages.push({ page: index + 1, reason: 'garbled text layer: broken font encoding' });
    }
  });
  if (pageTexts.length === 0) return { code: 'EMPTY', format: 'pdf', message: 'this PDF has no pages' };
  if (unreadablePages.length === pageTexts.length) {
    const garbled = unreadablePages.every((page) => page.reason.includes('garbled'));
    return {
      code: 'NO_TEXT',
      format: 'pdf',
      message: garbled
        ? 'this PDF\'s text layer is garbled (broken font encoding); re-export it from the original or run OCR'
        : 'this PDF has no text layer - it looks scanned; run OCR first (e.g. ocrmypdf) and audit the result',
    };
  }
  const skipped = new Set(unreadablePages.map((page) => page.page));
  const kept = removeRunningLines(pageTexts.map((lines, index) => (skipped.has(index + 1) ? [] : lines.map((line) => line.trim()).filter(Boolean))));
  // Lines of all pages in reading order, so a paragraph (or a hyphenated word) can run on across a page.
  const flat = kept.flatMap((pageLines, index) => {
    const typicalWidth = percentile(pageLines.map((line) => line.length), 0.9);
    return pageLines.map((text) => ({ text, page: index + 1, typicalWidth }));
  });
  const lines: RawLine[] = flat.map((line, index) => {
    const previous = flat[index - 1];
    const breakBefore = previous === undefined || skipped.has(line.page - 1) && previous.page < line.page || endsParagraph(previous, line);
    return { text: line.text, page: line.page, ...(breakBefore ? { breakBefore: true } : {}) };
  });
  return { lines, pages: pageTexts.length, unreadablePages };
}

interface LaidOutLine {
  text: string;
  typicalWidth: number;
}

/**
 * Whether a paragraph ends between two lines. A sentence-final line that stops short of the margin
 * ends it; so does any line that stops far short of it (a title, a signature line), unless the text
 * runs on in lowercase (a narrow column) or the line ends in a word that cannot end a sentence. A
 * short title-like line after a sentence-final one starts a new block.
 */
function endsParagraph(previous: LaidOutLine, line: LaidOutLine): boolean {
  if (/^[a-z]/.test(line.text) || DANGLING_WORD.test(previous.text)) return false;
  const sentenceEnd = /[.:;!?]["')]?$/.test(previous.text);
  if (sentenceEnd && previous.text.length < previous.typicalWidth * 0.8) return true;
  if (previous.text.length < previous.typicalWidth * 0.55) return true;
  return sentenceEnd && line.text.length < line.typicalWidth * 0.55 && !/[.,;:!?]$/.test(line.text) && isTitleLike(line.text);
}

function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}
