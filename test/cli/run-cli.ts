import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, for paths to fixtures and the binary. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/contract-audit.js', import.meta.url));

const CACHE_HOME = mkdtempSync(join(tmpdir(), 'contract-audit-cache-'));

/** What a CLI run produced. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the built binary (as a user would run it) from the repository root. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    // The extraction cache goes to a folder of this test run, never the user's own cache.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', XDG_CACHE_HOME: CACHE_HOME, ...env };
    execFile(process.execPath, [BIN, ...args], { cwd, env: childEnv, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
