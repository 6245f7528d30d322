import { isScalar } from 'yaml';
import type { YamlFile } from '../ruleset/index.js';

export { enumValue } from '../ruleset/index.js';

/** A number in a range (whole, and inclusive, when `integer`; else above `min`), or undefined after reporting. */
export function numberIn(file: YamlFile, node: unknown, what: string, range: { min: number; max: number; integer: boolean }): number | undefined {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'number' && (range.integer ? Number.isInteger(value) && value >= range.min : value > range.min) && value <= range.max) return value;
  file.report(node, range.integer ? `${what} must be a whole number from ${range.min} to ${range.max}` : `${what} must be a number above ${range.min} and at most ${range.max}`);
  return undefined;
}

/** true or false, or undefined after reporting. */
export function booleanValue(file: YamlFile, node: unknown, what: string): boolean | undefined {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value;
  file.report(node, `${what} must be true or false`);
  return undefined;
}

/** A calendar date written YYYY-MM-DD, or undefined after reporting. */
export function dateValue(file: YamlFile, node: unknown, what: string): string | undefined {
  // A date written without quotes is still a string: the reader uses YAML 1.2, which has no timestamps.
  const value = isScalar(node) ? String(node.value) : '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  // Date.UTC rolls 2027-02-30 over to March; comparing back catches days that do not exist.
  if (date && date.toISOString().slice(0, 10) === value) return value;
  file.report(node, `${what} must be a date written YYYY-MM-DD, such as 2027-06-30, not '${value}'`);
  return undefined;
}
