import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentReport, RuleSet } from '../model/index.js';
import { auditFile, cachedReport } from './audit-file.js';
import type { AuditPayload, AuditWorkerData } from './audit-worker.js';
import type { InputFile } from './discover.js';
import { AuditCache } from './audit-cache.js';
import { ExtractorPool, timeoutFailure } from './extractor-pool.js';
import type { InputLimits } from './read-input.js';
import { TOOL_VERSION } from './version.js';
import { packRuleSet } from './rule-transfer.js';
import { WorkerPool } from './worker-pool.js';

/** Audits one file at a time for a batch; `close` ends whatever threads it started. */
export interface Auditor {
  audit(file: InputFile): Promise<DocumentReport>;
  close(): Promise<void>;
}

/** What every file of a batch is audited with. */
export interface AuditorSettings {
  ruleSet: RuleSet;
  jobs: number;
  timeoutMs: number;
  limits: InputLimits;
  password?: string;
  cacheFolder?: string;
}

const AUDIT_WORKER = fileURLToPath(new URL('./audit-worker.js', import.meta.url));

/**
 * The fastest auditor available: whole documents in worker threads, each handed the compiled
 * rules, when the compiled worker exists; otherwise (running from TypeScript sources, or rules
 * that cannot be copied to a thread) extraction in workers and judgement on this thread.
 */
export async function createAuditor(settings: AuditorSettings): Promise<Auditor> {
  const password = settings.password !== undefined ? { password: settings.password } : {};
  const rules = existsSync(AUDIT_WORKER) ? packRuleSet(settings.ruleSet) : undefined;
  if (rules) {
    const workerData: AuditWorkerData = { ruleSet: rules, version: TOOL_VERSION, ...(settings.cacheFolder !== undefined ? { cacheFolder: settings.cacheFolder } : {}) };
    const pool = new WorkerPool<AuditPayload, DocumentReport>({
      script: AUDIT_WORKER,
      size: settings.jobs,
      timeoutMs: settings.timeoutMs,
      workerData,
      onTimeout: ({ file }) => ({ path: file.display, status: 'unreadable', error: timeoutFailure(settings.timeoutMs) }),
      onError: (message, { file }) => ({ path: file.display, status: 'unreadable', error: { code: 'CORRUPT', message: `the file could not be audited (${message})` } }),
    });
    // Files already judged under these rules are answered here, so a re-run over an unchanged
    // folder starts no worker (each would load and compile the rules again).
    const cache = settings.cacheFolder !== undefined ? await AuditCache.open(settings.cacheFolder, TOOL_VERSION) : undefined;
    const cacheOptions = { limits: settings.limits, ...(cache ? { cache } : {}), ...password };
    return {
      audit: async (file) => (await cachedReport(file, settings.ruleSet, cacheOptions)) ?? pool.run({ file, limits: settings.limits, ...password }),
      close: () => pool.close(),
    };
  }
  const pool = new ExtractorPool(settings.jobs, settings.timeoutMs);
  const cache = settings.cacheFolder !== undefined ? await AuditCache.open(settings.cacheFolder, TOOL_VERSION) : undefined;
  const options = { limits: settings.limits, extract: pool.extract.bind(pool), ...(cache ? { cache } : {}), ...password };
  return { audit: (file) => auditFile(file, settings.ruleSet, options), close: () => pool.close() };
}
