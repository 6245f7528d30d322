import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Names a configuration file may have; in one folder the first one found wins. */
export const CONFIG_FILE_NAMES = ['.contract-audit.yaml', '.contract-audit.yml'] as const;

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/**
 * The nearest configuration file: in `from`, else in its parent, and so on up to the root of the
 * file system, so a run from any sub-folder of a project finds the project's file.
 */
export async function findConfigFile(from: string): Promise<string | undefined> {
  let folder = resolve(from);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (await isFile(path)) return path;
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
