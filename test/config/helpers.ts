import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem, RuleSetError } from '../../src/ruleset/index.js';

/** A fresh folder holding the given files (paths relative to it); returns its real path. */
export function project(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'contract-audit-config-')));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The problems a rejected promise carries, as `file:line:col: message`; [] when it resolves. */
export async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

/** The bundled packs, as the reader is given them. */
export const BUNDLED = ['boilerplate', 'core', 'data', 'liability', 'operations'];
