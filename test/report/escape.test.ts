import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeWorkflowData, escapeWorkflowProperty, escapeXml, escapeXmlAttribute } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves ordinary text, non-ASCII and lone colons alone', () => {
    expect(escapeHtml('9. Limitation of Liability — §4: “fees”, ✓')).toBe('9. Limitation of Liability — §4: “fees”, ✓');
    expect(escapeHtml('')).toBe('');
  });

  it('escapes an ampersand once, so existing references are shown, not decoded', () => {
    expect(escapeHtml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('neutralises a script tag and an attribute break-out', () => {
    const hostile = `contracts/<script>alert("x")</script>" onmouseover='y'.pdf`;
    const escaped = escapeHtml(hostile);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(escaped).toBe('contracts/&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot; onmouseover=&#39;y&#39;.pdf');
  });

  it('writes the colon of a URL scheme as a reference, so the output holds no URL', () => {
    const escaped = escapeHtml('See https://example.com/dpa and http://x.test or ftp://y.');
    expect(escaped).toBe('See https&#58;//example.com/dpa and http&#58;//x.test or ftp&#58;//y.');
    expect(escaped).not.toMatch(/https?:\/\//);
  });
});

describe('escapeHtml on any text', () => {
  const decode = (html: string): string => html.replace(/&(amp|lt|gt|quot|#39|#58);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#58': ':' })[name] ?? '');

  it('leaves no markup character and decodes back to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", ':', '/', 'a', ';', '#', 'é', ' ') }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']|:\/\//);
        expect(decode(escaped)).toBe(text);
      }),
    );
  });
});

describe('escapeXml and escapeXmlAttribute', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a b="c" d='e'>&</a>`)).toBe('&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 cannot hold and keeps the rest, astral characters included', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh');
    expect(escapeXml('tab\tline\ncr\r 😀 é')).toBe('tab\tline\ncr\r 😀 é');
  });

  it('writes tabs and line breaks in attributes as references, so parsers keep them', () => {
    expect(escapeXmlAttribute('a\tb\r\nc"<')).toBe('a&#9;b&#13;&#10;c&quot;&lt;');
    expect(escapeXmlAttribute('x\u0001y')).toBe('xy');
  });
});

describe('escapeMarkdown', () => {
  it('backslash-escapes what could become markup, a table cell break or maths', () => {
    expect(escapeMarkdown('a|b *c* _d_ `e` [f](g) <h> #i ~j~ & $k$ !l \\m')).toBe('a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\]\\(g\\) \\<h\\> \\#i \\~j\\~ \\& \\$k\\$ \\!l \\\\m');
  });

  it('folds line breaks into spaces and drops control characters', () => {
    expect(escapeMarkdown('one\r\n  two\nthree\u0007\u0000.')).toBe('one two three.');
    expect(escapeMarkdown('9. Liability — “fees”, ✓')).toBe('9. Liability — “fees”, ✓');
  });
});

describe('escapeWorkflowData and escapeWorkflowProperty', () => {
  it('percent-encodes what would end a command or its properties', () => {
    expect(escapeWorkflowData('100%\r\n::error::x, y: z')).toBe('100%25%0D%0A::error::x, y: z');
    expect(escapeWorkflowProperty('100%\r\n::error::x, y: z')).toBe('100%25%0D%0A%3A%3Aerror%3A%3Ax%2C y%3A z');
  });

  it('decodes back to the input in the order GitHub decodes', () => {
    const decode = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('%', '2', '5', 'A', '0', 'D', ':', ',', '\r', '\n', 'x') }), (text) => {
        const escaped = escapeWorkflowProperty(text);
        expect(escaped).not.toMatch(/[\r\n:,]/);
        expect(decode(escaped)).toBe(text);
      }),
    );
  });
});
