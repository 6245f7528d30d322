import picomatch from 'picomatch';
import type { AuditReport, Waiver } from '../model/index.js';

/** A waiver past its expiry date that still covers a gap: it fails the run. */
export interface ExpiredWaiver {
  waiver: Waiver;
  path: string;
  ruleId: string;
}

/** A report with waivers applied, and what they did. */
export interface WaiverOutcome {
  report: AuditReport;
  expired: ExpiredWaiver[];
  /** Waivers that covered no gap in this run (candidates for removal). */
  unused: Waiver[];
}

function matcherFor(waiver: Waiver): (path: string) => boolean {
  if (waiver.path === undefined) return () => true;
  // Like --include: a glob without "/" matches a file name at any depth.
  return picomatch(waiver.path, { dot: true, basename: !waiver.path.includes('/') });
}

/**
 * Marks the gaps (missing, ambiguous, indeterminate findings) that a waiver covers, by rule id or
 * category and path glob. A waiver whose `expires` day (YYYY-MM-DD) is before `today` no longer
 * covers anything; each gap it would have covered is returned as expired. `pathFor` gives the
 * path a waiver's glob is matched against (e.g. relative to the configuration file; default: the
 * report's path); a document it gives no path for is covered only by waivers without `path`.
 */
export function applyWaivers(report: AuditReport, waivers: readonly Waiver[], today: string, pathFor: (path: string) => string | undefined = (path) => path): WaiverOutcome {
  const matchers = waivers.map((waiver) => ({ waiver, matches: matcherFor(waiver), used: false }));
  const expired: ExpiredWaiver[] = [];
  const documents = report.documents.map((document) => {
    if (document.status !== 'audited') return document;
    const findings = document.findings.map((finding) => {
      if (finding.status === 'present') return finding;
      const path = pathFor(document.path);
      const covering = matchers.filter((entry) => (entry.waiver.rule === finding.ruleId || entry.waiver.rule === finding.category) && (entry.waiver.path === undefined || (path !== undefined && entry.matches(path))));
      for (const entry of covering) entry.used = true;
      const live = covering.find((entry) => entry.waiver.expires === undefined || entry.waiver.expires >= today);
      if (live) return { ...finding, waiver: { reason: live.waiver.reason, ...(live.waiver.expires !== undefined ? { expires: live.waiver.expires } : {}) } };
      for (const entry of covering) expired.push({ waiver: entry.waiver, path: document.path, ruleId: finding.ruleId });
      return finding;
    });
    return { ...document, findings };
  });
  return { report: { ...report, documents }, expired, unused: matchers.filter((entry) => !entry.used).map((entry) => entry.waiver) };
}
