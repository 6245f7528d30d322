import type { ExtractedDocument, Section } from '../model/index.js';

/**
 * Whether a section (with its sub-sections) has any real text under its heading. An empty list
 * item ("-") or a table of blanks is not text: a heading over nothing proves nothing.
 */
export function hasSectionBody(document: ExtractedDocument, section: Section): boolean {
  return document.blocks.some(
    (block) => block.start > section.start && block.end <= section.end && (block.kind === 'paragraph' || block.kind === 'list-item') && /[A-Za-z0-9]{2,}/.test(block.text),
  );
}
