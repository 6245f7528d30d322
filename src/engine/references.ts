import type { ExtractedDocument } from '../model/index.js';
import { hasSectionBody } from './section-body.js';

/** "Schedule 1", "Exhibit A", "Appendix B", "Annex 2", "Attachment C", "Addendum 1". */
const LABELLED_REFERENCE = /\b(schedule|exhibit|appendix|annex|attachment|addendum)\s+([0-9]{1,3}|[A-Z]{1,2}|[IVX]{1,5})\b/gi;

function key(kind: string, label: string): string {
  return `${kind.toLowerCase()} ${label.toLowerCase()}`;
}

/** Labels of attachments that exist in the document as headings ("Schedule 1 - Services"). */
export function attachedLabels(document: ExtractedDocument): Set<string> {
  const labels = new Set<string>();
  for (const section of document.sections) {
    const heading = section.heading ?? '';
    const match = /^(schedule|exhibit|appendix|annex|attachment|addendum)\s+([0-9]{1,3}|[A-Z]{1,2}|[IVX]{1,5})\b/i.exec(heading);
    if (match && hasSectionBody(document, section)) labels.add(key(match[1] ?? '', match[2] ?? ''));
  }
  return labels;
}

/** Attachments a passage refers to that are not part of the document. */
export function danglingReferences(text: string, attached: ReadonlySet<string>): string[] {
  const missing: string[] = [];
  for (const match of text.matchAll(LABELLED_REFERENCE)) {
    const kind = match[1] ?? '';
    const label = match[2] ?? '';
    // "Schedule A" needs a capitalised label; "schedule a call" is not a reference.
    if (!/^[0-9IVX]|^[A-Z]{1,2}$/.test(label)) continue;
    if (!attached.has(key(kind, label))) missing.push(`${kind[0]?.toUpperCase()}${kind.slice(1).toLowerCase()} ${label}`);
  }
  return [...new Set(missing)];
}
