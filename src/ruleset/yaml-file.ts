import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { suggest, type RuleFileProblem } from './problems.js';

/** A parsed YAML file that can report problems at a node's position. */
export class YamlFile {
  readonly problems: RuleFileProblem[] = [];
  readonly document: Document.Parsed;
  private readonly lines = new LineCounter();

  /** `kind` names the file in messages: rule files (the default) or configuration files. */
  constructor(readonly file: string, source: string, kind: 'rule' | 'configuration' = 'rule') {
    // uniqueKeys reports duplicate keys. Aliases are refused by the rule reader, so alias bombs never expand.
    this.document = parseDocument(source, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    for (const error of [...this.document.errors, ...this.document.warnings]) {
      const at = this.lines.linePos(error.pos[0]);
      this.problems.push({ file, line: at.line, col: at.col, message: error.message.split('\n')[0] ?? error.message });
    }
    // Aliases could multiply a small file into a huge one ("billion laughs"); these files never need them.
    visit(this.document, {
      Alias: (_key, node) => {
        this.report(node, `aliases (*${node.source}) are not allowed in ${kind} files; repeat the value${kind === 'rule' ? ' or define a term' : ''}`);
      },
    });
  }

  /** Where a node starts (or the start of the file). */
  positionOf(node: unknown): { file: string; line: number; col: number } {
    const range = (node as Node | undefined)?.range;
    const at = this.lines.linePos(range ? range[0] : 0);
    return { file: this.file, line: at.line, col: at.col };
  }

  /** Records a problem at a node (or at the start of the file). */
  report(node: unknown, message: string): void {
    this.problems.push({ ...this.positionOf(node), message });
  }

  /** The mapping's pairs, reporting unknown keys with a suggestion. */
  pairs(node: unknown, known: readonly string[], what: string): Map<string, Pair<unknown, unknown>> | null {
    if (!isMap(node)) {
      this.report(node, `${what} must be a mapping of keys to values`);
      return null;
    }
    const pairs = new Map<string, Pair<unknown, unknown>>();
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) {
        const hint = suggest(key, known);
        this.report(pair.key, `unknown key '${key}' in ${what}${hint ? ` - did you mean '${hint}'?` : ''} (allowed: ${known.join(', ')})`);
        continue;
      }
      pairs.set(key, pair);
    }
    return pairs;
  }

  /** A string value, or undefined after reporting what was wrong. */
  string(node: unknown, what: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    this.report(node, `${what} must be a non-empty string`);
    return undefined;
  }

  /** A list of strings; a single string is accepted as a list of one. */
  strings(node: unknown, what: string): string[] {
    if (isScalar(node)) {
      const one = this.string(node, what);
      return one === undefined ? [] : [one];
    }
    if (!isSeq(node)) {
      this.report(node, `${what} must be a string or a list of strings`);
      return [];
    }
    return node.items.flatMap((item) => {
      const value = this.string(item, `each entry of ${what}`);
      return value === undefined ? [] : [value];
    });
  }

  /** A list's items, or an empty list after reporting. */
  items(node: unknown, what: string): unknown[] {
    if (isSeq(node)) return node.items;
    this.report(node, `${what} must be a list`);
    return [];
  }
}
