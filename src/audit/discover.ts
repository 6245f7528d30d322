import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** One file to audit: where it is, and the path to show in reports. */
export interface InputFile {
  absolute: string;
  /** As given on the command line, or relative to the scanned folder; always `/`-separated. */
  display: string;
}

/** An input that could not be expanded (missing path, unreadable folder). */
export interface InputProblem {
  display: string;
  message: string;
}

/** Extensions scanned inside folders; named files are audited whatever their extension. */
const FOLDER_EXTENSIONS = /\.(pdf|docx)$/i;

function toDisplay(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Expands command-line paths: files are kept as given; folders are walked recursively for PDF and
 * DOCX files, skipping hidden entries and Word lock files (`~$name.docx`). Symbolic links are
 * followed once: a link back into a folder already being scanned is reported, not followed.
 */
export async function discoverInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ display: toDisplay(path), message: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      files.push({ absolute: path, display: toDisplay(path) });
      continue;
    }
    await walk(path, new Set([await realpath(path)]), files, problems);
  }
  return { files: files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0)), problems };
}

async function walk(folder: string, ancestors: ReadonlySet<string>, files: InputFile[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    problems.push({ display: toDisplay(folder), message: describeFsError(error) });
    return;
  }
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    const path = join(folder, name);
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      // The name cannot be carried through reports (or reopened) faithfully: say so for this file.
      problems.push({ display: toDisplay(path), message: 'the file name is not valid UTF-8 and cannot be reported faithfully; rename it' });
      continue;
    }
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        problems.push({ display: toDisplay(path), message: `broken symbolic link: ${describeFsError(error)}` });
        continue;
      }
    }
    if (isDirectory) {
      const real = await realpath(path).catch(() => path);
      if (ancestors.has(real)) {
        problems.push({ display: toDisplay(path), message: 'symbolic link loop: this folder links back to a folder being scanned; skipped' });
        continue;
      }
      await walk(path, new Set([...ancestors, real]), files, problems);
    } else if (isFile && FOLDER_EXTENSIONS.test(name)) {
      // Built from the folder as given, so the path reads the same as on the command line.
      files.push({ absolute: path, display: toDisplay(path) });
    }
  }
}

/** A person-readable reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
