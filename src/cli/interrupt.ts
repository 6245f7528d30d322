import { unlinkSync } from 'node:fs';

/** Temporary report files being written; removed if the run is interrupted. */
export const pendingFiles = new Set<string>();

/** Exit code for a run stopped by Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;

/**
 * On Ctrl-C (or SIGTERM) stop at once: remove half-written temporary reports, so an interrupted
 * run leaves no partial report behind (the previous report, if any, stays intact), and exit 130.
 */
export function exitCleanlyOnInterrupt(): void {
  const stop = (): void => {
    for (const file of pendingFiles) {
      try {
        unlinkSync(file);
      } catch {
        // Already renamed into place or never created: nothing to remove.
      }
    }
    process.stderr.write('\ncontract-audit: interrupted; no report was written\n');
    process.exit(INTERRUPTED);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
