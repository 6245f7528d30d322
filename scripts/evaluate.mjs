#!/usr/bin/env node
// `npm run eval`: measures the bundled rules against hand labels with `contract-audit rules eval`.
// Defaults to the project's labelled corpus; point it elsewhere with --docs and --labels, e.g.
//
//   npm run eval -- --docs ../shared/corpus/docs --labels ../shared/corpus/labels.yaml --ext md
//
// Other options (--ext, --categories core|all, --rules FILE, --profile, --min-accuracy) pass through.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const take = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const [value] = args.splice(index, 2).slice(1);
  return value;
};
const docs = take('docs', 'fixtures/corpus/docs');
const labels = take('labels', 'fixtures/corpus/labels.yaml');
const result = spawnSync(process.execPath, [`${root}bin/contract-audit.js`, 'rules', 'eval', docs, '--labels', labels, ...args], { stdio: 'inherit' });
process.exitCode = result.status ?? 2;
