const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', ':': '&#58;' };

/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '` become
 * character references.
 *
 * The colon of `scheme://` is written as `&#58;` as well: it reads the same, but the file then
 * holds no URL that a scanner, mail filter or PDF printer could take for a link or a request,
 * even when a quoted clause names a web address.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|:(?=\/\/)/g, (character) => ENTITIES[character] ?? character);
}
