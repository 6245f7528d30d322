import { describe, expect, it } from 'vitest';
import * as outcome from '../../src/audit/outcome.js';
import { DEFAULT_FAIL_POLICY, isFailing, type FailPolicy, type ProtectionStatus, type Severity } from '../../src/model/index.js';

const finding = (status: ProtectionStatus, severity: Severity, waived = false) => ({ status, severity, ...(waived ? { waiver: { reason: 'accepted' } } : {}) });

describe('isFailing', () => {
  it.each<[string, ProtectionStatus, Severity, FailPolicy, boolean]>([
    ['missing major under the default', 'missing', 'major', DEFAULT_FAIL_POLICY, true],
    ['missing critical under the default', 'missing', 'critical', DEFAULT_FAIL_POLICY, true],
    ['missing minor below the default threshold', 'missing', 'minor', DEFAULT_FAIL_POLICY, false],
    ['indeterminate fails like missing', 'indeterminate', 'major', DEFAULT_FAIL_POLICY, true],
    ['ambiguous under fail-on missing', 'ambiguous', 'critical', DEFAULT_FAIL_POLICY, false],
    ['ambiguous under fail-on ambiguous', 'ambiguous', 'major', { failOn: 'ambiguous', severity: 'major' }, true],
    ['ambiguous minor under fail-on ambiguous, major', 'ambiguous', 'minor', { failOn: 'ambiguous', severity: 'major' }, false],
    ['missing minor at threshold minor', 'missing', 'minor', { failOn: 'missing', severity: 'minor' }, true],
    ['missing major at threshold critical', 'missing', 'major', { failOn: 'missing', severity: 'critical' }, false],
    ['present never', 'present', 'critical', { failOn: 'ambiguous', severity: 'minor' }, false],
    ['nothing under fail-on none', 'missing', 'critical', { failOn: 'none', severity: 'minor' }, false],
  ])('%s', (_, status, severity, policy, expected) => {
    expect(isFailing(finding(status, severity), policy)).toBe(expected);
  });

  it('never fails a waived gap', () => {
    expect(isFailing(finding('missing', 'critical', true), { failOn: 'ambiguous', severity: 'minor' })).toBe(false);
  });

  it('is the policy the audit layer decides exit codes with', () => {
    expect(DEFAULT_FAIL_POLICY).toEqual({ failOn: 'missing', severity: 'major' });
    expect(outcome.DEFAULT_FAIL_POLICY).toBe(DEFAULT_FAIL_POLICY);
  });
});
