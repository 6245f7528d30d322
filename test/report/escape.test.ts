import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape.js';

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
