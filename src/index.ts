/**
 * contract-audit as a library: everything the CLI does is callable from here.
 *
 * @example
 * ```ts
 * import { auditPaths, formatTerminal, exitCodeFor, DEFAULT_FAIL_POLICY } from 'contract-audit';
 *
 * const report = await auditPaths(['contracts/acme-msa.pdf'], { profile: 'msp' });
 * console.log(formatTerminal(report, { color: false, width: 100 }));
 * process.exitCode = exitCodeFor(report, DEFAULT_FAIL_POLICY);
 * ```
 */
export * from './model/index.js';
export { auditPaths, exitCodeFor, failingFindings, runRuleExamples, extractFile, DEFAULT_FAIL_POLICY, DEFAULT_LIMITS, DEFAULT_MAX_FILE_BYTES, TOOL_VERSION } from './audit/index.js';
export type { AuditOptions, FailOn, FailPolicy, AuditExitCode, ExampleResult, InputLimits, RuleSourceFor } from './audit/index.js';
export { createLock, formatLock, parseLock, LockFileError, LOCK_FILE_NAME, compareWithBaseline, acceptLockedGaps, applyWaivers, diffAgreements, diffFails, decideOutcome } from './audit/index.js';
export type { ExpiredWaiver, WaiverOutcome, RunOutcome, RunOutcomeOptions } from './audit/index.js';
export { extractDocument, isExtractionFailure } from './extract/index.js';
export type { ExtractOptions } from './extract/index.js';
export { evaluateDocument, combineStatuses } from './engine/index.js';
export type { DocumentEvaluation } from './engine/index.js';
export { loadRuleSet, readPack, readPackFile, RuleSetError, formatProblem, BUILT_IN_PROFILES, DEFAULT_PROFILE } from './ruleset/index.js';
export type { LoadRuleSetOptions, RuleFileProblem, RulePack, RuleSetting } from './ruleset/index.js';
export { loadConfig, findConfigFile, readConfig, mergeSettings, loadConfiguredRules, ruleSourceResolver, formatConfig, ConfigError, DEFAULT_SETTINGS, STARTER_CONFIG, CONFIG_FILE_NAMES } from './config/index.js';
export type { ConfigChoice, ConfigFile, EffectiveConfig, Settings, FileSettings, FlagSettings, PathSettings, Limits } from './config/index.js';
export { FORMATTERS, FORMAT_NAMES, formatJson, formatTerminal, formatExtractedText, formatSarif, formatJunit, formatMarkdown, formatGithub, formatDiff, formatDiffJson, formatBaseline } from './report/index.js';
export type { Formatter, FormatOptions, TerminalOptions } from './report/index.js';
