import type { ExtractedDocument, SignalScope } from '../model/index.js';

/** A piece of the document a signal is tested against. */
export interface TextUnit {
  text: string;
  start: number;
  end: number;
  section: number;
  /** Reads as a definition, or sits in a definitions section. */
  definition: boolean;
  /** For a unit joined from several blocks (a section's body): each block's offsets, in order. */
  spans?: ReadonlyArray<readonly [number, number]>;
}

/** The units of a document at one scope, in document order. Headings and contents are never units. */
export function unitsAt(document: ExtractedDocument, scope: SignalScope): TextUnit[] {
  // Definitions and recitals name things and tell background; they never bind anyone.
  const inDefinitions = (section: number): boolean => {
    const kind = document.sections[section]?.kind;
    return kind === 'definitions' || kind === 'recitals';
  };
  switch (scope) {
    case 'sentence':
      return document.sentences.map((sentence) => ({
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
        section: sentence.section,
        definition: sentence.definition || inDefinitions(sentence.section),
      }));
    case 'paragraph':
      return document.blocks
        .filter((block) => block.kind === 'paragraph' || block.kind === 'list-item')
        .map((block) => ({ text: block.text, start: block.start, end: block.end, section: block.section, definition: inDefinitions(block.section) }));
    case 'section':
      return document.sections.map((section, index) => {
        const body = document.blocks.filter((block) => block.start >= section.start && block.end <= section.end && (block.kind === 'paragraph' || block.kind === 'list-item'));
        return {
          text: body.map((block) => block.text).join('\n'),
          start: body[0]?.start ?? section.start,
          end: body[body.length - 1]?.end ?? section.start,
          section: index,
          definition: section.kind === 'definitions' || section.kind === 'recitals',
          spans: body.map((block) => [block.start, block.end] as const),
        };
      }).filter((unit) => unit.text.length > 0);
  }
}

/** Headings of a section and its ancestors, innermost first. */
export function headingPath(document: ExtractedDocument, section: number): string[] {
  const headings: string[] = [];
  for (let index: number | null = section; index !== null && index >= 0; index = document.sections[index]?.parent ?? null) {
    const section = document.sections[index];
    if (section?.heading && section.kind !== 'title') headings.push(section.heading);
  }
  return headings;
}
