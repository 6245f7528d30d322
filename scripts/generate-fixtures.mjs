#!/usr/bin/env node
// Generate the test fixtures under fixtures/:
//
//   fixtures/sources/<id>.md  ->  fixtures/agreements/<id>.pdf, <id>.docx, <id>.md
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
  sources: path.join(FIXTURES, 'sources'),
  agreements: path.join(FIXTURES, 'agreements'),
  broken: path.join(FIXTURES, 'broken'),
};
const GENERATED_AGREEMENT_EXTENSIONS = ['.pdf', '.docx', '.md'];

/** Repo-relative path for log messages. */
const rel = (file) => path.relative(ROOT, file);

/** Agreement ids: sources/<id>.md, excluding README.md and files starting with "_" or ".". */
async function listSourceIds() {
  const names = await readdir(DIRS.sources).catch((error) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => name.endsWith('.md') && !/^[_.]/.test(name) && name.toLowerCase() !== 'readme.md')
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

/** Render one source into the three agreement files. */
async function generateAgreement(id) {
  const sourceFile = path.join(DIRS.sources, `${id}.md`);
  const text = await readFile(sourceFile, 'utf8');
  const model = parseSource(text, rel(sourceFile));
  const outputs = {
    [`${id}.pdf`]: await renderAgreementPdf(model, {}, (note) => console.log(`note: ${rel(sourceFile)}: ${note}`)),
    [`${id}.docx`]: await renderAgreementDocx(model, FIXED_DATE),
    [`${id}.md`]: toPlainMarkdown(text, rel(sourceFile)),
  };
  for (const [name, bytes] of Object.entries(outputs)) await writeFile(path.join(DIRS.agreements, name), bytes);
  return Object.keys(outputs);
}

/** Delete generated agreement files whose source no longer exists. */
async function removeStaleAgreements(keep) {
  for (const name of await readdir(DIRS.agreements)) {
    if (GENERATED_AGREEMENT_EXTENSIONS.includes(path.extname(name)) && !keep.has(name)) {
      await rm(path.join(DIRS.agreements, name));
      console.log(`removed stale ${rel(path.join(DIRS.agreements, name))}`);
    }
  }
}

/**
 * Generate all agreements. A broken source is reported and skipped so that one
 * error does not hide the others; the run then fails at the end.
 * @returns {Promise<{ ids: string[], failures: number }>} all source ids, number of failed ones
 */
async function generateAgreements() {
  await mkdir(DIRS.agreements, { recursive: true });
  const ids = await listSourceIds();
  const written = new Set();
  const generated = [];
  let failures = 0;
  for (const id of ids) {
    try {
      for (const name of await generateAgreement(id)) written.add(name);
      generated.push(id);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      console.error(`error: ${error.message}`);
      failures += 1;
    }
  }
  // Keep the previous outputs of sources that failed, so a typo does not delete them.
  if (failures === 0) await removeStaleAgreements(written);
  console.log(ids.length > 0 ? `agreements: ${generated.join(', ') || '(none)'}` : `agreements: no sources in ${rel(DIRS.sources)}`);
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
  const { ids, failures } = await generateAgreements();
  const broken = await generateBroken();
  await writeFile(path.join(FIXTURES, 'README.md'), renderReadme(ids, broken));
  if (failures > 0) {
    console.error(`${failures} source(s) failed; see the errors above`);
    process.exitCode = 1;
  }
}

await main();
