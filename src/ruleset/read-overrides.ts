import { isMap, isScalar, type Pair } from 'yaml';
import type { ProfileOverride, Severity, SourcePosition } from '../model/index.js';
import { SEVERITIES } from '../model/index.js';
import { suggest } from './problems.js';
import type { YamlFile } from './yaml-file.js';

/** A change to a rule from another pack (a team's file), applied after all packs are loaded. */
export interface RuleOverride extends ProfileOverride {
  ruleId: string;
  profiles: Record<string, ProfileOverride>;
  position: SourcePosition;
}

/** Reads `{severity?, enabled?}` plus any extra keys the caller allows. */
function readSeverityAndEnabled(file: YamlFile, fields: Map<string, Pair<unknown, unknown>>): ProfileOverride {
  const override: ProfileOverride = {};
  const severityNode = fields.get('severity')?.value;
  if (fields.has('severity')) {
    const value = file.string(severityNode, "'severity'");
    if (value !== undefined && (SEVERITIES as readonly string[]).includes(value)) override.severity = value as Severity;
    else if (value !== undefined) {
      const hint = suggest(value, SEVERITIES);
      file.report(severityNode, `'severity' must be one of ${SEVERITIES.join(', ')}, not '${value}'${hint ? ` - did you mean '${hint}'?` : ''}`);
    }
  }
  if (fields.has('enabled')) {
    const value = fields.get('enabled')?.value;
    if (isScalar(value) && typeof value.value === 'boolean') override.enabled = value.value;
    else file.report(value, "'enabled' must be true or false");
  }
  return override;
}

/** `profiles:` of a rule or an override: profile name -> {severity?, enabled?}. */
export function readProfiles(file: YamlFile, node: unknown): Record<string, ProfileOverride> {
  const profiles: Record<string, ProfileOverride> = {};
  // Profile names are open-ended (a user's file may add one), so only their contents are checked.
  if (!isMap(node)) {
    file.report(node, "'profiles' must map profile names to overrides");
    return profiles;
  }
  for (const pair of node.items as Array<Pair<unknown, unknown>>) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const fields = file.pairs(pair.value, ['severity', 'enabled'], `profile '${name}'`);
    if (fields) profiles[name] = readSeverityAndEnabled(file, fields);
  }
  return profiles;
}

/**
 * `overrides:` of a pack: rule id -> {severity?, enabled?, profiles?}. Lets a team change one
 * bundled rule without copying its pack.
 */
export function readOverrides(file: YamlFile, node: unknown): RuleOverride[] {
  if (!isMap(node)) {
    file.report(node, "'overrides' must map rule ids to {severity, enabled, profiles}");
    return [];
  }
  return (node.items as Array<Pair<unknown, unknown>>).flatMap((pair) => {
    const ruleId = isScalar(pair.key) ? String(pair.key.value) : '';
    const fields = file.pairs(pair.value, ['severity', 'enabled', 'profiles'], `override of '${ruleId}'`);
    if (!fields) return [];
    const profiles = fields.has('profiles') ? readProfiles(file, fields.get('profiles')?.value) : {};
    return [{ ruleId, ...readSeverityAndEnabled(file, fields), profiles, position: file.positionOf(pair.key) }];
  });
}
