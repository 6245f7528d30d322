import type { Evidence, ExtractedDocument } from '../model/index.js';
import { locate } from './locate.js';
import type { Hit } from './matchers/index.js';
import type { TextUnit } from './units.js';

const MAX_QUOTE = 320;
const LEAD = 120;

/** Trims a passage to about one sentence around its first hit, on word boundaries. */
export function quote(text: string, hits: readonly Hit[] = []): string {
  if (text.length <= MAX_QUOTE) return text;
  const first = hits.find((hit) => hit.end > hit.start)?.start ?? 0;
  let start = Math.max(0, first - LEAD);
  let end = Math.min(text.length, start + MAX_QUOTE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** Quoted, located evidence for a unit. */
export function evidenceFor(document: ExtractedDocument, unit: TextUnit, hits: readonly Hit[] = []): Evidence {
  return { text: quote(unit.text, hits), ...locate(document, unit.start) };
}
