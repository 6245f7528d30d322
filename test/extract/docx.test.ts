import { describe, expect, it } from 'vitest';
import { htmlToLines, readDocx } from '../../src/extract/docx.js';

describe('htmlToLines', () => {
  it('reads headings with their levels, paragraphs, and list items marked "- " like Markdown bullets', () => {
    const html = [
      '<h1>Master Services Agreement</h1>',
      '<p>This Agreement is made between the Provider and the Client.</p>',
      '<h2>1. Services</h2>',
      '<h3>1.1 Monitoring</h3>',
      '<p>The Provider shall provide:</p>',
      '<ul><li>server monitoring;</li><li>patch management.</li></ul>',
    ].join('');
    expect(htmlToLines(html)).toEqual([
      { text: 'Master Services Agreement', style: 'heading', level: 1 },
      { text: 'This Agreement is made between the Provider and the Client.', style: 'paragraph' },
      { text: '1. Services', style: 'heading', level: 2 },
      { text: '1.1 Monitoring', style: 'heading', level: 3 },
      { text: 'The Provider shall provide:', style: 'paragraph' },
      { text: '- server monitoring;', style: 'list-item' },
      { text: '- patch management.', style: 'list-item' },
    ]);
  });

  it('gives each item of a nested list its own line', () => {
    const html = '<ol><li>The Provider shall:<ol><li>back up servers nightly;</li><li>test restores quarterly;</li></ol></li><li>The Client shall pay.</li></ol>';
    expect(htmlToLines(html)).toEqual([
      { text: '- The Provider shall:', style: 'list-item' },
      { text: '- back up servers nightly;', style: 'list-item' },
      { text: '- test restores quarterly;', style: 'list-item' },
      { text: '- The Client shall pay.', style: 'list-item' },
    ]);
  });

  it('joins table cells with " | ", one line per row', () => {
    const html = [
      '<table>',
      '<tr><th><p>Service</p></th><th><p>Monthly Fee</p></th></tr>',
      '<tr><td><p>Help desk</p></td><td><p>$500</p></td></tr>',
      '<tr><td><p>Backups</p><p>(servers only)</p></td><td></td></tr>',
      '</table>',
      '<p>Fees exclude VAT.</p>',
    ].join('');
    expect(htmlToLines(html)).toEqual([
      { text: 'Service | Monthly Fee', style: 'paragraph' },
      { text: 'Help desk | $500', style: 'paragraph' },
      { text: 'Backups (servers only)', style: 'paragraph' },
      { text: 'Fees exclude VAT.', style: 'paragraph' },
    ]);
  });

  it.each([
    ['&amp;', 'Fees &amp; Charges', 'Fees & Charges'],
    ['&lt; and &gt;', 'response time &lt; 4 hours &gt; 99% of the time', 'response time < 4 hours > 99% of the time'],
    ['&quot;', '&quot;Services&quot; means the managed services', '"Services" means the managed services'],
    ['&#39; and &apos;', 'the Provider&#39;s and the Client&apos;s obligations', "the Provider's and the Client's obligations"],
    ['decimal references', 'the Provider&#8217;s staff', 'the Provider\u2019s staff'],
    ['hex references', '&#x201C;Fees&#x201D;', '\u201CFees\u201D'],
    ['&nbsp;', 'Section&nbsp;4', 'Section 4'],
    ['an escaped entity (decoded once only)', 'write &amp;lt;tag&amp;gt; literally', 'write &lt;tag&gt; literally'],
  ])('decodes %s', (_name, inner, text) => {
    expect(htmlToLines(`<p>${inner}</p>`)).toEqual([{ text, style: 'paragraph' }]);
  });

  it('drops inline markup and anchors but keeps their text', () => {
    const html = '<h2><a id="_Toc1"></a>8. <strong>Confidentiality</strong></h2><p>Each party shall <em>keep</em> the <a href="#x">other</a> party&#39;s information secret.</p>';
    expect(htmlToLines(html)).toEqual([
      { text: '8. Confidentiality', style: 'heading', level: 2 },
      { text: "Each party shall keep the other party's information secret.", style: 'paragraph' },
    ]);
  });

  it('turns line breaks into spaces', () => {
    expect(htmlToLines('<p>Ironbridge Technology Partners, LLC<br />4410 Commerce Park Drive</p>')).toEqual([
      { text: 'Ironbridge Technology Partners, LLC 4410 Commerce Park Drive', style: 'paragraph' },
    ]);
  });

  it('drops empty paragraphs and trims whitespace', () => {
    expect(htmlToLines('<p></p><p>   </p><p>  Fees are due monthly.  </p><li> </li>')).toEqual([{ text: 'Fees are due monthly.', style: 'paragraph' }]);
  });

  it('keeps loose text as a paragraph', () => {
    expect(htmlToLines('Signed for the Provider')).toEqual([{ text: 'Signed for the Provider', style: 'paragraph' }]);
  });

  it('does not mistake similarly named tags for structure', () => {
    expect(htmlToLines('<p>Fees are <b>fixed</b> and <pre>not</pre> indexed.</p>')).toEqual([{ text: 'Fees are fixed and not indexed.', style: 'paragraph' }]);
  });
});

describe('readDocx', () => {
  it('reports bytes that are not a Word package as a corrupt DOCX', async () => {
    const result = await readDocx(new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip archive', 'latin1')));
    expect(result).toMatchObject({ code: 'CORRUPT', format: 'docx' });
  });
});
