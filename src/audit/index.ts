import { availableParallelism } from 'node:os';
import { compareText, type AuditReport, type DocumentReport, type RuleSet } from '../model/index.js';
import { loadRuleSet, type LoadRuleSetOptions } from '../ruleset/index.js';
import { DEFAULT_LIMITS, type InputLimits } from './read-input.js';
import { AuditCache } from './audit-cache.js';
import { createAuditor } from './auditors.js';
import { discoverInputs, type DiscoverOptions } from './discover.js';
import { mapWithLimit } from './pool.js';
import { groupByRules, type RuleSourceFor } from './rule-groups.js';
import { inShard, type Shard } from './shard.js';

/** Time allowed to read one document: far more than any real agreement needs. */
export const DEFAULT_TIMEOUT_MS = 60_000;
import { summarise } from './summary.js';
import { TOOL_VERSION } from './version.js';

export { exitCodeFor, failingFindings, DEFAULT_FAIL_POLICY } from './outcome.js';
export type { FailOn, FailPolicy, AuditExitCode } from './outcome.js';
export { runRuleExamples } from './rule-examples.js';
export type { ExampleResult } from './rule-examples.js';
export { TOOL_VERSION } from './version.js';
export { DEFAULT_LIMITS, DEFAULT_MAX_FILE_BYTES } from './read-input.js';
export { IGNORE_FILE } from './discover.js';
export { AuditCache, defaultCacheFolder } from './audit-cache.js';
export { parseShard, inShard } from './shard.js';
export type { Shard } from './shard.js';
export { mergeReports, MergeError } from './merge.js';
export type { DiscoverOptions } from './discover.js';
export type { RuleSourceFor } from './rule-groups.js';
export type { InputLimits } from './read-input.js';
export { extractFile } from './extract-file.js';
export { createLock, formatLock, parseLock, LockFileError, LOCK_FILE_NAME } from './lock.js';
export { acceptLockedGaps, compareWithBaseline } from './baseline.js';
export { applyWaivers } from './waivers.js';
export type { ExpiredWaiver, WaiverOutcome } from './waivers.js';
export { diffAgreements, diffFails } from './diff.js';
export { changeBetween, isRegression } from './compare.js';
export { decideOutcome } from './outcome.js';
export type { RunOutcome, RunOutcomeOptions } from './outcome.js';
export { readLabels, compareWithLabels, accuracyStats, accuracyReport, CORE_CATEGORIES } from './accuracy.js';
export type { Labels, Comparison, Outcome } from './accuracy.js';

/** Options for {@link auditPaths}. */
export interface AuditOptions {
  /** A loaded rule set; when absent, the bundled packs are loaded with `profile` and `ruleFiles`. */
  ruleSet?: RuleSet;
  /**
   * How `ruleSet` was loaded. With `ruleSourceFor`, files whose rules come from this same source
   * are judged with `ruleSet` rather than a second copy of it.
   */
  ruleSource?: LoadRuleSetOptions;
  ruleFiles?: readonly string[];
  profile?: string;
  /** Files read and judged at the same time (default: CPUs, at most 4). */
  jobs?: number;
  /** Size limits (defaults: {@link DEFAULT_LIMITS}). */
  limits?: Partial<InputLimits>;
  /** Password for encrypted PDFs. */
  password?: string;
  /** Which files in scanned folders to audit (include / exclude globs). */
  discover?: DiscoverOptions;
  /** Audit only this slice of the inputs (for very large archives or CI matrices). */
  shard?: Shard;
  /** Folder for the extraction cache; absent: no cache. */
  cacheFolder?: string;
  /** Time allowed to read one document, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /**
   * The rules each file is judged with, by its path (undefined: the batch's own rule set). Files
   * are grouped by rule source and each group is audited with its own rules; the report's header
   * still names the batch's rule set.
   */
  ruleSourceFor?: RuleSourceFor;
  /** Called as each document is finished (in completion order). */
  onDocument?: (document: DocumentReport) => void;
  /** Called once the inputs are known (done 0) and after each document: for progress displays. */
  onProgress?: (progress: { done: number; total: number; path?: string }) => void;
}

/**
 * Audits files and folders and returns the report. Unreadable inputs become documents with an
 * error code; only a broken rule set throws (a `RuleSetError`).
 */
export async function auditPaths(paths: readonly string[], options: AuditOptions = {}): Promise<AuditReport> {
  const loadOptions: LoadRuleSetOptions = { ...(options.ruleFiles ? { ruleFiles: options.ruleFiles } : {}), ...(options.profile ? { profile: options.profile } : {}) };
  // Rules this function loads itself are read through the cache's compiled packs.
  const loadsRules = !options.ruleSet || options.ruleSourceFor !== undefined;
  const packs = options.cacheFolder !== undefined && loadsRules ? (await AuditCache.open(options.cacheFolder, TOOL_VERSION)).compiledPacks : undefined;
  const ruleSet = options.ruleSet ?? (await loadRuleSet(loadOptions, packs));
  const ruleSource = options.ruleSource ?? (options.ruleSet ? undefined : loadOptions);
  const discovered = await discoverInputs(paths, options.discover);
  const { shard } = options;
  const files = shard ? discovered.files.filter((file) => inShard(file.display, shard)) : discovered.files;
  const problems = shard ? discovered.problems.filter((problem) => inShard(problem.display, shard)) : discovered.problems;
  const jobs = options.jobs ?? Math.min(4, availableParallelism());
  const groups = await groupByRules(files, { ruleSet, ...(ruleSource ? { ruleSource } : {}) }, options.ruleSourceFor, packs);
  let done = 0;
  options.onProgress?.({ done, total: files.length });
  const audited: DocumentReport[] = [];
  // One group at a time, each with its own workers (they are handed the group's rules).
  for (const group of groups) {
    const auditor = await createAuditor({
      ruleSet: group.ruleSet,
      jobs,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.cacheFolder !== undefined ? { cacheFolder: options.cacheFolder } : {}),
    });
    try {
      const documents = await mapWithLimit(group.files, jobs, async (file) => {
        const document = await auditor.audit(file);
        options.onDocument?.(document);
        options.onProgress?.({ done: ++done, total: files.length, path: file.display });
        return document;
      });
      audited.push(...documents);
    } finally {
      await auditor.close();
    }
  }
  // The header names the batch's own rule set, whatever other rules some documents had.
  return buildReport(ruleSet, audited, problems);
}

/** The report of a batch: documents (audited and unreadable) sorted by path, and the summary. */
function buildReport(ruleSet: RuleSet, audited: readonly DocumentReport[], problems: ReadonlyArray<{ display: string; message: string }>): AuditReport {
  const missing: DocumentReport[] = problems.map((problem) => ({ path: problem.display, status: 'unreadable', error: { code: 'READ_ERROR', message: problem.message } }));
  const documents = [...audited, ...missing].sort((a, b) => compareText(a.path, b.path));
  return {
    schemaVersion: 1,
    tool: { name: 'contract-audit', version: TOOL_VERSION },
    ruleset: { name: ruleSet.name, profile: ruleSet.profile, rules: ruleSet.rules.length },
    documents,
    summary: summarise(documents),
  };
}
