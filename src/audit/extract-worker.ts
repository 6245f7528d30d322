import { parentPort } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/index.js';

/** What the extraction pool sends: the bytes to extract and how. */
export interface ExtractPayload {
  bytes: Uint8Array;
  options: ExtractOptions;
}

// Runs inside a worker thread, so a document that hangs the PDF reader can be stopped by ending
// the thread.
parentPort?.on('message', ({ id, payload }: { id: number; payload: ExtractPayload }) => {
  extractDocument(payload.bytes, payload.options).then(
    (result) => parentPort?.postMessage({ id, result }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
