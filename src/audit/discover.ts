import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

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

/** Per-folder ignore file, in .gitignore syntax. */
export const IGNORE_FILE = '.contract-auditignore';

/** Which files inside scanned folders are audited. */
export interface DiscoverOptions {
  /** Globs (relative to the scanned folder): when given, only files matching one are audited, whatever their extension. */
  include?: readonly string[];
  /** Globs (relative to the scanned folder): files or folders matching any are skipped. */
  exclude?: readonly string[];
}

interface WalkContext {
  root: string;
  include: ((path: string) => boolean) | null;
  exclude: ((path: string) => boolean) | null;
  files: InputFile[];
  problems: InputProblem[];
}

/** A matcher for paths relative to the scanned folder; a glob without a slash ("*.md") matches at any depth, as in .gitignore. */
function matcher(globs: readonly string[] | undefined): ((path: string) => boolean) | null {
  if (!globs || globs.length === 0) return null;
  const anywhere = globs.filter((pattern) => !pattern.includes('/'));
  const rooted = globs.filter((pattern) => pattern.includes('/'));
  const byName = anywhere.length > 0 ? picomatch(anywhere, { nocase: true, basename: true }) : () => false;
  const byPath = rooted.length > 0 ? picomatch(rooted, { nocase: true }) : () => false;
  return (path) => byName(path) || byPath(path);
}

function toDisplay(path: string): string {
  return path.split(sep).join('/');
}

/**
 * Expands command-line paths: files are kept as given; folders are walked recursively for PDF and
 * DOCX files, skipping hidden entries and Word lock files (`~$name.docx`). Symbolic links are
 * followed once: a link back into a folder already being scanned is reported, not followed.
 */
export async function discoverInputs(paths: readonly string[], options: DiscoverOptions = {}): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    if (isDynamicPattern(path) && !(await stat(path).catch(() => null))) {
      // A glob the shell did not expand (quoted, or on Windows): expand it here, in a stable order.
      const matches = (await glob(path, { dot: false, onlyFiles: true, followSymbolicLinks: true, absolute: isAbsolute(path) })).sort();
      if (matches.length === 0) problems.push({ display: toDisplay(path), message: 'no files match this pattern' });
      for (const match of matches) files.push({ absolute: match, display: toDisplay(match) });
      continue;
    }
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
    const context: WalkContext = { root: path, include: matcher(options.include), exclude: matcher(options.exclude), files, problems };
    await walk(path, new Set([await realpath(path)]), [], context);
  }
  return { files: files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0)), problems };
}

/** The folder's ignore file, if any, as a matcher for paths relative to the folder. */
async function folderIgnore(folder: string): Promise<Ignore | null> {
  const text = await readFile(join(folder, IGNORE_FILE), 'utf8').catch(() => null);
  return text === null ? null : ignore().add(text);
}

/** An ignore file applies to the folder it sits in and everything below it. */
interface ScopedIgnore {
  folder: string;
  rules: Ignore;
}

function ignored(path: string, isDirectory: boolean, ignores: readonly ScopedIgnore[]): boolean {
  return ignores.some(({ folder, rules }) => {
    const inside = relative(folder, path).split(sep).join('/');
    return rules.ignores(isDirectory ? `${inside}/` : inside);
  });
}

async function walk(folder: string, ancestors: ReadonlySet<string>, inherited: readonly ScopedIgnore[], context: WalkContext): Promise<void> {
  const { files, problems } = context;
  const own = await folderIgnore(folder);
  const ignores = own ? [...inherited, { folder, rules: own }] : inherited;
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
    const inRoot = relative(context.root, path).split(sep).join('/');
    if (ignored(path, isDirectory, ignores) || context.exclude?.(inRoot)) continue;
    if (isDirectory) {
      const real = await realpath(path).catch(() => path);
      if (ancestors.has(real)) {
        problems.push({ display: toDisplay(path), message: 'symbolic link loop: this folder links back to a folder being scanned; skipped' });
        continue;
      }
      await walk(path, new Set([...ancestors, real]), ignores, context);
    } else if (isFile && (context.include ? context.include(inRoot) : FOLDER_EXTENSIONS.test(name))) {
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
