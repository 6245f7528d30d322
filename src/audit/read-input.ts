import { open } from 'node:fs/promises';
import { describeFsError } from './discover.js';

/** 50 MiB: far above any real agreement, low enough to keep memory bounded. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** How much of an input is read before it is refused as TOO_LARGE. */
export interface InputLimits {
  /** Bytes of the file itself. */
  maxFileBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Bytes a DOCX may inflate to. */
  maxInflatedBytes: number;
}

/** Documented defaults: generous for any real agreement, safe against bombs and archives. */
export const DEFAULT_LIMITS: InputLimits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, maxPages: 2000, maxInflatedBytes: 200 * 1024 * 1024 };

/** Why a file's bytes could not be had. */
export interface ReadFailure {
  code: 'TOO_LARGE' | 'READ_ERROR';
  message: string;
}

/** Reads a file read-only; its size is checked before any bytes are loaded. */
export async function readInput(path: string, maxBytes: number): Promise<Uint8Array | ReadFailure> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) {
      return { code: 'TOO_LARGE', message: `the file is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(0)} MiB limit; raise it with --max-file-size if this is really an agreement` };
    }
    return await handle.readFile();
  } catch (error) {
    return { code: 'READ_ERROR', message: `cannot read the file: ${describeFsError(error)}` };
  } finally {
    await handle?.close();
  }
}
