import type { ExtractedDocument, ExtractionFailure } from '../model/index.js';
import { extractDocument } from '../extract/index.js';
import { DEFAULT_MAX_FILE_BYTES, readInput } from './read-input.js';

/** Reads and extracts one file, for `contract-audit extract`; failures come back as values. */
export async function extractFile(path: string, options: { password?: string; maxFileBytes?: number } = {}): Promise<ExtractedDocument | ExtractionFailure> {
  const bytes = await readInput(path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return extractDocument(bytes, { fileName: path, ...(options.password !== undefined ? { password: options.password } : {}) });
}
