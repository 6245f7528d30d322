import type { ExtractedDocument } from '../model/index.js';

/**
 * Prints the normalised text the rules see, one numbered line per block (the numbers are the
 * `line` of evidence), with page breaks, heading levels, contents lines and section kinds marked.
 */
export function formatExtractedText(path: string, document: ExtractedDocument): string {
  const pages = document.pages !== undefined ? `, ${document.pages} page${document.pages === 1 ? '' : 's'}` : '';
  const out = [`# ${path} (${document.format}${pages})`];
  const pageOf = (offset: number): number => document.pageStarts.filter((start) => start <= offset).length;
  let page = 0;
  const width = String(document.blocks.length).length;
  document.blocks.forEach((block, index) => {
    if (document.pageStarts.length > 0) {
      const blockPage = pageOf(block.start);
      for (let next = page + 1; next <= blockPage; next++) out.push(`--- page ${next} ---`);
      page = Math.max(page, blockPage);
    }
    const section = document.sections[block.section];
    let tag = '';
    if (block.kind === 'heading') tag = `${'#'.repeat(Math.min(block.level ?? 1, 6))} `;
    else if (block.kind === 'toc') tag = '[contents] ';
    const note = block.kind === 'heading' && section && section.kind !== 'body' ? `  [${section.kind}]` : '';
    out.push(`${String(index + 1).padStart(width)} | ${tag}${block.text}${note}`);
  });
  for (const unreadable of document.unreadablePages) out.push(`! page ${unreadable.page}: ${unreadable.reason}`);
  return `${out.join('\n')}\n`;
}
