import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/index.js';
import { ROOT, runCli } from './run-cli.js';

interface Labels {
  documents: Record<string, Record<string, { status: string } | string[]>>;
}

const labels = parse(readFileSync(`${ROOT}fixtures/sources/labels.yaml`, 'utf8')) as Labels;
const cases = Object.entries(labels.documents).flatMap(([id, categories]) =>
  ['pdf', 'docx', 'md'].map((extension) => ({
    file: `fixtures/agreements/${id}.${extension}`,
    expected: Object.fromEntries(Object.entries(categories).filter(([key]) => key !== 'traps').map(([key, value]) => [key, (value as { status: string }).status])),
  })),
);

describe('bundled fixtures are judged as labelled', () => {
  it.each(cases)('$file', async ({ file, expected }) => {
    const result = await runCli([file, '--format', 'json']);
    const report = JSON.parse(result.stdout) as AuditReport;
    const document = report.documents[0];
    expect(document?.status).toBe('audited');
    if (document?.status !== 'audited') return;
    for (const [category, status] of Object.entries(expected)) expect({ category, status: document.categories[category] }).toEqual({ category, status });
    // Every present or ambiguous verdict quotes located evidence; PDFs locate it on a page.
    for (const finding of document.findings.filter((item) => item.status === 'present' || item.status === 'ambiguous')) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) {
        expect(evidence.line).toBeGreaterThan(0);
        if (file.endsWith('.pdf')) expect(evidence.page).toBeGreaterThan(0);
      }
    }
    for (const finding of document.findings.filter((item) => item.status !== 'present')) expect(finding.message.length).toBeGreaterThan(20);
  });
});
