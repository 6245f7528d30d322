import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { FORMATTERS } from '../../src/report/index.js';
import { formatJunit } from '../../src/report/junit.js';
import { HOSTILE_PATH, ciReport, finding, smallReport } from './ci-report.js';

interface Outcome {
  message: string;
  type: string;
  '#text'?: string;
}

interface TestCase {
  classname: string;
  name: string;
  failure?: Outcome;
  error?: Outcome;
  'system-out'?: string;
}

interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase?: TestCase[];
}

interface Parsed {
  testsuites: { name: string; tests: string; failures: string; errors: string; testsuite?: TestSuite[] };
}

// A real XML parser, decoding entity and character references; values stay strings.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, parseTagValue: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });

// Values kept as written, leading and trailing spaces included, to compare with any input.
const exact = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, parseTagValue: false, trimValues: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });

function parse(xml: string, using = parser): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return using.parse(xml) as Parsed;
}

function suite(parsed: Parsed, name: string): TestSuite {
  const found = parsed.testsuites.testsuite?.find((item) => item.name === name);
  if (!found) throw new Error(`no suite ${name}`);
  return found;
}

// XML 1.0's Char production: what may appear in a document at all.
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('formatJunit', () => {
  const xml = formatJunit(ciReport());
  const parsed = parse(xml);

  it('counts tests, failures and errors over all documents', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const { name, tests, failures, errors } = parsed.testsuites;
    expect({ name, tests, failures, errors }).toEqual({ name: 'contract-audit', tests: '9', failures: '3', errors: '1' });
    expect(parsed.testsuites.testsuite?.map((item) => [item.name, item.tests, item.failures, item.errors])).toEqual([
      [HOSTILE_PATH.replace('\u0007', ''), '2', '1', '0'],
      ['contracts/acme msa.pdf', '4', '2', '0'],
      ['contracts/scan.pdf', '1', '0', '1'],
      ['contracts/tidy.pdf', '2', '0', '0'],
    ]);
  });

  it('names a test case by category, rule id and title, and fails only findings that breach the policy', () => {
    const acme = suite(parsed, 'contracts/acme msa.pdf').testcase ?? [];
    expect(acme.map((item) => [item.classname, item.name])).toEqual([
      ['confidentiality', 'confidentiality-mutual: confidentiality-mutual title'],
      ['criminal-acts', 'criminal-acts-exclusion: No liability for criminal acts'],
      ['data-backup', 'data-backup-duty: data-backup-duty title'],
      ['governing-law', 'governing-law-named: governing-law-named title'],
    ]);
    expect(acme.map((item) => item.failure?.type ?? null)).toEqual([null, 'missing', 'indeterminate', null]);
    const missing = acme[1]?.failure;
    expect(missing?.message).toBe('Missing: No clause excludes liability for criminal acts of third parties.');
    expect(missing?.['#text']).toBe([
      'Missing (critical): No clause excludes liability for criminal acts of third parties.',
      'Closest (p. 3 · 12. Force majeure · line 77): "Neither party is liable for delays caused by acts of God." did not count: A force-majeure clause that names no criminal acts.',
      'Fix: Add an exclusion naming hacking, malware and fraud.',
    ].join('\n'));
    expect(acme[3]?.['system-out']).toContain('Ambiguous (minor): governing-law-named is ambiguous.\nEvidence (p. 4 · 20. Law · line 120)');
    expect(suite(parsed, 'contracts/tidy.pdf').testcase?.[1]?.['system-out']).toContain('Waived: Accepted by legal for the pilot. (until 2099-12-31)');
  });

  it('reports an unreadable document as a suite with one error', () => {
    const [testCase] = suite(parsed, 'contracts/scan.pdf').testcase ?? [];
    expect(testCase?.error).toEqual({ message: 'this PDF has no text layer: run OCR first', type: 'NO_TEXT', '#text': 'Unreadable (NO_TEXT): this PDF has no text layer: run OCR first' });
    expect(testCase?.failure).toBeUndefined();
  });

  it('keeps hostile text intact through escaping, line breaks in attributes included', () => {
    const hostile = suite(parsed, HOSTILE_PATH.replace('\u0007', '')).testcase ?? [];
    expect(hostile[1]?.failure?.message).toBe('Missing: No <scope> & "services" clause.\nSecond line: 50%, done');
    expect(hostile[0]?.['system-out']).toContain('"Confidential means <i>anything</i> marked "CONFIDENTIAL" & | pipes."');
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toContain('<i>');
  });

  it('follows the fail policy', () => {
    const counts = (xml: string) => parse(xml).testsuites.failures;
    expect(counts(formatJunit(ciReport(), { failPolicy: { failOn: 'ambiguous', severity: 'major' } }))).toBe('4');
    expect(counts(formatJunit(ciReport(), { failPolicy: { failOn: 'ambiguous', severity: 'minor' } }))).toBe('5');
    expect(counts(formatJunit(ciReport(), { failPolicy: { failOn: 'none', severity: 'minor' } }))).toBe('0');
  });

  it('is byte-identical for the same report in any order, and registered', () => {
    const shuffled = ciReport();
    shuffled.documents.reverse();
    for (const document of shuffled.documents) if (document.status === 'audited') document.findings.reverse();
    expect(formatJunit(ciReport())).toBe(xml);
    expect(formatJunit(shuffled)).toBe(xml);
    expect(FORMATTERS.junit?.(ciReport(), { color: false, width: 80 })).toBe(xml);
  });

  it('writes a small report as expected', () => {
    expect(formatJunit(smallReport())).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="contract-audit" tests="2" failures="1" errors="1">
        <testsuite name="contracts/acme.pdf" tests="1" failures="1" errors="0">
          <testcase classname="criminal-acts" name="criminal-acts-exclusion: No liability for criminal acts">
            <failure message="Missing: No clause excludes liability for criminal acts of third parties." type="missing">Missing (critical): No clause excludes liability for criminal acts of third parties.
      Closest (p. 3 · 12. Force majeure · line 77): &quot;Neither party is liable for acts of God.&quot; did not count: Names no criminal acts.
      Fix: Add an exclusion naming hacking, malware and fraud.</failure>
          </testcase>
        </testsuite>
        <testsuite name="contracts/scan.pdf" tests="1" failures="0" errors="1">
          <testcase classname="document" name="unreadable-document: Document could not be read">
            <error message="this PDF has no text layer" type="NO_TEXT">Unreadable (NO_TEXT): this PDF has no text layer</error>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });
});

describe('formatJunit on any text', () => {
  it('always gives well-formed XML 1.0 that gives the text back, less what XML cannot hold', () => {
    const text = fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\u0000', '\u0007', '\u001f', '\uFFFE', '\uD800', '\t', '\n', '\r\n', ' ', 'a', 'é', '😀', '%', '--') });
    fc.assert(
      fc.property(text, text, (path, message) => {
        const report: AuditReport = { ...smallReport(), documents: [{ path, format: 'pdf', sha256: 'x', status: 'audited', categories: {}, findings: [finding('r', 'c', 'missing', 'critical', { message })] }] };
        const xml = formatJunit(report);
        expect(xml).toMatch(XML_CHARS);
        const parsed = parse(xml, exact);
        const strip = (value: string) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
        expect(parsed.testsuites.testsuite?.[0]?.name).toBe(strip(path));
        expect(parsed.testsuites.testsuite?.[0]?.testcase?.[0]?.failure?.message).toBe(`Missing: ${strip(message)}`);
      }),
    );
  });
});
