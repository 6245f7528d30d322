import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import { YamlFile } from '../../src/ruleset/yaml-file.js';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

/** The value node of a top-level key. */
function valueOf(file: YamlFile, key: string): unknown {
  const root = file.document.contents;
  if (!isMap(root)) throw new Error('root is not a mapping');
  return root.items.find((pair) => (pair.key as { value?: unknown }).value === key)?.value;
}

describe('YamlFile: YAML errors', () => {
  it.each([
    ['a tab used as indentation', lines('pack: t', 'rules:', '  - id: r1', '\tcategory: c'), 4, 1, 'Tabs are not allowed as indentation'],
    ['a mapping nested in a compact mapping', lines('pack: t', 'rules: a: b'), 2, 8, 'Nested mappings are not allowed in compact mappings'],
    ['a duplicate top-level key', lines('pack: t', 'rules: []', 'pack: u'), 3, 1, 'Map keys must be unique'],
    ['a duplicate key inside a rule', lines('pack: t', 'rules:', '  - id: r1', '    title: A', '    title: B'), 5, 5, 'Map keys must be unique'],
  ])('reports %s at its line and column', (_name, source, line, col, message) => {
    expect(new YamlFile('rules/x.yaml', source).problems).toEqual([{ file: 'rules/x.yaml', line, col, message }]);
  });

  it('reports nothing for a well-formed file', () => {
    expect(new YamlFile('x.yaml', lines('pack: t', 'rules: []')).problems).toEqual([]);
  });
});

describe('YamlFile: positions and reports', () => {
  it('gives the 1-based position of a node, or 1:1 for a missing node', () => {
    const file = new YamlFile('x.yaml', lines('pack: t', 'rules:', '  - id: r1'));
    expect(file.positionOf(valueOf(file, 'rules'))).toEqual({ file: 'x.yaml', line: 3, col: 3 });
    expect(file.positionOf(valueOf(file, 'pack'))).toEqual({ file: 'x.yaml', line: 1, col: 7 });
    expect(file.positionOf(undefined)).toEqual({ file: 'x.yaml', line: 1, col: 1 });
  });

  it('records a reported problem at the node', () => {
    const file = new YamlFile('x.yaml', lines('pack: t', 'description: 42'));
    file.report(valueOf(file, 'description'), 'wrong');
    expect(file.problems).toEqual([{ file: 'x.yaml', line: 2, col: 14, message: 'wrong' }]);
  });
});

describe('YamlFile: typed readers', () => {
  it('reads known keys and reports each unknown key with a suggestion and the allowed keys', () => {
    const file = new YamlFile('x.yaml', lines('pack: t', 'rulez: []', 'colour: red'));
    const pairs = file.pairs(file.document.contents, ['pack', 'rules'], 'a rule file');
    expect([...(pairs?.keys() ?? [])]).toEqual(['pack']);
    expect(file.problems).toEqual([
      { file: 'x.yaml', line: 2, col: 1, message: "unknown key 'rulez' in a rule file - did you mean 'rules'? (allowed: pack, rules)" },
      { file: 'x.yaml', line: 3, col: 1, message: "unknown key 'colour' in a rule file (allowed: pack, rules)" },
    ]);
  });

  it('refuses a non-mapping where a mapping is expected', () => {
    const file = new YamlFile('x.yaml', lines('- a', '- b'));
    expect(file.pairs(file.document.contents, ['pack'], 'a rule file')).toBeNull();
    expect(file.problems).toEqual([{ file: 'x.yaml', line: 1, col: 1, message: 'a rule file must be a mapping of keys to values' }]);
  });

  it.each([
    ['a number', 'value: 3', 1, 8],
    ['a blank string', "value: '  '", 1, 8],
    ['a list', 'value: [a]', 1, 8],
  ])('refuses %s as a string', (_name, source, line, col) => {
    const file = new YamlFile('x.yaml', lines(source));
    expect(file.string(valueOf(file, 'value'), "'value'")).toBeUndefined();
    expect(file.problems).toEqual([{ file: 'x.yaml', line, col, message: "'value' must be a non-empty string" }]);
  });

  it('trims strings', () => {
    const file = new YamlFile('x.yaml', lines("value: '  fraud  '"));
    expect(file.string(valueOf(file, 'value'), "'value'")).toBe('fraud');
  });

  it('reads one string or a list of strings, reporting each bad entry where it is', () => {
    const file = new YamlFile('x.yaml', lines('one: fraud', 'many:', '  - fraud', '  - 7', '  - theft', 'map: {a: b}'));
    expect(file.strings(valueOf(file, 'one'), "'one'")).toEqual(['fraud']);
    expect(file.strings(valueOf(file, 'many'), "'many'")).toEqual(['fraud', 'theft']);
    expect(file.strings(valueOf(file, 'map'), "'map'")).toEqual([]);
    expect(file.problems).toEqual([
      { file: 'x.yaml', line: 4, col: 5, message: "each entry of 'many' must be a non-empty string" },
      { file: 'x.yaml', line: 6, col: 6, message: "'map' must be a string or a list of strings" },
    ]);
  });

  it('reads list items and reports a non-list', () => {
    const file = new YamlFile('x.yaml', lines('list: [a, b]', 'scalar: x'));
    expect(file.items(valueOf(file, 'list'), "'list'")).toHaveLength(2);
    expect(file.items(valueOf(file, 'scalar'), "'scalar'")).toEqual([]);
    expect(file.problems).toEqual([{ file: 'x.yaml', line: 2, col: 9, message: "'scalar' must be a list" }]);
  });
});
