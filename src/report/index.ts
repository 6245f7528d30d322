import type { AuditReport } from '../model/index.js';
import { formatCsv } from './csv.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatTerminal, type TerminalOptions } from './terminal.js';

export { formatJson } from './json.js';
export { formatCsv } from './csv.js';
export { formatHtml } from './html.js';
export { formatPortfolio, worstFirst } from './portfolio.js';
export { formatTerminal } from './terminal.js';
export { formatExtractedText } from './extracted-text.js';
export { formatRuleExplanation } from './explain.js';
export { formatAccuracy } from './accuracy.js';
export type { TerminalOptions } from './terminal.js';

/** Options every formatter receives; each uses what it needs. */
export type FormatOptions = TerminalOptions;

/** A formatter turns a report into text; it is pure. */
export type Formatter = (report: AuditReport, options: FormatOptions) => string;

/** Formatters by name, as accepted by `--format`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  terminal: formatTerminal,
  json: (report) => formatJson(report),
  csv: (report) => formatCsv(report),
  html: (report) => formatHtml(report),
};

/** Names accepted by `--format`. */
export const FORMAT_NAMES = Object.keys(FORMATTERS);
