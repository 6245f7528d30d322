export { loadRuleSet, loadRuleCatalog, selectRules, readPackFile, bundledRuleFiles, bundledPackNames, applyProfile, knownProfiles, BUILT_IN_PROFILES, DEFAULT_PROFILE, BUNDLED_RULES_DIR } from './load.js';
export type { LoadRuleSetOptions, RuleCatalog } from './load.js';
export { checkRuleSettings } from './rule-settings.js';
export type { RuleSetting } from './rule-settings.js';
export { readPack } from './read-pack.js';
export type { RulePack, PackResult } from './read-pack.js';
export { RuleSetError, formatProblem, suggest } from './problems.js';
export type { RuleFileProblem } from './problems.js';
export { YamlFile } from './yaml-file.js';
