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
 * Why a passage that matched a present signal still leaves the protection weak, or null when it
 * stands: a placeholder, a reference to an attachment that is not there, or one of the rule's own
 * weakeners (carve-outs, vague standards).
 */
export function weaknessOf(rule: Rule, unit: TextUnit, context: WeaknessContext): string | null {
  if (rule.checkPlaceholders) {
    // "[CLIENT NAME] is not liable for ..." still protects; only blanks in the protective content count.
    const placeholder = findPlaceholders(unit.text).find((found) => !isPartyPlaceholder(found));
    if (placeholder !== undefined) return `The clause still contains the placeholder "${placeholder}", so its content has not been agreed.`;
  }
  if (rule.checkReferences) {
    const dangling = danglingReferences(unit.text, context.attached);
    if (dangling.length > 0) return `The clause relies on ${dangling.join(', ')}, which is not part of this document, so what it provides cannot be checked.`;
  }
  for (const weakener of rule.weakeners) {
    const text = weakener.scope === 'paragraph' ? paragraphOf(context.document, unit) : weakener.scope === 'document' ? context.document.text : unit.text;
    if (runMatcher(weakener.match, text).length > 0) return weakener.reason;
  }
  return null;
}

function paragraphOf(document: ExtractedDocument, unit: TextUnit): string {
  const block = document.blocks.find((candidate) => candidate.start <= unit.start && unit.start <= candidate.end);
  return block?.text ?? unit.text;
}
