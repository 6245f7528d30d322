import type { ExtractedDocument, DocumentFormat, Sentence, TextBlock } from '../model/index.js';
import { buildBlocks } from './blocks.js';
import type { RawDocument } from './raw-line.js';
import { buildSections } from './sections.js';
import { isDefinition, splitSentences } from './sentences.js';

/**
 * Turns a reader's raw lines into the located structure rules work on: normalised text (one block
 * per line), blocks, sections, sentences and page offsets.
 */
export function segment(raw: RawDocument, format: DocumentFormat): ExtractedDocument {
  const drafts = buildBlocks(raw.lines);
  const blocks: TextBlock[] = [];
  const pageStarts: number[] = [];
  let offset = 0;
  for (const draft of drafts) {
    const start = offset;
    if (draft.page !== undefined) {
      for (let page = pageStarts.length + 1; page <= draft.page; page++) pageStarts.push(start);
      for (const change of draft.pageChanges) {
        for (let page = pageStarts.length + 1; page <= change.page; page++) pageStarts.push(start + change.at);
      }
    }
    blocks.push({ kind: draft.kind, text: draft.text, start, end: start + draft.text.length, section: -1, ...(draft.level !== undefined ? { level: draft.level } : {}) });
    offset = start + draft.text.length + 1;
  }
  const text = drafts.map((draft) => draft.text).join('\n');
  if (raw.pages !== undefined) while (pageStarts.length < raw.pages) pageStarts.push(text.length);
  const sections = buildSections(blocks, text.length);
  return {
    format,
    ...(raw.pages !== undefined ? { pages: raw.pages } : {}),
    text,
    blocks,
    sections,
    sentences: buildSentences(blocks),
    pageStarts,
    unreadablePages: raw.unreadablePages,
  };
}

function buildSentences(blocks: readonly TextBlock[]): Sentence[] {
  const sentences: Sentence[] = [];
  let leadIn: Sentence | undefined;
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' || block.kind === 'toc') {
      leadIn = undefined;
      return;
    }
    const own = splitSentences(block.text).map((span) => {
      const text = block.text.slice(span.start, span.end);
      return { text, start: block.start + span.start, end: block.start + span.end, block: index, section: block.section, definition: isDefinition(text) };
    });
    sentences.push(...own);
    if (block.kind === 'list-item' && leadIn) {
      // "Provider is not liable for:" + "(c) ransomware ..." is read as one sentence.
      const item = own.map((sentence) => sentence.text).join(' ');
      sentences.push({ text: `${leadIn.text} ${item}`, start: leadIn.start, end: block.end, block: index, section: block.section, definition: leadIn.definition });
      return;
    }
    const last = own[own.length - 1];
    leadIn = last && /:$/.test(last.text) ? last : undefined;
  });
  return sentences;
}
