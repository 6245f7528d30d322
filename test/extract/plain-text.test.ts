import { describe, expect, it } from 'vitest';
import { readPlainText } from '../../src/extract/plain-text.js';

const markdown = (text: string) => readPlainText(text, 'markdown').lines;
const plain = (text: string) => readPlainText(text, 'text').lines;

describe('readPlainText (markdown)', () => {
  it.each([
    ['# Master Services Agreement', 'Master Services Agreement', 1],
    ['## 11. Limitation of Liability', '11. Limitation of Liability', 2],
    ['### 11.2 Cap ###', '11.2 Cap', 3],
    ['   #### Service Credits', 'Service Credits', 4],
    ['###### Notes', 'Notes', 6],
    ['## **Fees** and `Payment`', 'Fees and Payment', 2],
  ])('reads %j as a heading', (line, text, level) => {
    expect(markdown(line)).toEqual([{ text, style: 'heading', level, breakBefore: true }]);
  });

  it.each([
    ['#Fees', '#Fees'],
    ['####### Too deep', '####### Too deep'],
  ])('does not read %j as a heading', (line, text) => {
    expect(markdown(line)).toEqual([{ text, breakBefore: true }]);
  });

  it('reads bullets as list items with a uniform "- " marker', () => {
    expect(markdown('- monitoring of servers\n* patch management\n+ nightly backups\n- [x] help desk\n  - nested item')).toEqual([
      { text: '- monitoring of servers', style: 'list-item', breakBefore: true },
      { text: '- patch management', style: 'list-item' },
      { text: '- nightly backups', style: 'list-item' },
      { text: '- help desk', style: 'list-item' },
      { text: '- nested item', style: 'list-item' },
    ]);
  });

  it('reads numbered lines as list items and keeps their numbers', () => {
    expect(markdown('1. The Provider shall respond within one hour.\n2) The Client shall report incidents promptly.')).toEqual([
      { text: '1. The Provider shall respond within one hour.', style: 'list-item', breakBefore: true },
      { text: '2) The Client shall report incidents promptly.', style: 'list-item' },
    ]);
  });

  it('leaves a numbered line written in capitals unstyled, so it can still be read as a heading', () => {
    expect(markdown('3. DEFINITIONS')).toEqual([{ text: '3. DEFINITIONS', breakBefore: true }]);
  });

  it('turns table rows into " | " rows and drops the rule', () => {
    const table = '| Service | Monthly Fee |\n|:--------|------------:|\n| **Help desk** | $500 |\n| Backups |  |';
    expect(markdown(table)).toEqual([
      { text: 'Service | Monthly Fee', style: 'paragraph', breakBefore: true },
      { text: 'Help desk | $500', style: 'paragraph' },
      { text: 'Backups', style: 'paragraph' },
    ]);
  });

  it('strips YAML front matter', () => {
    const text = '---\ntitle: Managed Services Agreement\nstamp: CONFIDENTIAL\n---\n# Managed Services Agreement\n\nThe parties agree as follows.\n';
    expect(markdown(text)).toEqual([
      { text: 'Managed Services Agreement', style: 'heading', level: 1, breakBefore: true },
      { text: 'The parties agree as follows.', breakBefore: true },
    ]);
  });

  it('strips front matter written with CRLF line endings and a byte order mark', () => {
    const text = '\uFEFF---\r\ntitle: Terms\r\n---\r\nThe parties agree.\r\n';
    expect(markdown(text)).toEqual([{ text: 'The parties agree.', breakBefore: true }]);
  });

  it('keeps a later thematic break out of the text without treating it as front matter', () => {
    expect(markdown('The parties agree.\n\n---\n\nSigned for the Provider.')).toEqual([
      { text: 'The parties agree.', breakBefore: true },
      { text: 'Signed for the Provider.', breakBefore: true },
    ]);
  });

  it.each([
    ['bold', 'The **Provider** shall __not__ subcontract.', 'The Provider shall not subcontract.'],
    ['emphasis', 'The *Client* shall pay _all_ invoices.', 'The Client shall pay all invoices.'],
    ['code', 'Services are listed in `Schedule 1`.', 'Services are listed in Schedule 1.'],
    ['links', 'See the [Service Levels](https://example.com/sla) annex.', 'See the Service Levels annex.'],
    ['images', 'Signed ![signature](sig.png) by the Provider.', 'Signed  by the Provider.'],
    ['comments', 'Fees are fixed.<!-- check with finance --> No increase applies.', 'Fees are fixed. No increase applies.'],
    ['escapes', 'Rates are 2 \\* the list price \\(excluding VAT\\).', 'Rates are 2 * the list price (excluding VAT).'],
    ['block quotes', '> The Provider shall keep backups for 30 days.', 'The Provider shall keep backups for 30 days.'],
  ])('strips inline %s', (_name, line, text) => {
    expect(markdown(line)).toEqual([{ text, breakBefore: true }]);
  });

  it('leaves underscores inside words alone', () => {
    expect(markdown('Logs are written to audit_log_file daily.')).toEqual([{ text: 'Logs are written to audit_log_file daily.', breakBefore: true }]);
  });

  it('breaks after a heading and after blank lines, but not between lines of one paragraph', () => {
    expect(markdown('## 2. Services\nThe Provider shall monitor\nthe Covered Devices.\n\nThe Client shall pay.')).toEqual([
      { text: '2. Services', style: 'heading', level: 2, breakBefore: true },
      { text: 'The Provider shall monitor', breakBefore: true },
      { text: 'the Covered Devices.' },
      { text: 'The Client shall pay.', breakBefore: true },
    ]);
  });

  it('reports no pages and no unreadable pages', () => {
    const raw = readPlainText('# Terms', 'markdown');
    expect(raw.pages).toBeUndefined();
    expect(raw.unreadablePages).toEqual([]);
  });
});

describe('readPlainText (plain text)', () => {
  it('separates paragraphs by blank lines and keeps wrapped lines together', () => {
    const text = 'The Provider shall monitor the Covered Devices\nand respond to alerts.\n\n\nThe Client shall pay the Fees.\n';
    expect(plain(text)).toEqual([
      { text: 'The Provider shall monitor the Covered Devices', breakBefore: true },
      { text: 'and respond to alerts.' },
      { text: 'The Client shall pay the Fees.', breakBefore: true },
    ]);
  });

  it.each([
    ['CRLF', 'Fees are due.\r\nLate fees apply.\r\n\r\nTax is extra.'],
    ['CR', 'Fees are due.\rLate fees apply.\r\rTax is extra.'],
  ])('handles %s line endings', (_name, text) => {
    expect(plain(text).map((line) => [line.text, line.breakBefore === true])).toEqual([
      ['Fees are due.', true],
      ['Late fees apply.', false],
      ['Tax is extra.', true],
    ]);
  });

  it('treats lines of only whitespace as blank', () => {
    expect(plain('Fees are due.\n   \t\nTax is extra.').map((line) => line.breakBefore)).toEqual([true, true]);
  });

  it('gives no styles and keeps markdown syntax as text', () => {
    expect(plain('\uFEFF# Not a heading\n- not a list item\n**not bold**')).toEqual([
      { text: '# Not a heading', breakBefore: true },
      { text: '- not a list item' },
      { text: '**not bold**' },
    ]);
  });

  it('keeps front matter in plain text', () => {
    expect(plain('---\ntitle: Terms\n---\nBody').map((line) => line.text)).toEqual(['---', 'title: Terms', '---', 'Body']);
  });
});

describe('drafting blanks in Markdown', () => {
  it('keeps runs of underscores as blanks while removing emphasis', () => {
    const lines = readPlainText('Fee due within ____ days, see __Schedule 1__ and **Annex A** or ___.', 'markdown').lines;
    expect(lines.map((line) => line.text)).toEqual(['Fee due within ____ days, see Schedule 1 and Annex A or ___.']);
  });
});
