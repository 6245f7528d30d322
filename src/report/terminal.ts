import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport, AuditedDocumentReport, Finding, ProtectionStatus, UnreadableDocumentReport } from '../model/index.js';
import { formatPortfolio } from './portfolio.js';
import { DOCUMENT_FORMAT_NAMES, STATUS_MARKS, STATUS_ORDER, describeLocation } from './vocabulary.js';
import { wrap } from './wrap.js';

/** Options for the terminal format. */
export interface TerminalOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** Line width to wrap at. */
  width: number;
  /** Print only the portfolio matrix and the summary, not each document's findings. */
  summaryOnly?: boolean;
}

const HEADINGS: Record<ProtectionStatus, string> = { missing: 'MISSING', indeterminate: 'INDETERMINATE', ambiguous: 'AMBIGUOUS', present: 'PRESENT' };

function paint(chalk: ChalkInstance, status: ProtectionStatus, text: string): string {
  switch (status) {
    case 'missing':
      return chalk.red(text);
    case 'indeterminate':
      return chalk.magenta(text);
    case 'ambiguous':
      return chalk.yellow(text);
    case 'present':
      return chalk.green(text);
  }
}

function formatFinding(finding: Finding, chalk: ChalkInstance, width: number): string[] {
  const mark = STATUS_MARKS[finding.status];
  const head = wrap(`${finding.title} [${finding.severity}] ${finding.ruleId}`, width, '    ', `  ${mark} `);
  const lines = [chalk.bold(head).replace(mark, paint(chalk, finding.status, mark))];
  const body = '      ';
  if (finding.status !== 'present') lines.push(wrap(finding.message, width, body));
  if (finding.waiver) lines.push(chalk.magenta(wrap(`Waived${finding.waiver.expires !== undefined ? ` until ${finding.waiver.expires}` : ''}: ${finding.waiver.reason}`, width, body)));
  for (const evidence of finding.evidence) {
    lines.push(chalk.cyan(wrap(`"${evidence.text}"`, width, body)), chalk.dim(wrap(`— ${describeLocation(evidence)}`, width, `${body}  `, body)));
  }
  for (const miss of finding.nearMisses ?? []) {
    lines.push(chalk.dim(wrap(`Closest: "${miss.text}" (${describeLocation(miss)})`, width, `${body}  `, body)), wrap(`→ ${miss.reason}`, width, `${body}  `));
  }
  if (finding.status !== 'present') lines.push(chalk.dim(wrap(`Fix: ${finding.remediation}`, width, `${body}     `, body)));
  return lines;
}

function formatAudited(document: AuditedDocumentReport, profile: string, chalk: ChalkInstance, width: number): string[] {
  const facts = [DOCUMENT_FORMAT_NAMES[document.format], document.pages !== undefined ? `${document.pages} page${document.pages === 1 ? '' : 's'}` : null, `profile ${profile}`].filter(Boolean).join(', ');
  const lines = [`${chalk.bold.underline(document.path)} ${chalk.dim(`(${facts})`)}`];
  if (document.unreadablePages) {
    const pages = document.unreadablePages.map((page) => page.page);
    lines.push(chalk.magenta(wrap(`${pages.length === 1 ? 'Page' : 'Pages'} ${pages.join(', ')} could not be read (${document.unreadablePages[0]?.reason}).`, width, '  ')));
  }
  for (const status of STATUS_ORDER) {
    const findings = document.findings.filter((finding) => finding.status === status);
    if (findings.length === 0) continue;
    lines.push('', paint(chalk, status, chalk.bold(` ${HEADINGS[status]} (${findings.length})`)));
    for (const finding of findings) lines.push(...formatFinding(finding, chalk, width));
  }
  return lines;
}

function formatUnreadable(document: UnreadableDocumentReport, chalk: ChalkInstance, width: number): string[] {
  return [
    `${chalk.bold.underline(document.path)} ${chalk.dim(`(${document.format ? DOCUMENT_FORMAT_NAMES[document.format] : 'unknown format'})`)}`,
    chalk.red(wrap(`✗ unreadable [${document.error.code}]: ${document.error.message}`, width, '    ', '  ')),
  ];
}

/** The human-readable report: per document, missing first, then ambiguous, then present. */
export function formatTerminal(report: AuditReport, options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(40, options.width);
  const portfolio = report.documents.length > 1 || options.summaryOnly === true ? `${chalk.bold('Portfolio')}\n${formatPortfolio(report, width)}` : '';
  if (options.summaryOnly === true) return `${portfolio}\n${formatSummary(report, chalk, width)}\n`;
  const blocks = report.documents.map((document) =>
    (document.status === 'audited' ? formatAudited(document, report.ruleset.profile, chalk, width) : formatUnreadable(document, chalk, width)).join('\n'),
  );
  return `${blocks.join('\n\n')}\n\n${portfolio ? `${portfolio}\n` : ''}${formatSummary(report, chalk, width)}\n`;
}

/** "Summary: 2 documents · 1 audited · ...", wrapped between items to fit the width. */
function formatSummary(report: AuditReport, chalk: ChalkInstance, width: number): string {
  const { summary } = report;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const items: Array<[string, (text: string) => string]> = [
    [plural(summary.documents, 'document'), (text) => text],
    [`${summary.audited} audited`, (text) => text],
    [`${summary.unreadable} unreadable`, summary.unreadable > 0 ? chalk.red : (text) => text],
    [`${summary.present} present`, chalk.green],
    [`${summary.ambiguous} ambiguous`, chalk.yellow],
    [`${summary.missing} missing`, chalk.red],
    ...(summary.indeterminate > 0 ? [[`${summary.indeterminate} indeterminate`, chalk.magenta] as [string, (text: string) => string]] : []),
  ];
  const lines: string[] = [];
  let plain = 'Summary:';
  let coloured = chalk.bold('Summary:');
  items.forEach(([text, colour], index) => {
    const separator = index === 0 ? ' ' : ' · ';
    if (plain.length + separator.length + text.length > width) {
      lines.push(index === 0 ? coloured : `${coloured} ·`);
      plain = `  ${text}`;
      coloured = `  ${colour(text)}`;
    } else {
      plain += separator + text;
      coloured += separator + colour(text);
    }
  });
  lines.push(coloured);
  return lines.join('\n');
}
