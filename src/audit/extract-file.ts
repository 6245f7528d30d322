import type { ExtractedDocument, ExtractionFailure } from '../model/index.js';
import { extractDocument } from '../extract/index.js';
import { DEFAULT_LIMITS, readInput, type InputLimits } from './read-input.js';

/** Reads and extracts one file, for `contract-audit extract`; failures come back as values. */
export async function extractFile(path: string, options: { password?: string; limits?: Partial<InputLimits> } = {}): Promise<ExtractedDocument | ExtractionFailure> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = await readInput(path, limits.maxFileBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return extractDocument(bytes, { fileName: path, maxPages: limits.maxPages, maxInflatedBytes: limits.maxInflatedBytes, ...(options.password !== undefined ? { password: options.password } : {}) });
}
