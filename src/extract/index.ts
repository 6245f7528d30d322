import type { ExtractedDocument, ExtractionFailure } from '../model/index.js';
import { readDocx } from './docx.js';
import { readPdf } from './pdf.js';
import { readPlainText } from './plain-text.js';
import type { RawDocument } from './raw-line.js';
import { segment } from './segment.js';
import { sniffFormat } from './sniff.js';

export { sniffFormat } from './sniff.js';
export { normaliseLine } from './normalise.js';
export { splitSentences } from './sentences.js';

/** Options for {@link extractDocument}. */
export interface ExtractOptions {
  /** File name, used only to tell Markdown from plain text and to word errors. */
  fileName: string;
  /** Password for encrypted PDFs. */
  password?: string;
  /** Refuse PDFs with more pages than this. */
  maxPages?: number;
  /** Refuse DOCX files that would inflate to more than this many bytes. */
  maxInflatedBytes?: number;
}

/** True when extraction produced a failure rather than a document. */
export function isExtractionFailure(value: ExtractedDocument | ExtractionFailure): value is ExtractionFailure {
  return 'code' in value;
}

/**
 * Reads a document's bytes into normalised, segmented text. Never throws for bad input: damaged,
 * encrypted, scanned, empty and unsupported files come back as an {@link ExtractionFailure}.
 */
export async function extractDocument(bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument | ExtractionFailure> {
  const sniffed = sniffFormat(bytes, options.fileName);
  if ('code' in sniffed) return sniffed;
  let raw: RawDocument | ExtractionFailure;
  switch (sniffed.format) {
    case 'pdf':
      raw = await readPdf(bytes, { ...(options.password !== undefined ? { password: options.password } : {}), ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}) });
      break;
    case 'docx':
      raw = await readDocx(bytes, options.maxInflatedBytes);
      break;
    default:
      raw = readPlainText(sniffed.text ?? '', sniffed.format);
  }
  if ('code' in raw) return raw;
  const document = segment(raw, sniffed.format);
  if (document.blocks.length === 0) return { code: 'EMPTY', format: sniffed.format, message: 'the document contains no text' };
  return document;
}
