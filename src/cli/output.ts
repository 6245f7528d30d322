import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, USAGE_ERROR } from './cli-error.js';
import { pendingFiles } from './interrupt.js';

/**
 * Writes a report atomically: to a temporary file in the same folder, then renamed into place, so
 * a reader never sees half a report and an interrupted run leaves the old one intact.
 */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  pendingFiles.add(temporary);
  try {
    // `--format sarif=results/out.sarif` in a fresh CI checkout: the folder may not exist yet.
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(`cannot write ${path}: ${(error as Error).message}`, USAGE_ERROR);
  } finally {
    pendingFiles.delete(temporary);
  }
}

/** Whether to colour output written to stdout. */
export function useColor(option: boolean, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (!option) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
