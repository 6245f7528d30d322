import type { AuditReport, LockFile, LockedVerdict } from '../model/index.js';
import { compareText, evidenceFingerprint } from '../model/index.js';

/** The default name of a lock file, next to the agreements or at the repository root. */
export const LOCK_FILE_NAME = 'contract-audit.lock.json';

/** Why a lock file could not be used. */
export class LockFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockFileError';
  }
}

/** The lock for a report: every audited document's verdicts and evidence fingerprints. */
export function createLock(report: AuditReport): LockFile {
  const documents: LockFile['documents'] = {};
  for (const document of [...report.documents].sort((a, b) => compareText(a.path, b.path))) {
    if (document.status !== 'audited') continue;
    const rules: Record<string, LockedVerdict> = {};
    for (const finding of [...document.findings].sort((a, b) => compareText(a.ruleId, b.ruleId))) {
      rules[finding.ruleId] = { status: finding.status, fingerprint: evidenceFingerprint(finding.evidence) };
    }
    documents[document.path] = { sha256: document.sha256, rules };
  }
  return { lockVersion: 1, ruleset: { name: report.ruleset.name, profile: report.ruleset.profile }, documents };
}

/**
 * The lock as text: two-space JSON with one rule per line, so a change to one protection is a
 * one-line diff in review.
 */
export function formatLock(lock: LockFile): string {
  const lines = ['{', `  "lockVersion": ${lock.lockVersion},`, `  "ruleset": ${JSON.stringify(lock.ruleset)},`, '  "documents": {'];
  const paths = Object.keys(lock.documents);
  paths.forEach((path, index) => {
    const document = lock.documents[path];
    if (!document) return;
    lines.push(`    ${JSON.stringify(path)}: {`, `      "sha256": ${JSON.stringify(document.sha256)},`, '      "rules": {');
    const ids = Object.keys(document.rules);
    ids.forEach((id, ruleIndex) => lines.push(`        ${JSON.stringify(id)}: ${JSON.stringify(document.rules[id])}${ruleIndex < ids.length - 1 ? ',' : ''}`));
    lines.push('      }', `    }${index < paths.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}

/** Reads a lock file's text, checking its shape; `name` is used in messages. */
export function parseLock(text: string, name: string): LockFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LockFileError(`${name} is not valid JSON (${(error as Error).message}); regenerate it with contract-audit lock`);
  }
  const lock = value as Partial<LockFile> | null;
  if (typeof lock !== 'object' || lock === null || lock.lockVersion !== 1 || typeof lock.documents !== 'object' || lock.documents === null || typeof lock.ruleset !== 'object') {
    throw new LockFileError(`${name} is not a contract-audit lock file (lockVersion 1); regenerate it with contract-audit lock`);
  }
  for (const [path, document] of Object.entries(lock.documents)) {
    const rules = (document as Partial<LockFile['documents'][string]> | null)?.rules;
    if (typeof rules !== 'object' || rules === null) throw new LockFileError(`${name}: document ${JSON.stringify(path)} has no rules; regenerate it with contract-audit lock`);
    for (const [id, verdict] of Object.entries(rules)) {
      if (typeof verdict?.status !== 'string' || typeof verdict.fingerprint !== 'string') throw new LockFileError(`${name}: ${path} rule ${id} lacks a status or fingerprint; regenerate it with contract-audit lock`);
    }
  }
  return lock as LockFile;
}
