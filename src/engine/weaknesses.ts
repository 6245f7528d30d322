import type { ExtractedDocument, Rule } from '../model/index.js';
import { runMatcher } from './matchers/index.js';
import { findPlaceholders, isPartyPlaceholder } from './placeholders.js';
import { danglingReferences } from './references.js';
import type { TextUnit } from './units.js';

/** What the engine knows about a document that weakness checks need. */
export interface WeaknessContext {
  document: ExtractedDocument;
  attached: ReadonlySet<string>;
}

/**
 * Weakness checks that do not depend on the rule, remembered per passage for one document: many
 * rules match the same sentence, and each would otherwise scan it for blanks and references again.
 */
const blanks = new WeakMap<WeaknessContext, Map<string, string | null>>();
const references = new WeakMap<WeaknessContext, Map<string, string[]>>();

function remembered<T>(memo: WeakMap<WeaknessContext, Map<string, T>>, context: WeaknessContext, text: string, compute: () => T): T {
  let byText = memo.get(context);
  if (!byText) {
    byText = new Map();
    memo.set(context, byText);
  }
  let value = byText.get(text);
  if (value === undefined && !byText.has(text)) {
    value = compute();
    byText.set(text, value);
  }
  return value as T;
}

/**
 * Why a passage that matched a present signal still leaves the protection weak, or null when it
 * stands: a placeholder, a reference to an attachment that is not there, or one of the rule's own
 * weakeners (carve-outs, vague standards).
 */
export function weaknessOf(rule: Rule, unit: TextUnit, context: WeaknessContext): string | null {
  if (rule.checkPlaceholders) {
    // "[CLIENT NAME] is not liable for ..." still protects; only blanks in the protective content count.
    const placeholder = remembered(blanks, context, unit.text, () => findPlaceholders(unit.text).find((found) => !isPartyPlaceholder(found)) ?? null);
    if (placeholder !== null) return `The clause still contains the placeholder "${placeholder}", so its content has not been agreed.`;
  }
  if (rule.checkReferences) {
    const dangling = remembered(references, context, unit.text, () => danglingReferences(unit.text, context.attached));
    if (dangling.length > 0) return `The clause relies on ${dangling.join(', ')}, which is not part of this document, so what it provides cannot be checked.`;
  }
  for (const weakener of rule.weakeners) {
    const text = weakener.scope === 'paragraph' ? paragraphOf(context.document, unit) : weakener.scope === 'document' ? context.document.text : unit.text;
    if (runMatcher(weakener.match, text).length > 0) return weakener.reason;
  }
  return null;
}

/** The text of the first block that holds the unit's start (blocks are in document order). */
function paragraphOf(document: ExtractedDocument, unit: TextUnit): string {
  const { blocks } = document;
  let low = 0;
  let high = blocks.length;
  // The first block that does not end before the unit starts.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((blocks[middle]?.end ?? 0) < unit.start) low = middle + 1;
    else high = middle;
  }
  const block = blocks[low];
  return block !== undefined && block.start <= unit.start ? block.text : unit.text;
}
