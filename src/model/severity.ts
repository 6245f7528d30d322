/** How much a gap in a protection exposes the provider. */
export type Severity = 'critical' | 'major' | 'minor';

/** Every severity, most serious first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

/** Higher is more serious; used for thresholds such as `--severity major`. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 3, major: 2, minor: 1 };

/** True when `severity` is at least as serious as `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
