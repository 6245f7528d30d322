import { compareText, isFailing } from '../model/index.js';
import type { AuditReport, AuditedDocumentReport, FailPolicy, Finding, UnreadableDocumentReport } from '../model/index.js';
import { escapeXml, escapeXmlAttribute } from './escape.js';
import { capitalise, policyOf, type PolicyOptions } from './gaps.js';
import { describeLocation } from './vocabulary.js';

// JUnit XML as CI servers read it (Jenkins, GitLab, Azure Pipelines, test-report actions): a
// suite per document, a test case per protection. Only findings that breach the fail policy
// fail; an unreadable document is an error, which is how JUnit tells "could not run" apart.

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

const attribute = (name: string, value: string | number): string => ` ${name}="${escapeXmlAttribute(String(value))}"`;

const counts = (suite: Omit<Suite, 'xml'>): string => `${attribute('tests', suite.tests)}${attribute('failures', suite.failures)}${attribute('errors', suite.errors)}`;

/** The body of a failure or note: why, where it looked, and how to fix it. */
function details(finding: Finding): string {
  const lines = [`${capitalise(finding.status)} (${finding.severity}): ${finding.message}`];
  for (const evidence of finding.evidence) lines.push(`Evidence (${describeLocation(evidence)}): "${evidence.text}"`);
  for (const miss of finding.nearMisses ?? []) lines.push(`Closest (${describeLocation(miss)}): "${miss.text}" did not count: ${miss.reason}`);
  if (finding.status !== 'present') lines.push(`Fix: ${finding.remediation}`);
  if (finding.waiver) lines.push(`Waived: ${finding.waiver.reason}${finding.waiver.expires !== undefined ? ` (until ${finding.waiver.expires})` : ''}`);
  return lines.join('\n');
}

function testCase(finding: Finding, policy: FailPolicy): { xml: string; failed: boolean } {
  const open = `    <testcase${attribute('classname', finding.category)}${attribute('name', `${finding.ruleId}: ${finding.title}`)}`;
  if (isFailing(finding, policy)) {
    const failure = `<failure${attribute('message', `${capitalise(finding.status)}: ${finding.message}`)}${attribute('type', finding.status)}>${escapeXml(details(finding))}</failure>`;
    return { xml: `${open}>\n      ${failure}\n    </testcase>`, failed: true };
  }
  // A gap below the threshold passes, but its reason is kept where test viewers show output.
  if (finding.status !== 'present') return { xml: `${open}>\n      <system-out>${escapeXml(details(finding))}</system-out>\n    </testcase>`, failed: false };
  return { xml: `${open}/>`, failed: false };
}

function auditedSuite(document: AuditedDocumentReport, policy: FailPolicy): Suite {
  const findings = [...document.findings].sort((a, b) => compareText(a.category, b.category) || compareText(a.ruleId, b.ruleId));
  const cases = findings.map((finding) => testCase(finding, policy));
  const suite = { tests: cases.length, failures: cases.filter((item) => item.failed).length, errors: 0 };
  const open = `  <testsuite${attribute('name', document.path)}${counts(suite)}`;
  return { ...suite, xml: cases.length === 0 ? `${open}/>` : [`${open}>`, ...cases.map((item) => item.xml), '  </testsuite>'].join('\n') };
}

function unreadableSuite(document: UnreadableDocumentReport): Suite {
  const suite = { tests: 1, failures: 0, errors: 1 };
  const { code, message } = document.error;
  return {
    ...suite,
    xml: [
      `  <testsuite${attribute('name', document.path)}${counts(suite)}>`,
      `    <testcase${attribute('classname', 'document')}${attribute('name', 'unreadable-document: Document could not be read')}>`,
      `      <error${attribute('message', message)}${attribute('type', code)}>${escapeXml(`Unreadable (${code}): ${message}`)}</error>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n'),
  };
}

/**
 * The report as JUnit XML: `<testsuites>` with one `<testsuite>` per document (by path) and one
 * `<testcase>` per finding (by category and rule id). Findings that breach the fail policy carry a
 * `<failure>` with the reason, location and remediation; other gaps pass with a `<system-out>`
 * note; an unreadable document is a suite with one `<error>`.
 */
export function formatJunit(report: AuditReport, options: PolicyOptions = {}): string {
  const policy = policyOf(options);
  const documents = [...report.documents].sort((a, b) => compareText(a.path, b.path));
  const suites = documents.map((document) => (document.status === 'unreadable' ? unreadableSuite(document) : auditedSuite(document, policy)));
  const total = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attribute('name', report.tool.name)}${counts({ tests: total('tests'), failures: total('failures'), errors: total('errors') })}>`,
    ...suites.map((suite) => suite.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
