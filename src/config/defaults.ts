import { DEFAULT_FAIL_POLICY } from '../model/index.js';
import { DEFAULT_PROFILE } from '../ruleset/index.js';
import type { Settings } from './settings.js';

/**
 * Built-in settings, the bottom of "defaults < configuration file < command line". The limits are
 * in the command line's units (MiB, seconds) and match the audit's own defaults.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  profile: DEFAULT_PROFILE,
  rules: [],
  overrides: [],
  failOn: DEFAULT_FAIL_POLICY.failOn,
  severity: DEFAULT_FAIL_POLICY.severity,
  include: [],
  exclude: [],
  limits: { maxFileSize: 50, maxPages: 2000, maxInflatedSize: 200, timeout: 60 },
  paths: [],
  waivers: [],
});

/** Allowed ranges of the limits, shared by the configuration reader and the command line. */
export const LIMIT_RANGES = {
  maxFileSize: { min: 1, max: 4096, integer: true },
  maxPages: { min: 1, max: 1_000_000, integer: true },
  maxInflatedSize: { min: 1, max: 65_536, integer: true },
  // Fractions of a second are allowed; above 0, at most a day.
  timeout: { min: 0, max: 86_400, integer: false },
  jobs: { min: 1, max: 64, integer: true },
} as const;
