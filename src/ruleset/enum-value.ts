import { suggest } from './problems.js';
import type { YamlFile } from './yaml-file.js';

/** A string that must be one of `allowed`, or undefined after reporting (with a "did you mean"). */
export function enumValue<T extends string>(file: YamlFile, node: unknown, allowed: readonly T[], what: string): T | undefined {
  const value = file.string(node, what);
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const hint = suggest(value, allowed);
  file.report(node, `${what} must be one of ${allowed.join(', ')}, not '${value}'${hint ? ` - did you mean '${hint}'?` : ''}`);
  return undefined;
}
