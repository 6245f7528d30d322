#!/usr/bin/env node
// Measures the bundled rules against hand labels: runs the built CLI (JSON) over a folder of
// documents and prints per-category confusion, 3-way accuracy and gap precision/recall.
//
//   node scripts/evaluate.mjs --docs fixtures/agreements --labels fixtures/sources/labels.yaml
//     [--ext pdf,docx,md] [--categories core|all] [--rules extra.yaml ...] [--profile msp]
//
// Labels: `documents: {<id>: {<category>: {status|label: present|ambiguous|missing}}}`. Category
// keys may be ids (scope-of-services) or the underscore names of the development corpus.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const CORE = ['scope-of-services', 'responsibilities', 'criminal-acts', 'unpurchased-services', 'confidentiality'];
const ALIASES = {
  scope_of_services: 'scope-of-services',
  third_party_criminal_acts: 'criminal-acts',
  unpurchased_services_excluded: 'unpurchased-services',
  security_incident_notification: 'incident-notification',
};
const STATUSES = ['present', 'ambiguous', 'missing'];

function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const docs = argument('docs');
const labelsFile = argument('labels');
const extensions = (argument('ext', 'pdf,docx,md')).split(',');
if (!docs || !labelsFile) {
  console.error('usage: evaluate.mjs --docs DIR --labels FILE [--ext pdf,docx,md] [--categories core|all]');
  process.exit(2);
}
const onlyCore = argument('categories', 'core') === 'core';
// Extra rule packs to load with the bundled ones (repeatable: --rules a.yaml --rules b.yaml).
const extraRules = process.argv.flatMap((value, index) => (process.argv[index - 1] === '--rules' ? ['--rules', value] : []));
const profile = argument('profile', 'msp');
const labels = parse(readFileSync(labelsFile, 'utf8')).documents;
const bin = fileURLToPath(new URL('../bin/contract-audit.js', import.meta.url));

const toId = (key) => ALIASES[key] ?? key.replace(/_/g, '-');
const cells = new Map(); // category -> expected -> actual -> count
const disagreements = [];
for (const [id, categories] of Object.entries(labels)) {
  for (const extension of extensions) {
    const file = join(docs, `${id}.${extension}`);
    if (!existsSync(file)) continue;
    let stdout;
    try {
      stdout = execFileSync(process.execPath, [bin, file, '--format', 'json', '--fail-on', 'none', '--profile', profile, ...extraRules], { encoding: 'utf8' });
    } catch (error) {
      stdout = error.stdout;
    }
    if (!stdout) throw new Error(`contract-audit produced no report for ${file} (a rule-file error?)`);
    const document = JSON.parse(stdout).documents[0];
    for (const [key, value] of Object.entries(categories)) {
      if (key === 'traps' || typeof value !== 'object') continue;
      const category = toId(key);
      if (onlyCore && !CORE.includes(category)) continue;
      const expected = value.status ?? value.label;
      const actual = document.status === 'audited' ? document.categories[category] ?? 'not-checked' : `unreadable:${document.error.code}`;
      const byExpected = cells.get(category) ?? new Map();
      const byActual = byExpected.get(expected) ?? new Map();
      byActual.set(actual, (byActual.get(actual) ?? 0) + 1);
      byExpected.set(expected, byActual);
      cells.set(category, byExpected);
      if (actual !== expected) disagreements.push(`${id}.${extension}  ${category}: expected ${expected}, got ${actual}`);
    }
  }
}

function stats(categories) {
  let total = 0, correct = 0, gapTp = 0, gapFp = 0, gapFn = 0;
  for (const category of categories) {
    for (const [expected, byActual] of cells.get(category) ?? []) {
      for (const [actual, count] of byActual) {
        total += count;
        if (actual === expected) correct += count;
        const expectedGap = expected !== 'present';
        const actualGap = actual === 'missing' || actual === 'ambiguous';
        if (expectedGap && actualGap) gapTp += count;
        if (!expectedGap && actualGap) gapFp += count;
        if (expectedGap && !actualGap) gapFn += count;
      }
    }
  }
  const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  return `accuracy ${pct(correct, total)} (${correct}/${total}), gap precision ${pct(gapTp, gapTp + gapFp)}, gap recall ${pct(gapTp, gapTp + gapFn)}`;
}

const categories = [...cells.keys()].sort();
for (const category of categories) {
  console.log(`\n${category}: ${stats([category])}`);
  console.log(`  expected \\ actual  ${STATUSES.map((s) => s.padEnd(10)).join('')}other`);
  for (const expected of STATUSES) {
    const row = cells.get(category)?.get(expected) ?? new Map();
    const other = [...row].filter(([actual]) => !STATUSES.includes(actual)).reduce((sum, [, count]) => sum + count, 0);
    console.log(`  ${expected.padEnd(18)}${STATUSES.map((actual) => String(row.get(actual) ?? 0).padEnd(10)).join('')}${other}`);
  }
}
console.log(`\nOverall: ${stats(categories)}`);
console.log(`Core five: ${stats(categories.filter((category) => CORE.includes(category)))}`);
if (disagreements.length > 0) console.log(`\nDisagreements (${disagreements.length}):\n  ${disagreements.join('\n  ')}`);
