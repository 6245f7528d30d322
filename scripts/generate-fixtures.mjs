#!/usr/bin/env node
// Generate the test fixtures under fixtures/:
//
//   fixtures/sources/<id>.md         ->  fixtures/agreements/<id>.pdf, <id>.docx, <id>.md
//   fixtures/corpus/sources/<id>.md  ->  fixtures/corpus/docs/<id>.pdf, <id>.docx, <id>.md
//   inline samples            ->  fixtures/broken/* (unreadable or misnamed inputs)
//   fixtures/README.md           (describes both directories)
//
// Usage: npm run fixtures   (or: node scripts/generate-fixtures.mjs)
//
// The output is deterministic: running the generator twice produces identical bytes.
// Helpers live in scripts/fixtures/.

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBrokenFixtures } from './fixtures/broken.mjs';
import { renderAgreementDocx } from './fixtures/docx.mjs';
import { FIXED_DATE, renderAgreementPdf } from './fixtures/pdf.mjs';
import { renderReadme } from './fixtures/readme.mjs';
import { SourceError, parseSource, toPlainMarkdown } from './fixtures/source.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const DIRS = {
  broken: path.join(FIXTURES, 'broken'),
};
/** Each set of hand-written sources and the folder its rendered documents go to. */
const SETS = [
  { sources: path.join(FIXTURES, 'sources'), output: path.join(FIXTURES, 'agreements'), label: 'agreements' },
  { sources: path.join(FIXTURES, 'corpus', 'sources'), output: path.join(FIXTURES, 'corpus', 'docs'), label: 'corpus' },
];
const GENERATED_AGREEMENT_EXTENSIONS = ['.pdf', '.docx', '.md'];

/** Repo-relative path for log messages. */
const rel = (file) => path.relative(ROOT, file);

/** Agreement ids: sources/<id>.md, excluding README.md and files starting with "_" or ".". */
async function listSourceIds(sources) {
  const names = await readdir(sources).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => name.endsWith('.md') && !/^[_.]/.test(name) && name.toLowerCase() !== 'readme.md')
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

/** Render one source into the three agreement files. */
async function generateAgreement(set, id) {
  const sourceFile = path.join(set.sources, `${id}.md`);
  const text = await readFile(sourceFile, 'utf8');
  const model = parseSource(text, rel(sourceFile));
  const outputs = {
    [`${id}.pdf`]: await renderAgreementPdf(model, {}, (note) => console.log(`note: ${rel(sourceFile)}: ${note}`)),
    [`${id}.docx`]: await renderAgreementDocx(model, FIXED_DATE),
    [`${id}.md`]: toPlainMarkdown(text, rel(sourceFile)),
  };
  for (const [name, bytes] of Object.entries(outputs)) await writeFile(path.join(set.output, name), bytes);
  return Object.keys(outputs);
}

/** Delete generated agreement files whose source no longer exists. */
async function removeStaleAgreements(set, keep) {
  for (const name of await readdir(set.output)) {
    if (GENERATED_AGREEMENT_EXTENSIONS.includes(path.extname(name)) && !keep.has(name)) {
      await rm(path.join(set.output, name));
      console.log(`removed stale ${rel(path.join(set.output, name))}`);
    }
  }
}

/**
 * Generate all agreements. A broken source is reported and skipped so that one
 * error does not hide the others; the run then fails at the end.
 * @returns {Promise<{ ids: string[], failures: number }>} all source ids, number of failed ones
 */
async function generateAgreements(set) {
  const ids = await listSourceIds(set.sources);
  if (ids.length === 0) return { ids, failures: 0 };
  await mkdir(set.output, { recursive: true });
  const written = new Set();
  const generated = [];
  let failures = 0;
  for (const id of ids) {
    try {
      for (const name of await generateAgreement(set, id)) written.add(name);
      generated.push(id);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      console.error(`error: ${error.message}`);
      failures += 1;
    }
  }
  // Keep the previous outputs of sources that failed, so a typo does not delete them.
  if (failures === 0) await removeStaleAgreements(set, written);
  console.log(`${set.label}: ${generated.join(', ') || '(none)'}`);
  return { ids, failures };
}

/** Write fixtures/broken/*. */
async function generateBroken() {
  await mkdir(DIRS.broken, { recursive: true });
  const broken = await buildBrokenFixtures();
  for (const { name, bytes } of broken) await writeFile(path.join(DIRS.broken, name), bytes);
  console.log(`broken: ${broken.map((b) => b.name).join(', ')}`);
  return broken;
}

async function main() {
  const [agreements, corpus] = [await generateAgreements(SETS[0]), await generateAgreements(SETS[1])];
  const { ids } = agreements;
  const failures = agreements.failures + corpus.failures;
  const broken = await generateBroken();
  await writeFile(path.join(FIXTURES, 'README.md'), renderReadme(ids, broken));
  if (failures > 0) {
    console.error(`${failures} source(s) failed; see the errors above`);
    process.exitCode = 1;
  }
}

await main();
