import { parentPort } from 'node:worker_threads';
import { extractDocument, type ExtractOptions } from '../extract/index.js';

/** A request from the pool: extract these bytes. */
export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  options: ExtractOptions;
}

// Runs inside a worker thread, so a document that hangs the PDF reader can be stopped by ending
// the thread. Each request is answered with the document, a failure value, or an error message.
parentPort?.on('message', (request: ExtractRequest) => {
  extractDocument(request.bytes, request.options).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
