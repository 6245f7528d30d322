/**
 * Reads a zip's central directory (without inflating anything) to learn how large its entries
 * claim to be once decompressed. A DOCX is a zip, and a small one can inflate to gigabytes.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** Total uncompressed size and largest compression ratio, or null when there is no readable directory. */
export interface ZipSize {
  uncompressed: number;
  worstRatio: number;
}

export function zipInflatedSize(bytes: Uint8Array): ZipSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 65535); offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let uncompressed = 0;
  let worstRatio = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    // A ZIP64 size does not fit 32 bits: far beyond any agreement, so treat it as unbounded.
    if (size === ZIP64_MARKER || compressedSize === ZIP64_MARKER) return { uncompressed: Number.POSITIVE_INFINITY, worstRatio: Number.POSITIVE_INFINITY };
    uncompressed += size;
    worstRatio = Math.max(worstRatio, size / Math.max(compressedSize, 1));
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { uncompressed, worstRatio };
}
