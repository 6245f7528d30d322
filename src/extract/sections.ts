import type { Section, SectionKind, TextBlock } from '../model/index.js';

const DEFINITIONS_HEADING = /\b(definitions?|interpretation|defined terms|glossary)\b/i;
const CONTENTS_HEADING = /^(?:table of )?contents$/i;
const RECITALS_HEADING = /^(?:recitals|background)$/i;

function sectionKind(heading: string): SectionKind {
  const title = heading.replace(/^(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\.?\s+|(?:article|section|clause)\s+\S+\s*)/i, '').trim();
  if (CONTENTS_HEADING.test(title)) return 'contents';
  if (DEFINITIONS_HEADING.test(title)) return 'definitions';
  if (RECITALS_HEADING.test(title)) return 'recitals';
  return 'body';
}

/**
 * Builds the section tree from heading blocks and stamps each block with its section index.
 * Text before the first heading forms a preamble section.
 */
export function buildSections(blocks: TextBlock[], textLength: number): Section[] {
  const sections: Section[] = [];
  const stack: number[] = [];
  let current = -1;
  const open = (section: Section): void => {
    sections.push(section);
    current = sections.length - 1;
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const level = block.level ?? 1;
      while (stack.length > 0 && (sections[stack[stack.length - 1] ?? 0]?.level ?? 0) >= level) stack.pop();
      const parent = stack.length > 0 ? (stack[stack.length - 1] ?? null) : null;
      const inherited = parent !== null ? sections[parent]?.kind : undefined;
      const own = sectionKind(block.text);
      // Sub-sections of a definitions or recitals section inherit its kind.
      open({
        heading: block.text,
        level,
        kind: own === 'body' && (inherited === 'definitions' || inherited === 'recitals') ? inherited : own,
        parent,
        start: block.start,
        end: textLength,
        bodyBlocks: 0,
      });
      stack.push(current);
    } else if (current < 0) {
      open({ heading: null, level: 0, kind: 'preamble', parent: null, start: 0, end: textLength, bodyBlocks: 0 });
    }
    block.section = current;
    const section = sections[current];
    if (section && block.kind !== 'heading') section.bodyBlocks++;
  }
  markDocumentTitle(sections);
  // A section ends where the next one starts; parents extend over their children.
  sections.forEach((section, index) => {
    // The preamble (no heading) ends at the first heading.
    const next = sections.slice(index + 1).find((other) => section.heading === null || other.level <= section.level);
    section.end = next ? next.start : textLength;
  });
  return sections;
}

/**
 * The first heading is the document's title when every later heading is nested below it; a title
 * ("Terms and Conditions of Service") says nothing about which clause a sentence is in.
 */
function markDocumentTitle(sections: Section[]): void {
  const first = sections.findIndex((section) => section.heading !== null);
  const title = sections[first];
  if (!title || first > 1) return;
  const later = sections.slice(first + 1).filter((section) => section.heading !== null);
  if (later.length > 0 && later.every((section) => section.level > title.level)) title.kind = 'title';
}
