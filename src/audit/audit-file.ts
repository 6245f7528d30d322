import { createHash } from 'node:crypto';
import type { DocumentReport, ExtractedDocument, ExtractionFailure, RuleSet } from '../model/index.js';
import { evaluateDocument } from '../engine/index.js';
import { extractDocument, isExtractionFailure, type ExtractOptions } from '../extract/index.js';
import type { InputFile } from './discover.js';
import type { AuditCache, CachedVerdict } from './audit-cache.js';
import { readInput, type InputLimits } from './read-input.js';

/** Limits and secrets that apply to every file of an audit. */
export interface FileAuditOptions {
  limits: InputLimits;
  /** Password for encrypted PDFs. */
  password?: string;
  /** How to extract (default: in this thread, without a time limit). */
  extract?: (bytes: Uint8Array, options: ExtractOptions) => Promise<ExtractedDocument | ExtractionFailure>;
  /** Where extracted text and verdicts are kept between runs. */
  cache?: AuditCache;
}

/**
 * The cached report for a file whose content was already judged under these rules, or undefined
 * (no cache, a password in use, an unreadable file or no entry: the caller audits it fully).
 */
export async function cachedReport(file: InputFile, ruleSet: RuleSet, options: FileAuditOptions): Promise<DocumentReport | undefined> {
  if (!options.cache || options.password !== undefined) return undefined;
  const bytes = await readInput(file.absolute, options.limits.maxFileBytes);
  if (!(bytes instanceof Uint8Array)) return undefined;
  const verdict = await options.cache.getVerdict(createHash('sha256').update(bytes).digest('hex'), ruleSet);
  return verdict ? { path: file.display, ...verdict } : undefined;
}

/** Audits one file. Never throws for bad input: an unreadable file becomes a report with its code. */
export async function auditFile(file: InputFile, ruleSet: RuleSet, options: FileAuditOptions): Promise<DocumentReport> {
  const bytes = await readInput(file.absolute, options.limits.maxFileBytes);
  if (!(bytes instanceof Uint8Array)) return { path: file.display, status: 'unreadable', error: bytes };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // With a password the cache is bypassed: a decrypted document must never be readable from it later
  // without the password.
  const cache = options.password === undefined ? options.cache : undefined;
  const verdict = await cache?.getVerdict(sha256, ruleSet);
  if (verdict) return { path: file.display, ...verdict };
  const cached = await cache?.getDocument(sha256);
  let extracted: ExtractedDocument | ExtractionFailure | undefined = cached;
  try {
    extracted ??= await (options.extract ?? extractDocument)(bytes, {
      fileName: file.display,
      maxPages: options.limits.maxPages,
      maxInflatedBytes: options.limits.maxInflatedBytes,
      ...(options.password !== undefined ? { password: options.password } : {}),
    });
  } catch (error) {
    // Extractors turn known failures into values; anything else is still this file's problem only.
    const detail = error instanceof Error ? error.message : String(error);
    return { path: file.display, sha256, status: 'unreadable', error: { code: 'CORRUPT', message: `the file could not be read (${detail})` } };
  }
  if (isExtractionFailure(extracted)) {
    // Failures are not cached: a timeout or a missing password may not happen next time.
    return { path: file.display, ...(extracted.format ? { format: extracted.format } : {}), sha256, status: 'unreadable', error: { code: extracted.code, message: extracted.message } };
  }
  if (!cached) await cache?.setDocument(sha256, extracted);
  const { categories, findings } = evaluateDocument(extracted, ruleSet);
  const judged: CachedVerdict = {
    format: extracted.format,
    sha256,
    ...(extracted.pages !== undefined ? { pages: extracted.pages } : {}),
    status: 'audited',
    categories,
    findings,
    ...(extracted.unreadablePages.length > 0 ? { unreadablePages: extracted.unreadablePages } : {}),
  };
  await cache?.setVerdict(sha256, ruleSet, judged);
  return { path: file.display, ...judged };
}
