import type { Rule } from '../model/index.js';
import { wrap } from './wrap.js';

/** Severity of the rule under each profile, or "off" where the profile disables it. */
function severityByProfile(rule: Rule, profiles: readonly string[]): string {
  return profiles
    .map((profile) => {
      const override = rule.profiles[profile];
      const enabled = override?.enabled ?? rule.enabled;
      return `${profile}: ${enabled ? (override?.severity ?? rule.severity) : 'off'}`;
    })
    .join(', ');
}

function bullets(items: readonly string[], width: number): string[] {
  return items.map((item) => wrap(item, width, '    ', '  - '));
}

/**
 * `contract-audit explain RULE_ID`: why the protection matters, what counts as present and as
 * ambiguous, and how to fix a gap, for a provider reading it in a terminal.
 */
export function formatRuleExplanation(rule: Rule, profiles: readonly string[], width = 100): string {
  const ambiguous = [
    ...rule.weakeners.map((weakener) => weakener.reason),
    ...rule.ambiguous.map((signal) => signal.reason ?? ''),
    ...(rule.checkPlaceholders ? ['A matching clause that still contains a placeholder or blank ([CLIENT], ____, TBD).'] : []),
    ...(rule.checkReferences ? ['A matching clause that relies on a schedule, exhibit or appendix that is not part of the document.'] : []),
  ].filter(Boolean);
  const present = rule.present.map((signal) => (signal.label ? `${signal.label[0]?.toUpperCase()}${signal.label.slice(1)}.` : 'A matching operative clause.'));
  const lines = [
    `${rule.title} (${rule.id})`,
    `Category: ${rule.category} · Severity: ${severityByProfile(rule, profiles)} · Pack: ${rule.pack}`,
    '',
    'Why it matters',
    wrap(rule.why, width, '  '),
    '',
    'Counts as present (in an operative sentence: not a heading, contents line, definition or stamp)',
    ...bullets(present, width),
    '',
    'Counts as ambiguous',
    ...bullets(ambiguous.length > 0 ? ambiguous : ['Nothing: the rule reports present or missing only.'], width),
    '',
    'Missing',
    wrap(rule.missingMessage, width, '  '),
    '',
    'How to fix a gap',
    wrap(rule.remediation, width, '  '),
  ];
  return `${lines.join('\n')}\n`;
}
