import { compareText, evidenceFingerprint, hash64, isFailing } from '../model/index.js';
import type { AuditReport, Evidence, Finding, Severity } from '../model/index.js';
import { escapeMarkdown } from './escape.js';
import { capitalise, focusOf, policyOf, type PolicyOptions } from './gaps.js';
import { describeLocation } from './vocabulary.js';

// SARIF 2.1.0 as GitHub code scanning reads it: one run, a rule per rule id, a result per gap
// (present protections are not problems) and per unreadable document. Objects are built with
// their keys in one fixed order, and results sorted by path and rule, so output is byte-stable.

type Level = 'error' | 'warning' | 'note';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS: Readonly<Record<Severity, Level>> = { critical: 'error', major: 'warning', minor: 'note' };
/** Rule id of the result given for a document that could not be read. */
export const UNREADABLE_RULE_ID = 'unreadable-document';
/** Key of the partial fingerprint that lets code scanning follow an alert across commits. */
export const FINGERPRINT_KEY = 'contractAuditFinding/v1';

const UNREADABLE_RULE = {
  id: UNREADABLE_RULE_ID,
  name: 'UnreadableDocument',
  shortDescription: { text: 'Document could not be read' },
  fullDescription: { text: 'The document could not be read, so none of its protections were checked.' },
  help: {
    text: 'Remove the cause named in the message (a password, OCR for a scanned PDF, a damaged or unsupported file) and audit the document again.',
    markdown: 'Remove the cause named in the message (a password, OCR for a scanned PDF, a damaged or unsupported file) and audit the document again.',
  },
  defaultConfiguration: { level: 'error' },
  properties: { tags: ['unreadable'] },
};

// Lone surrogates cannot be percent-encoded (encodeURIComponent throws on them).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A document path as a URI reference: each segment percent-encoded, so spaces, `#`, `?`, `%` and
 * a colon that would read as a scheme cannot change what the reference points at.
 */
export function artifactUri(path: string): string {
  return path.replace(LONE_SURROGATE, '\uFFFD').replace(/^(?:\.\/)+/, '').split('/').map(encodeURIComponent).join('/');
}

/** "criminal-acts-exclusion" → "CriminalActsExclusion". */
function pascalCase(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map(capitalise).join('') || id;
}

function ruleDescriptor(finding: Finding): object {
  return {
    id: finding.ruleId,
    name: pascalCase(finding.ruleId),
    shortDescription: { text: finding.title },
    fullDescription: { text: `${finding.title}: a ${finding.severity} protection in the ${finding.category} category.` },
    help: {
      text: finding.remediation,
      markdown: `**${escapeMarkdown(finding.title)}** (${escapeMarkdown(finding.category)}, ${finding.severity})\n\n${escapeMarkdown(finding.remediation)}`,
    },
    defaultConfiguration: { level: LEVELS[finding.severity] },
    properties: { tags: [finding.category, finding.severity], category: finding.category },
  };
}

function location(path: string, focus: Evidence | undefined): object {
  const uri = artifactUri(path);
  return {
    physicalLocation: {
      // An absolute path is not under the checkout, so it is not given relative to it.
      artifactLocation: uri.startsWith('/') ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, focus?.line ?? 1) },
    },
    ...(focus?.section !== undefined ? { logicalLocations: [{ name: focus.section, fullyQualifiedName: focus.section, kind: 'section' }] } : {}),
    ...(focus?.page !== undefined ? { properties: { page: focus.page } } : {}),
  };
}

function messageOf(finding: Finding): string {
  const parts = [`${capitalise(finding.status)}: ${finding.message}`];
  const evidence = finding.evidence[0];
  const miss = finding.nearMisses?.[0];
  if (finding.status === 'ambiguous' && evidence) parts.push(`Evidence (${describeLocation(evidence)}): "${evidence.text}"`);
  if (finding.status === 'missing' && miss) parts.push(`Closest passage (${describeLocation(miss)}): "${miss.text}" did not count: ${miss.reason}`);
  if (finding.waiver) parts.push(`Waived: ${finding.waiver.reason}`);
  return parts.join(' ');
}

const fingerprint = (ruleId: string, path: string, evidence: Finding['evidence']): Record<string, string> => ({ [FINGERPRINT_KEY]: hash64(`${ruleId}\n${path}\n${evidenceFingerprint(evidence)}`) });

/**
 * The report as a SARIF 2.1.0 log for code scanning: one result per missing, ambiguous or
 * indeterminate finding and per unreadable document, located at the first evidence (or closest
 * near miss) line, with a partial fingerprint of rule, path and evidence. Waived gaps are
 * reported as suppressed. Pretty-printed, with a final newline.
 */
export function formatSarif(report: AuditReport, options: PolicyOptions = {}): string {
  const policy = policyOf(options);
  const documents = [...report.documents].sort((a, b) => compareText(a.path, b.path));
  const descriptors = new Map<string, object>();
  for (const document of documents) {
    if (document.status === 'unreadable') descriptors.set(UNREADABLE_RULE_ID, UNREADABLE_RULE);
    else for (const finding of document.findings) if (!descriptors.has(finding.ruleId)) descriptors.set(finding.ruleId, ruleDescriptor(finding));
  }
  const ruleIds = [...descriptors.keys()].sort(compareText);
  const indexes = new Map(ruleIds.map((id, index) => [id, index]));
  const ruleIndex = (id: string): number => indexes.get(id) ?? -1;
  const results: Array<{ path: string; ruleId: string; result: object }> = [];
  for (const document of documents) {
    const { path } = document;
    if (document.status === 'unreadable') {
      const { code, message } = document.error;
      results.push({ path, ruleId: UNREADABLE_RULE_ID, result: { ruleId: UNREADABLE_RULE_ID, ruleIndex: ruleIndex(UNREADABLE_RULE_ID), level: 'error', message: { text: `Unreadable (${code}): ${message}` }, locations: [location(path, undefined)], partialFingerprints: fingerprint(UNREADABLE_RULE_ID, path, []), properties: { status: 'unreadable', code } } });
      continue;
    }
    for (const finding of document.findings) {
      if (finding.status === 'present') continue;
      results.push({
        path,
        ruleId: finding.ruleId,
        result: {
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex(finding.ruleId),
          level: LEVELS[finding.severity],
          message: { text: messageOf(finding) },
          locations: [location(path, focusOf(finding))],
          partialFingerprints: fingerprint(finding.ruleId, path, finding.evidence),
          ...(finding.waiver ? { suppressions: [{ kind: 'external', justification: finding.waiver.reason }] } : {}),
          properties: { status: finding.status, category: finding.category, severity: finding.severity, failing: isFailing(finding, policy) },
        },
      });
    }
  }
  results.sort((a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, rules: ruleIds.map((id) => descriptors.get(id)) } },
      results: results.map((entry) => entry.result),
      properties: { ruleset: report.ruleset.name, profile: report.ruleset.profile },
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
