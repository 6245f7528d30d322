export { loadRuleSet, readPackFile, bundledRuleFiles, applyProfile, knownProfiles, BUILT_IN_PROFILES, DEFAULT_PROFILE, BUNDLED_RULES_DIR } from './load.js';
export type { LoadRuleSetOptions } from './load.js';
export { readPack } from './read-pack.js';
export type { RulePack, PackResult } from './read-pack.js';
export { RuleSetError, formatProblem } from './problems.js';
export type { RuleFileProblem } from './problems.js';
