import type { DocumentFormat, ExtractionFailure } from '../model/index.js';

/** What the bytes of a file say it is. */
export type SniffResult = { format: DocumentFormat; text?: string } | ExtractionFailure;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).includes(needle, 0, 'latin1');
}

function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

const unsupported = (message: string): ExtractionFailure => ({ code: 'UNSUPPORTED_FORMAT', message });

/**
 * Decides the format from magic numbers, not the file name, so a DOCX saved as `.pdf` is still read
 * as a DOCX. The name only picks Markdown over plain text and words the error for unknown bytes.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SniffResult {
  const extension = extensionOf(fileName);
  if (bytes.length === 0) return { code: 'EMPTY', message: 'the file is empty (0 bytes); it may not have finished downloading' };
  if (containsAscii(bytes, '%PDF-', 1024)) return { format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      // Encrypted Word files cannot be opened even with the password (unlike PDFs): unsupported.
      return { code: 'UNSUPPORTED_FORMAT', format: 'docx', message: 'this Word document is password-protected, which is not supported: remove the password in Word (File > Info > Protect Document) and save it again as .docx' };
    }
    return unsupported('legacy Word .doc (or another pre-2007 Office file) is not supported: open it in Word or LibreOffice and save as .docx or PDF');
  }
  if (containsAscii(bytes, '{\\rtf', 8)) return unsupported('RTF is not supported: save it as .docx or PDF');
  if (isImage(bytes)) return unsupported('this is an image, not a document: run OCR and save it as a PDF with a text layer');
  const text = decodeText(bytes);
  if (text !== null) {
    if (text.trim() === '') return { code: 'EMPTY', message: 'the file contains no text' };
    return { format: extension === 'md' || extension === 'markdown' ? 'markdown' : 'text', text };
  }
  if (extension === 'pdf') return { code: 'CORRUPT', message: 'this is not a valid PDF (no PDF header found); the file may be damaged or mislabelled' };
  if (extension === 'docx') return { code: 'CORRUPT', message: 'this is not a valid Word document (not a DOCX package); the file may be damaged or mislabelled' };
  return unsupported('unrecognised binary format: contract-audit reads PDF, DOCX, plain text and Markdown');
}

function sniffZip(bytes: Uint8Array): SniffResult {
  // Zip entry names are stored uncompressed in local headers, so they can be seen even in a truncated file.
  if (containsAscii(bytes, 'word/document.xml') || containsAscii(bytes, '[Content_Types].xml') && containsAscii(bytes, 'word/')) return { format: 'docx' };
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument')) return unsupported('OpenDocument (.odt) is not supported: save it as .docx or PDF');
  if (containsAscii(bytes, 'xl/') || containsAscii(bytes, 'ppt/')) return unsupported('spreadsheets and presentations are not supported: export the agreement as .docx or PDF');
  return unsupported('this zip archive is not a Word document: extract the agreement and audit it directly');
}

function isImage(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || containsAscii(bytes, 'GIF8', 4)
    || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
    // BMP: "BM" alone would catch text such as "BMC Software Licence"; the header's reserved bytes are zero.
    || (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 26 && startsWith(bytes, [0, 0, 0, 0], 6));
}

/** Decodes UTF-8 (BOM tolerated) or BOM-marked UTF-16; null when the bytes are not text. */
function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > text.length * 0.01 ? null : text.replace(/^\uFEFF/, '');
}
