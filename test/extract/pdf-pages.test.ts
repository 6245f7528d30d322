import { describe, expect, it } from 'vitest';
import { toRawDocument } from '../../src/extract/pdf.js';

// toRawDocument receives the per-page text pdf-parse produced; these cases stand for a text
// layer with broken font encodings (replacement and private-use glyphs) and for image-only pages.
const readable = ['1. Services', 'The Provider shall provide the managed services described in Schedule 1.'];
const garbled = ['\uFFFD\uE001\uE002 \uE003\uFFFD\uE004 \uE005\uE006\uE007 \uFFFD\uE008\uE009 \uE00A\uE00B'];

describe('text-layer quality', () => {
  it('refuses a PDF whose whole text layer is garbled as NO_TEXT, saying why', () => {
    expect(toRawDocument([garbled, garbled])).toMatchObject({ code: 'NO_TEXT', message: expect.stringMatching(/garbled.*OCR/) });
  });

  it('refuses a PDF with no text at all as NO_TEXT (scanned)', () => {
    expect(toRawDocument([[], ['  ']])).toMatchObject({ code: 'NO_TEXT', message: expect.stringMatching(/no text layer.*OCR/) });
  });

  it('audits the readable pages and lists the garbled or empty ones as unreadable', () => {
    const result = toRawDocument([readable, garbled, []]);
    expect('code' in result).toBe(false);
    if ('code' in result) return;
    expect(result.unreadablePages).toEqual([
      { page: 2, reason: 'garbled text layer: broken font encoding' },
      { page: 3, reason: 'no text layer: scanned or image-only' },
    ]);
    expect(result.lines.map((line) => line.text)).toEqual(readable);
  });

  it('tolerates a few odd glyphs in an otherwise readable page', () => {
    const result = toRawDocument([[...readable, 'Signed \uFFFD by the Provider.']]);
    expect('code' in result ? result.code : result.unreadablePages).toEqual([]);
  });
});
