import { extractDocument, isExtractionFailure } from '../../src/extract/index.js';
import type { ExtractedDocument, Rule } from '../../src/model/index.js';
import { readPack } from '../../src/ruleset/read-pack.js';

/** Runs plain text through the real extraction pipeline (blank lines separate paragraphs). */
export async function textDocument(text: string): Promise<ExtractedDocument> {
  const result = await extractDocument(new TextEncoder().encode(text), { fileName: 'x.txt' });
  if (isExtractionFailure(result)) throw new Error(`extraction failed: ${result.code} ${result.message}`);
  return result;
}

/** Compiles the rules of an inline rule file, failing loudly on any problem. */
export function rulesFrom(yaml: string): Rule[] {
  const result = readPack('test.yaml', yaml);
  if (!result.pack) throw new Error(result.problems.map((problem) => `${problem.line}:${problem.col}: ${problem.message}`).join('\n'));
  return result.pack.rules;
}

/** The single rule of an inline rule file. */
export function ruleFrom(yaml: string): Rule {
  const [rule, ...rest] = rulesFrom(yaml);
  if (!rule || rest.length > 0) throw new Error('expected exactly one rule');
  return rule;
}

/** The span of the first occurrence of `part` in `text`, as a matcher hit. */
export function spanOf(text: string, part: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`'${part}' not in '${text}'`);
  return { start, end: start + part.length };
}
