/**
 * A line as a format reader hands it to segmentation. Readers that know the structure (DOCX styles,
 * Markdown `#`) say so in `style`; for PDF and plain text segmentation infers it.
 */
export interface RawLine {
  text: string;
  /** 1-based page for paged formats. */
  page?: number;
  /** Structure known from the source format. */
  style?: 'heading' | 'paragraph' | 'list-item';
  /** Heading level when `style` is heading. */
  level?: number;
  /** The line cannot continue the previous paragraph (blank line or layout break before it). */
  breakBefore?: boolean;
}

/** What a format reader returns: lines, and how many pages the source had (if paged). */
export interface RawDocument {
  lines: RawLine[];
  pages?: number;
  /** Pages that had no usable text, with the reason. */
  unreadablePages: Array<{ page: number; reason: string }>;
}
