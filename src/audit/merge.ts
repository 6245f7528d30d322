import { compareText, type AuditReport, type DocumentReport } from '../model/index.js';
import { summarise } from './summary.js';

/** Why reports could not be merged. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

function looksLikeReport(value: unknown): value is AuditReport {
  const report = value as Partial<AuditReport> | null;
  return typeof report === 'object' && report !== null && report.schemaVersion === 1 && Array.isArray(report.documents) && typeof report.ruleset === 'object';
}

/**
 * Combines JSON reports of shards (or of separate runs) into one: documents sorted by path, the
 * summary recomputed. All parts must come from the same rule set and profile; a document that
 * appears in two parts is an error, since one of the two verdicts would be silently lost.
 */
export function mergeReports(parts: ReadonlyArray<{ name: string; report: unknown }>): AuditReport {
  if (parts.length === 0) throw new MergeError('nothing to merge: give one or more JSON reports');
  const reports = parts.map(({ name, report }) => {
    if (!looksLikeReport(report)) throw new MergeError(`${name} is not a contract-audit JSON report (schemaVersion 1)`);
    return { name, report };
  });
  const first = reports[0]?.report as AuditReport;
  const seen = new Map<string, string>();
  const documents: DocumentReport[] = [];
  for (const { name, report } of reports) {
    if (report.ruleset.name !== first.ruleset.name || report.ruleset.profile !== first.ruleset.profile) {
      throw new MergeError(`${name} was audited with rule set ${report.ruleset.name} (profile ${report.ruleset.profile}), not ${first.ruleset.name} (profile ${first.ruleset.profile})`);
    }
    for (const document of report.documents) {
      const other = seen.get(document.path);
      if (other !== undefined) throw new MergeError(`${document.path} appears in both ${other} and ${name}`);
      seen.set(document.path, name);
      documents.push(document);
    }
  }
  documents.sort((a, b) => compareText(a.path, b.path));
  return { schemaVersion: 1, tool: first.tool, ruleset: first.ruleset, documents, summary: summarise(documents) };
}
