import type { UnreadableCode } from './status.js';

/** Input formats, decided from the file's bytes rather than its name. */
export type DocumentFormat = 'pdf' | 'docx' | 'text' | 'markdown';

/** What kind of text a block holds; only `paragraph` and `list-item` can be evidence. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'toc';

/** A heading, paragraph or list item of the normalised text. */
export interface TextBlock {
  kind: BlockKind;
  /** Normalised text of the block (one line in {@link ExtractedDocument.text}). */
  text: string;
  /** Offset of the block's first character in {@link ExtractedDocument.text}. */
  start: number;
  /** Offset just past the block's last character. */
  end: number;
  /** Heading level (1 = top) for headings. */
  level?: number;
  /** Index of the section this block belongs to (a heading belongs to the section it opens). */
  section: number;
}

/** What a section is for; definitions and contents never prove a protection. */
export type SectionKind = 'body' | 'definitions' | 'recitals' | 'contents' | 'preamble' | 'title';

/** A run of blocks under one heading. */
export interface Section {
  /** Heading text as printed (e.g. "9. Limitation of Liability"), or null before the first heading. */
  heading: string | null;
  level: number;
  kind: SectionKind;
  /** Index of the enclosing section, or null at top level. */
  parent: number | null;
  /** Offsets of the section in the text, heading included. */
  start: number;
  end: number;
  /** Number of non-heading blocks directly under the heading. */
  bodyBlocks: number;
}

/**
 * A sentence-like unit for matching. A lead-in that ends in a colon is joined with each of its
 * list items, because "Provider is not liable for:" and "(c) ransomware" only mean something together.
 */
export interface Sentence {
  text: string;
  /** Offset of the first character (of the lead-in, for joined units). */
  start: number;
  end: number;
  /** Index of the block it comes from (the list item's block for joined units). */
  block: number;
  section: number;
  /** Set when the sentence reads as a definition ("X" means ...) or a recital ("WHEREAS ..."). */
  definition: boolean;
}

/** A page that was present but gave no usable text. */
export interface UnreadablePage {
  page: number;
  reason: string;
}

/** Where a character offset is in the source document. */
export interface Location {
  /** 1-based page number; absent for formats without pages (DOCX, text). */
  page?: number;
  /** Heading of the innermost section, if any. */
  section?: string;
  /** 1-based line of the normalised text, as printed by `contract-audit extract`. */
  line: number;
}

/** A document after extraction, normalisation and segmentation. */
export interface ExtractedDocument {
  format: DocumentFormat;
  /** Page count for paged formats (PDF); absent otherwise. */
  pages?: number;
  /** Normalised text: one block per line. */
  text: string;
  blocks: TextBlock[];
  sections: Section[];
  sentences: Sentence[];
  /** Offset at which each page starts (index 0 = page 1); empty for formats without pages. */
  pageStarts: number[];
  unreadablePages: UnreadablePage[];
}

/** Extraction failure as a value: a batch records it and moves on. */
export interface ExtractionFailure {
  code: UnreadableCode;
  message: string;
  format?: DocumentFormat;
}
