import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/extract/sniff.js';

const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const bytes = (...parts: Array<Uint8Array | readonly number[] | string>): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? latin1(part) : Uint8Array.from(part)))));

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const AGREEMENT = 'Master Services Agreement\n\n1. Services\n\nThe Provider shall provide the Services.\n';

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('sniffFormat', () => {
  describe('documents', () => {
    it.each([
      ['a PDF header', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), 'agreement.pdf'],
      ['a PDF header after a short junk prefix', bytes(noise(300), '%PDF-1.4\n'), 'agreement.pdf'],
      ['a PDF saved with a .docx name', bytes('%PDF-1.7\n'), 'agreement.docx'],
    ])('reads %s as PDF', (_name, input, fileName) => {
      expect(sniffFormat(input, fileName)).toEqual({ format: 'pdf' });
    });

    it.each([
      ['word/document.xml', bytes(ZIP, '\x14\x00\x06\x00', 'word/document.xml', noise(64))],
      ['[Content_Types].xml and word/', bytes(ZIP, '\x14\x00', '[Content_Types].xml', noise(32), ZIP, 'word/styles.xml')],
    ])('reads a zip with %s as DOCX', (_name, input) => {
      expect(sniffFormat(input, 'agreement.pdf')).toEqual({ format: 'docx' });
    });
  });

  describe('unsupported and unreadable input', () => {
    it.each([
      ['an OpenDocument text', bytes(ZIP, 'mimetypeapplication/vnd.oasis.opendocument.text'), /OpenDocument/],
      ['a spreadsheet', bytes(ZIP, '[Content_Types].xml', noise(16), ZIP, 'xl/workbook.xml'), /spreadsheets/],
      ['a presentation', bytes(ZIP, 'ppt/presentation.xml'), /presentations/],
      ['some other zip', bytes(ZIP, 'contract/notes.txt'), /zip archive/],
      ['a legacy OLE file (.doc)', bytes(OLE, new Uint8Array(504), Buffer.from('WordDocument', 'utf16le')), /legacy Word \.doc/],
      ['RTF', bytes('{\\rtf1\\ansi\\deff0 {\\fonttbl} Master Services Agreement}'), /RTF/],
      ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise(64)), /image/],
      ['a JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0], noise(64)), /image/],
      ['a GIF image', bytes('GIF89a', noise(64)), /image/],
      ['a TIFF image', bytes([0x49, 0x49, 0x2a, 0x00], noise(64)), /image/],
    ])('rejects %s as UNSUPPORTED_FORMAT', (_name, input, message) => {
      const result = sniffFormat(input, 'agreement.docx');
      expect(result).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
      expect('message' in result ? result.message : '').toMatch(message);
    });

    it('reports an OLE file holding an EncryptedPackage stream as an encrypted DOCX', () => {
      const input = bytes(OLE, new Uint8Array(504), Buffer.from('EncryptionInfo', 'utf16le'), new Uint8Array(8), Buffer.from('EncryptedPackage', 'utf16le'));
      expect(sniffFormat(input, 'agreement.docx')).toMatchObject({ code: 'UNSUPPORTED_FORMAT', format: 'docx', message: expect.stringMatching(/password-protected/) });
    });

    it('does not take the ASCII spelling of "EncryptedPackage" for the stream name', () => {
      const input = bytes(OLE, new Uint8Array(504), 'EncryptedPackage');
      expect(sniffFormat(input, 'agreement.doc')).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    });

    it.each([
      ['agreement.pdf', 'CORRUPT', /not a valid PDF/],
      ['agreement.PDF', 'CORRUPT', /not a valid PDF/],
      ['agreement.docx', 'CORRUPT', /not a valid Word document/],
      ['agreement.bin', 'UNSUPPORTED_FORMAT', /unrecognised binary format/],
      ['agreement', 'UNSUPPORTED_FORMAT', /unrecognised binary format/],
    ])('reports binary garbage named %s as %s', (fileName, code, message) => {
      const result = sniffFormat(noise(4096), fileName);
      expect(result).toMatchObject({ code });
      expect('message' in result ? result.message : '').toMatch(message);
    });

    it('treats valid UTF-8 with many control characters as binary', () => {
      const input = bytes('Fees\x00\x01\x02\x03 are due\x04\x05\x06\x07');
      expect(sniffFormat(input, 'agreement.pdf')).toMatchObject({ code: 'CORRUPT' });
    });

    it.each([
      ['no bytes', new Uint8Array(0), 'agreement.pdf'],
      ['only whitespace', bytes('  \n\n\t \r\n'), 'blank.txt'],
      ['only a byte order mark and newlines', bytes([0xef, 0xbb, 0xbf], '\n\n'), 'blank.md'],
    ])('reports %s as EMPTY', (_name, input, fileName) => {
      expect(sniffFormat(input, fileName)).toMatchObject({ code: 'EMPTY' });
    });
  });

  describe('text', () => {
    it.each([
      ['agreement.txt', 'text'],
      ['agreement', 'text'],
      ['agreement.md', 'markdown'],
      ['AGREEMENT.MD', 'markdown'],
      ['agreement.markdown', 'markdown'],
      ['agreement.md.txt', 'text'],
    ])('decides %s is %s', (fileName, format) => {
      expect(sniffFormat(bytes(AGREEMENT), fileName)).toEqual({ format, text: AGREEMENT });
    });

    it('decodes UTF-8 and drops a byte order mark', () => {
      const text = '\u201CServices\u201D means the Provider\u2019s managed services \u2013 see Schedule 1.';
      const input = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
      expect(sniffFormat(input, 'terms.txt')).toEqual({ format: 'text', text });
    });

    it('decodes UTF-16LE text marked by its byte order mark', () => {
      const input = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(AGREEMENT, 'utf16le')]));
      expect(sniffFormat(input, 'terms.txt')).toEqual({ format: 'text', text: AGREEMENT });
    });

    it('decodes UTF-16BE text marked by its byte order mark', () => {
      const le = Buffer.from(AGREEMENT, 'utf16le');
      const be = Buffer.from(le).swap16();
      const input = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
      expect(sniffFormat(input, 'terms.md')).toEqual({ format: 'markdown', text: AGREEMENT });
    });

    it('rejects bytes that are not valid UTF-8 and have no UTF-16 byte order mark', () => {
      expect(sniffFormat(bytes('Fees are due \xff\xfe\xfd within 30 days'), 'terms.txt')).toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    });

    // Fixed regression: previously, the BMP check only looks for the two ASCII letters "BM" at the start, so any text file that
    // begins with "BM" (an agreement with "BMC Software" or "BMW Financial Services") is rejected as an
    // image before it is ever decoded as text.
    it('reads a text agreement that starts with the letters "BM" as text', () => {
      const text = 'BMC Software Licence Agreement\n\nThe Licensee may use the Software internally.\n';
      expect(sniffFormat(bytes(text), 'licence.txt')).toEqual({ format: 'text', text });
    });
  });
});
