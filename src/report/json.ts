import type { AuditReport, DocumentReport, Evidence, Finding, NearMiss } from '../model/index.js';

// Keys are written in the documented order whatever order the objects were built in, so the
// output is byte-identical across runs, job counts and library callers.
function evidence(item: Evidence): Evidence {
  return { text: item.text, ...(item.page !== undefined ? { page: item.page } : {}), ...(item.section !== undefined ? { section: item.section } : {}), line: item.line };
}

function nearMiss(item: NearMiss): NearMiss {
  return { ...evidence(item), reason: item.reason };
}

function finding(item: Finding): Finding {
  return {
    ruleId: item.ruleId,
    category: item.category,
    severity: item.severity,
    status: item.status,
    title: item.title,
    message: item.message,
    remediation: item.remediation,
    evidence: item.evidence.map(evidence),
    ...(item.nearMisses ? { nearMisses: item.nearMisses.map(nearMiss) } : {}),
    ...(item.waiver ? { waiver: { reason: item.waiver.reason, ...(item.waiver.expires !== undefined ? { expires: item.waiver.expires } : {}) } } : {}),
  };
}

function document(item: DocumentReport): DocumentReport {
  if (item.status === 'unreadable') {
    return { path: item.path, ...(item.format ? { format: item.format } : {}), ...(item.sha256 ? { sha256: item.sha256 } : {}), status: item.status, error: { code: item.error.code, message: item.error.message } };
  }
  return {
    path: item.path,
    format: item.format,
    sha256: item.sha256,
    ...(item.pages !== undefined ? { pages: item.pages } : {}),
    status: item.status,
    categories: item.categories,
    findings: item.findings.map(finding),
    ...(item.unreadablePages ? { unreadablePages: item.unreadablePages } : {}),
  };
}

/** The JSON report of the interface contract, pretty-printed, with a final newline. */
export function formatJson(report: AuditReport): string {
  const ordered: AuditReport = {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    ruleset: { name: report.ruleset.name, profile: report.ruleset.profile, rules: report.ruleset.rules },
    documents: report.documents.map(document),
    summary: { ...report.summary },
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
