import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentReport, RuleSet } from '../model/index.js';
import { auditFile } from './audit-file.js';
import type { InputFile } from './discover.js';
import { AuditCache } from './audit-cache.js';
import type { InputLimits } from './read-input.js';
import { unpackRuleSet } from './rule-transfer.js';

/** Set once per worker: the rules and where the cache lives. */
export interface AuditWorkerData {
  /** The compiled rule set, packed once by the pool's owner (`packRuleSet`). */
  ruleSet: Uint8Array;
  cacheFolder?: string;
  version: string;
}

/** One file to audit, with the batch's limits. */
export interface AuditPayload {
  file: InputFile;
  limits: InputLimits;
  password?: string;
}

// A whole document (read, extract, judge) runs in a worker thread, so a batch uses every core and
// a document that takes too long can be stopped by ending the thread.
const data = workerData as AuditWorkerData;
let setup: Promise<{ ruleSet: RuleSet; cache: AuditCache | undefined }> | undefined;

function prepare(): Promise<{ ruleSet: RuleSet; cache: AuditCache | undefined }> {
  setup ??= (async () => ({
    ruleSet: unpackRuleSet(data.ruleSet),
    cache: data.cacheFolder !== undefined ? await AuditCache.open(data.cacheFolder, data.version) : undefined,
  }))();
  return setup;
}

parentPort?.on('message', ({ id, payload }: { id: number; payload: AuditPayload }) => {
  prepare()
    .then(({ ruleSet, cache }) => auditFile(payload.file, ruleSet, { limits: payload.limits, ...(cache ? { cache } : {}), ...(payload.password !== undefined ? { password: payload.password } : {}) }))
    .then(
      (result: DocumentReport) => parentPort?.postMessage({ id, result }),
      (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
