#!/usr/bin/env node
// `npm run bench`: measures contract-audit on a generated corpus and reports ratios against
// baselines run in the same script (no timed unit tests: those flake).
//
//   node scripts/bench.mjs [--documents 200] [--keep]
//
// 1. Builds N agreements of about 5-40 pages, half PDF and half DOCX, by joining the labelled
//    corpus sources (kept under the OS temp folder, reused while the sources do not change).
// 2. In this process: time per document split into extraction, rule evaluation and reporting.
// 3. The CLI end to end (cold, no cache) with --jobs 1 and --jobs N: files/s, pages/s, speed-up,
//    peak RSS; then a warm-cache re-run. As the ceiling for the speed-up, N independent processes
//    (--shard i/N --jobs 1) run at the same time: what this machine gives N copies of the work
//    that share nothing, which memory bandwidth and shared caches keep below N. Then one PDF on its
//    own, with nothing cached and with the compiled rules kept by an earlier run.
// 4. pdftotext (poppler-utils) on the same PDFs, when it is installed: the ratio to our extraction.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAgreementDocx } from './fixtures/docx.mjs';
import { FIXED_DATE, renderAgreementPdf } from './fixtures/pdf.mjs';
import { parseSource } from './fixtures/source.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const COUNT = Number(argument('documents', '200'));
const CPUS = availableParallelism();
/** Documents over which the first pass's extra cost counts as the process warming up. */
const WARM_UP_DOCUMENTS = 10;

/** Sources, without front matter and page/column markers, as bodies to join. */
function sourceBodies() {
  const folders = [join(ROOT, 'fixtures/corpus/sources'), join(ROOT, 'fixtures/sources')];
  return folders.flatMap((folder) =>
    readdirSync(folder).filter((name) => name.endsWith('.md')).sort().map((name) => {
      const text = readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      return text.replace(/<!--[^>]*-->/g, '').replace(/⟦break⟧/g, '').replace(/^# .*$/m, '').trim();
    }),
  );
}

/** The i-th document: 1 to 6 sources joined under one title, so sizes range over ~5-40 pages. */
function documentSource(bodies, index) {
  const parts = 1 + (index * 7) % 6;
  const chosen = Array.from({ length: parts }, (_, part) => bodies[(index * 5 + part * 11) % bodies.length]);
  return `---\nfooter: "Bench agreement ${index} - Page {page} of {pages}"\n---\n# Bench Agreement ${index}\n\n${chosen.join('\n\n')}\n`;
}

async function buildCorpus() {
  const bodies = sourceBodies();
  const key = createHash('sha256').update(`${COUNT}\n${bodies.join('\n')}`).digest('hex').slice(0, 12);
  const folder = join(tmpdir(), `contract-audit-bench-${key}`);
  if (existsSync(join(folder, '.complete'))) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < COUNT; index++) {
    const model = parseSource(documentSource(bodies, index), `bench-${index}`);
    const bytes = index % 2 === 0 ? await renderAgreementPdf(model) : await renderAgreementDocx(model, FIXED_DATE);
    writeFileSync(join(folder, `agreement-${String(index).padStart(3, '0')}.${index % 2 === 0 ? 'pdf' : 'docx'}`), bytes);
  }
  writeFileSync(join(folder, '.complete'), '');
  return folder;
}

/** Time per phase in this process, one document after another. */
async function phases(folder, files) {
  const { extractDocument, evaluateDocument, loadRuleSet, formatJson, auditPaths } = await import(join(ROOT, 'dist/index.js'));
  // Loading compiles every pattern and analyses the words it needs: once per run, since worker
  // threads are handed the compiled rules.
  const loadStarted = performance.now();
  const ruleSet = await loadRuleSet();
  const ruleLoading = performance.now() - loadStarted;
  let extraction = 0;
  let evaluation = 0;
  let pages = 0;
  const extracted = [];
  const firstPass = [];
  for (const name of files) {
    const bytes = readFileSync(join(folder, name));
    let started = performance.now();
    const document = await extractDocument(bytes, { fileName: name });
    extraction += performance.now() - started;
    if ('code' in document) throw new Error(`${name}: ${document.code} ${document.message}`);
    pages += document.pages ?? 0;
    extracted.push(document);
    started = performance.now();
    evaluateDocument(document, ruleSet);
    firstPass.push(performance.now() - started);
    evaluation += firstPass[firstPass.length - 1];
  }
  // Evaluation again, on its own: in the loop above it also pays for collecting extraction's
  // garbage, which belongs to extraction.
  const secondPass = extracted.map((document) => {
    const begun = performance.now();
    evaluateDocument(document, ruleSet);
    return performance.now() - begun;
  });
  const evaluationAlone = secondPass.reduce((sum, time) => sum + time, 0);
  // What the first documents cost beyond their own judgement: the process's one-off warm-up.
  const warmUp = firstPass.slice(0, WARM_UP_DOCUMENTS).reduce((sum, time, index) => sum + Math.max(0, time - (secondPass[index] ?? 0)), 0);
  const report = await auditPaths([folder], { ruleSet, jobs: 1 });
  const started = performance.now();
  formatJson(report);
  const reporting = performance.now() - started;
  return { extraction, evaluation, evaluationAlone, warmUp, reporting, pages, ruleLoading };
}

/** Runs the CLI in a child process and returns wall time and the child's peak RSS (MiB). */
function runCli(args) {
  // A small entry point that runs the CLI and reports its peak memory (worker threads included).
  const entry = join(tmpdir(), `contract-audit-bench-entry-${process.pid}.mjs`);
  writeFileSync(entry, `const { run } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});\nconst code = await run(process.argv);\nprocess.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n');\nprocess.exit(code);\n`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  rmSync(entry, { force: true });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/RSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  if (result.status !== 0 && result.status !== 1) throw new Error(`contract-audit exited ${result.status}: ${result.stderr}`);
  return { seconds, rss };
}

/** Runs several CLI processes at the same time; the wall time until the last one ends. */
async function runCliTogether(argsList) {
  const entry = join(ROOT, 'bin/contract-audit.js');
  const started = performance.now();
  await Promise.all(argsList.map((args) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`contract-audit exited ${code}: ${stderr}`))));
  })));
  return (performance.now() - started) / 1000;
}

function pdftotext(folder, pdfs) {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const started = performance.now();
  for (const name of pdfs) execFileSync('pdftotext', [join(folder, name), '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  return (performance.now() - started) / 1000;
}

const fixed = (value, digits = 1) => value.toFixed(digits);

async function main() {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('run npm run build first');
  const built = performance.now();
  const folder = await buildCorpus();
  const files = readdirSync(folder).filter((name) => /\.(pdf|docx)$/.test(name)).sort();
  console.log(`corpus: ${files.length} agreements (PDF and DOCX) in ${folder} (${fixed((performance.now() - built) / 1000)} s to prepare)`);

  const split = await phases(folder, files);
  const total = split.extraction + split.evaluation + split.reporting;
  console.log(`pages: ${split.pages} in the PDFs (DOCX has no pages)`);
  console.log(`in-process, one document at a time: extraction ${fixed(split.extraction / 1000)} s (${fixed((100 * split.extraction) / total)}%), rules ${fixed(split.evaluation / 1000)} s (${fixed((100 * split.evaluation) / total)}%), reporting ${fixed(split.reporting / 1000, 2)} s`);
  console.log(`rule evaluation / extraction: ${fixed((100 * split.evaluation) / split.extraction)}% (target < 20%), each document judged right after its extraction`);
  console.log(`  of which one-off warm-up of the process: ${fixed(split.warmUp / 1000, 2)} s in the first ${WARM_UP_DOCUMENTS} documents (compiling the rules' regular expressions, JIT); without it ${fixed((100 * (split.evaluation - split.warmUp)) / split.extraction)}%`);
  console.log(`rule evaluation alone, over the already-extracted documents: ${fixed(split.evaluationAlone / 1000)} s = ${fixed((100 * split.evaluationAlone) / split.extraction)}% of extraction`);
  console.log(`loading the rules (YAML, validation, compiling patterns and their words), once per run: ${fixed(split.ruleLoading / 1000, 2)} s`);

  const together = await runCliTogether(Array.from({ length: CPUS }, (_, index) => [folder, '--format', 'json', '--no-cache', '--jobs', '1', '--quiet', '--shard', `${index + 1}/${CPUS}`]));
  const cache = join(tmpdir(), `contract-audit-bench-cache-${process.pid}`);
  const one = runCli([folder, '--format', 'json', '--no-cache', '--jobs', '1', '--quiet']);
  const many = runCli([folder, '--format', 'json', '--no-cache', '--jobs', String(CPUS), '--quiet']);
  runCli([folder, '--format', 'json', '--cache', cache, '--jobs', String(CPUS), '--quiet']);
  const warm = runCli([folder, '--format', 'json', '--cache', cache, '--jobs', String(CPUS), '--quiet']);
  rmSync(cache, { recursive: true, force: true });
  // One contract, as a person runs it: with nothing cached, and with the rules compiled by an
  // earlier run (the document itself new to the cache).
  const [single, other] = files.filter((name) => name.endsWith('.pdf'));
  const rulesOnly = join(tmpdir(), `contract-audit-bench-rules-${process.pid}`);
  runCli([join(folder, other), '--format', 'json', '--cache', rulesOnly, '--quiet']);
  const singleCold = runCli([join(folder, single), '--format', 'json', '--no-cache', '--quiet']);
  const singleRulesCached = runCli([join(folder, single), '--format', 'json', '--cache', rulesOnly, '--quiet']);
  rmSync(rulesOnly, { recursive: true, force: true });
  const pdfPages = split.pages;
  console.log(`CLI --jobs 1: ${fixed(one.seconds)} s, ${fixed(files.length / one.seconds)} files/s, ${fixed(pdfPages / one.seconds)} PDF pages/s, peak RSS ${fixed(one.rss, 0)} MiB`);
  console.log(`CLI --jobs ${CPUS}: ${fixed(many.seconds)} s, ${fixed(files.length / many.seconds)} files/s, speed-up ${fixed(one.seconds / many.seconds, 2)}x over 1 job (target >= ${fixed(0.8 * CPUS, 1)}x), peak RSS ${fixed(many.rss, 0)} MiB (target < 500)`);
  const ceiling = one.seconds / together;
  console.log(`machine ceiling: ${CPUS} independent processes at once (--shard i/${CPUS} --jobs 1 each): ${fixed(together)} s, ${fixed(ceiling, 2)}x over one; --jobs ${CPUS} reaches ${fixed((100 * one.seconds) / many.seconds / ceiling, 0)}% of that`);
  console.log(`CLI warm cache: ${fixed(warm.seconds)} s for ${files.length} documents (target < 2 s), ${fixed(one.seconds / warm.seconds, 1)}x faster than cold with 1 job`);
  console.log(`CLI one PDF (${single}): ${fixed(singleCold.seconds, 2)} s with nothing cached, ${fixed(singleRulesCached.seconds, 2)} s with the rules compiled by an earlier run (${fixed(singleCold.seconds / singleRulesCached.seconds, 2)}x)`);

  const pdfs = files.filter((name) => name.endsWith('.pdf'));
  const poppler = pdftotext(folder, pdfs);
  if (poppler === null) console.log('pdftotext: not installed (apt-get install poppler-utils) - ratio skipped');
  else {
    const { extractDocument } = await import(join(ROOT, 'dist/index.js'));
    const started = performance.now();
    for (const name of pdfs) await extractDocument(readFileSync(join(folder, name)), { fileName: name });
    const ours = (performance.now() - started) / 1000;
    console.log(`PDF extraction vs pdftotext on the same ${pdfs.length} PDFs: ${fixed(ours)} s vs ${fixed(poppler)} s = ${fixed(ours / poppler, 2)}x`);
  }
  if (!process.argv.includes('--keep')) console.log(`(corpus kept for the next run in ${folder}; delete it to regenerate)`);
}

await main();
