import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { evidenceFingerprint, hash64, type AuditReport } from '../../src/model/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import { FINGERPRINT_KEY, UNREADABLE_RULE_ID, artifactUri, formatSarif } from '../../src/report/sarif.js';
import { HOSTILE_PATH, ciReport, smallReport } from './ci-report.js';

// The official OASIS schema (see test/fixtures/README.md), with formats checked: a document path
// that is not a valid URI reference must fail here, as it would fail an upload.
function schemaValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  formats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object);
}

const validate = schemaValidator();

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } }; logicalLocations?: Array<{ name: string; kind: string }>; properties?: { page: number } }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
  properties: { status: string; failing?: boolean };
}

interface Log {
  $schema: string;
  version: string;
  runs: Array<{ tool: { driver: { name: string; version: string; informationUri?: string; rules: Array<{ id: string; name: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }> } }; results: Result[] }>;
}

const parse = (text: string): Log => JSON.parse(text) as Log;
const run = (report: AuditReport) => parse(formatSarif(report)).runs[0];

function resultFor(log: Log, path: string, ruleId: string): Result {
  const found = log.runs[0]?.results.find((result) => result.ruleId === ruleId && result.locations[0]?.physicalLocation.artifactLocation.uri === artifactUri(path));
  if (!found) throw new Error(`no result for ${path} ${ruleId}`);
  return found;
}

describe('formatSarif against the official SARIF 2.1.0 schema', () => {
  it.each([
    ['every kind of finding', ciReport()],
    ['one missing finding and an unreadable document', smallReport()],
    ['an empty report', { ...smallReport(), documents: [] }],
  ])('is valid for %s', (_, report) => {
    expect(validate(JSON.parse(formatSarif(report))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown level', (log: Log) => { log.runs[0]!.results[0]!.level = 'fatal'; }],
    ['a line number 0', (log: Log) => { log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0; }],
    ['a path that is not a URI reference', (log: Log) => { log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'contracts/acme msa.pdf'; }],
    ['a result without a message', (log: Log) => { delete (log.runs[0]!.results[0] as Partial<Result>).message; }],
    ['an unknown property', (log: Log) => { Object.assign(log.runs[0]!.tool.driver, { homepage: 'x' }); }],
  ])('rejects a deliberately broken copy with %s', (_, breakIt) => {
    const log = parse(formatSarif(ciReport()));
    breakIt(log);
    expect(validate(log)).toBe(false);
  });
});

describe('formatSarif', () => {
  it('describes the tool and one rule per rule id, sorted, with levels from severity', () => {
    const log = parse(formatSarif(ciReport()));
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect({ name: driver.name, version: driver.version, informationUri: driver.informationUri }).toEqual({ name: 'contract-audit', version: '1.2.3', informationUri: undefined });
    expect(driver.rules.map((rule) => rule.id)).toEqual(['confidentiality-mutual', 'criminal-acts-exclusion', 'data-backup-duty', 'governing-law-named', 'scope-described', UNREADABLE_RULE_ID]);
    expect(driver.rules.map((rule) => [rule.name, rule.defaultConfiguration.level])).toEqual([
      ['ConfidentialityMutual', 'warning'], ['CriminalActsExclusion', 'error'], ['DataBackupDuty', 'warning'], ['GoverningLawNamed', 'note'], ['ScopeDescribed', 'warning'], ['UnreadableDocument', 'error'],
    ]);
    expect(driver.rules[1]?.properties.tags).toEqual(['criminal-acts', 'critical']);
  });

  it('gives a result per gap and per unreadable document, none for present findings, sorted by path then rule', () => {
    const results = run(ciReport())!.results;
    const keys = results.map((result) => `${result.locations[0]?.physicalLocation.artifactLocation.uri} ${result.ruleId}`);
    expect(keys).toEqual([
      `${artifactUri(HOSTILE_PATH)} confidentiality-mutual`,
      `${artifactUri(HOSTILE_PATH)} scope-described`,
      'contracts/acme%20msa.pdf criminal-acts-exclusion',
      'contracts/acme%20msa.pdf data-backup-duty',
      'contracts/acme%20msa.pdf governing-law-named',
      'contracts/scan.pdf unreadable-document',
      'contracts/tidy.pdf criminal-acts-exclusion',
    ]);
    expect(results.map((result) => result.properties.status)).not.toContain('present');
    const rules = run(ciReport())!.tool.driver.rules;
    for (const result of results) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('locates a result at its evidence, else its closest near miss, else line 1, with section and page', () => {
    const log = parse(formatSarif(ciReport()));
    const ambiguous = resultFor(log, 'contracts/acme msa.pdf', 'governing-law-named').locations[0]!;
    expect(ambiguous.physicalLocation).toEqual({ artifactLocation: { uri: 'contracts/acme%20msa.pdf', uriBaseId: '%SRCROOT%' }, region: { startLine: 120 } });
    expect(ambiguous.logicalLocations).toEqual([{ name: '20. Law', fullyQualifiedName: '20. Law', kind: 'section' }]);
    expect(ambiguous.properties).toEqual({ page: 4 });
    const missing = resultFor(log, 'contracts/acme msa.pdf', 'criminal-acts-exclusion');
    expect(missing.locations[0]?.physicalLocation.region.startLine).toBe(77);
    expect(missing.message.text).toBe('Missing: No clause excludes liability for criminal acts of third parties. Closest passage (p. 3 · 12. Force majeure · line 77): "Neither party is liable for delays caused by acts of God." did not count: A force-majeure clause that names no criminal acts.');
    const bare = resultFor(log, 'contracts/acme msa.pdf', 'data-backup-duty').locations[0]!;
    expect(bare.physicalLocation.region.startLine).toBe(1);
    expect(bare.logicalLocations).toBeUndefined();
    expect(resultFor(log, 'contracts/scan.pdf', UNREADABLE_RULE_ID)).toMatchObject({ level: 'error', message: { text: 'Unreadable (NO_TEXT): this PDF has no text layer: run OCR first' } });
  });

  it('sets levels from severity, marks failing findings and suppresses waived ones', () => {
    const log = parse(formatSarif(ciReport()));
    expect(resultFor(log, 'contracts/acme msa.pdf', 'criminal-acts-exclusion')).toMatchObject({ level: 'error', properties: { failing: true } });
    expect(resultFor(log, 'contracts/acme msa.pdf', 'governing-law-named')).toMatchObject({ level: 'note', properties: { failing: false } });
    const waived = resultFor(log, 'contracts/tidy.pdf', 'criminal-acts-exclusion');
    expect(waived.suppressions).toEqual([{ kind: 'external', justification: 'Accepted by legal for the pilot.' }]);
    expect(waived.properties.failing).toBe(false);
    const strict = parse(formatSarif(ciReport(), { failPolicy: { failOn: 'ambiguous', severity: 'minor' } }));
    expect(resultFor(strict, 'contracts/acme msa.pdf', 'governing-law-named').properties.failing).toBe(true);
  });

  it('fingerprints rule, path and evidence, so re-wrapping or renumbering keeps an alert and a new clause does not', () => {
    const report = ciReport();
    const fingerprintOf = (item: AuditReport) => resultFor(parse(formatSarif(item)), HOSTILE_PATH, 'confidentiality-mutual').partialFingerprints[FINGERPRINT_KEY];
    const original = fingerprintOf(report);
    const evidence = (report.documents[1] as { findings: Array<{ evidence: Array<{ text: string; section?: string; line: number }> }> }).findings[1]!.evidence;
    expect(original).toBe(hash64(`confidentiality-mutual\n${HOSTILE_PATH}\n${evidenceFingerprint(evidence)}`));
    evidence[0] = { ...evidence[0]!, text: `  ${evidence[0]!.text.toUpperCase()}\n`, line: 99 };
    expect(fingerprintOf(report)).toBe(original);
    evidence[0] = { ...evidence[0], text: 'Confidential means nothing at all.' };
    expect(fingerprintOf(report)).not.toBe(original);
  });

  it('percent-encodes what a URI reference cannot hold', () => {
    expect(artifactUri('contracts/acme msa.pdf')).toBe('contracts/acme%20msa.pdf');
    expect(artifactUri(HOSTILE_PATH)).toBe('contracts/Q1%20deals/%3Cb%3E%22O\'Neil%22%20%26%20Co%20%7C%20v2%3A%20100%25%2C%20final%07.pdf');
    expect(artifactUri('./a#1?.pdf')).toBe('a%231%3F.pdf');
    expect(artifactUri('C:/deals/x.pdf')).toBe('C%3A/deals/x.pdf');
    expect(artifactUri('bad\uD800name.pdf')).toBe('bad%EF%BF%BDname.pdf');
    expect(artifactUri('контракт.pdf')).toBe('%D0%BA%D0%BE%D0%BD%D1%82%D1%80%D0%B0%D0%BA%D1%82.pdf');
  });

  it('gives an absolute path without the source-root base', () => {
    const report = smallReport();
    report.documents[0]!.path = '/srv/contracts/acme.pdf';
    const location = run(report)!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: '/srv/contracts/acme.pdf' });
    expect(validate(JSON.parse(formatSarif(report)))).toBe(true);
  });

  it('is byte-identical for the same report in any document or finding order, and registered', () => {
    const text = formatSarif(ciReport());
    const shuffled = ciReport();
    shuffled.documents.reverse();
    for (const document of shuffled.documents) if (document.status === 'audited') document.findings.reverse();
    expect(formatSarif(ciReport())).toBe(text);
    expect(formatSarif(shuffled)).toBe(text);
    expect(FORMATTERS.sarif?.(ciReport(), { color: false, width: 80 })).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
