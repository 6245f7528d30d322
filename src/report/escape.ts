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

const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

// Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than tab,
// line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML 1.0 element content: `& < > " '` become entity references and characters
 * XML cannot represent are dropped, so a parser always accepts the result.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (character) => XML_ENTITIES[character] ?? character);
}

/**
 * Escapes text for a quoted XML attribute value. Tabs and line breaks are written as character
 * references too, since a parser would otherwise turn them into spaces (attribute normalisation).
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (character) => XML_ENTITIES[character] ?? character);
}

/**
 * Escapes text for Markdown inline content (GitHub flavour): punctuation that could start
 * emphasis, a link, an HTML tag, a table cell, a heading or maths (`$`) is backslash-escaped,
 * line breaks become spaces and other control characters are dropped, so the text reads as
 * written and stays in its table cell or list item.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (character) => `\\${character}`);
}

/**
 * Escapes the message of a GitHub Actions workflow command (`::error ...::MESSAGE`): `%`, carriage
 * returns and line feeds are percent-encoded, so a message is one line and cannot start a command.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property (`file=`, `title=`): as data, plus `:` and `,`, which end it. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
