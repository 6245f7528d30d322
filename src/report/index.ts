import type { AuditReport } from '../model/index.js';
import { formatCsv } from './csv.js';
import type { PolicyOptions } from './gaps.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTerminal, type TerminalOptions } from './terminal.js';

export { formatJson } from './json.js';
export { formatCsv } from './csv.js';
export { formatHtml } from './html.js';
export { formatPortfolio, worstFirst } from './portfolio.js';
export { formatTerminal } from './terminal.js';
export { formatExtractedText } from './extracted-text.js';
export { formatRuleExplanation } from './explain.js';
export { formatAccuracy } from './accuracy.js';
export { formatDiff, formatDiffJson } from './diff.js';
export { formatBaseline } from './baseline.js';
export { formatSarif } from './sarif.js';
export { formatJunit } from './junit.js';
export { formatMarkdown } from './markdown.js';
export { formatGithub } from './github.js';
export type { TerminalOptions } from './terminal.js';
export type { PolicyOptions } from './gaps.js';

/**
 * Options every formatter receives; each uses what it needs. The CI formats (`sarif`, `junit`,
 * `markdown`, `github`) mark findings that breach `failPolicy` (default: the default policy).
 */
export type FormatOptions = TerminalOptions & PolicyOptions;

/** A formatter turns a report into text; it is pure. */
export type Formatter = (report: AuditReport, options: FormatOptions) => string;

/** Formatters by name, as accepted by `--format`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  terminal: formatTerminal,
  json: (report) => formatJson(report),
  csv: (report) => formatCsv(report),
  html: (report) => formatHtml(report),
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  github: formatGithub,
};

/** Names accepted by `--format`. */
export const FORMAT_NAMES = Object.keys(FORMATTERS);
