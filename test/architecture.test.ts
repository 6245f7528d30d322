import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of src/README.md: which folders each folder may import from.
const ALLOWED: Record<string, string[]> = {
  model: [],
  extract: ['model'],
  ruleset: ['model'],
  engine: ['model'],
  report: ['model'],
  audit: ['model', 'extract', 'ruleset', 'engine'],
  config: ['model', 'ruleset'],
  cli: ['model', 'audit', 'report', 'ruleset', 'config'],
};

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(folder: string): string[] {
  return (readdirSync(join(SRC, folder), { recursive: true }) as string[]).filter((name) => name.endsWith('.ts')).map((name) => join(folder, name));
}

describe('layering', () => {
  const cases = Object.keys(ALLOWED).flatMap((layer) => sourceFiles(layer).map((file) => ({ layer, file })));
  it.each(cases)('$file imports only from allowed layers', ({ layer, file }) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    const imported = [...source.matchAll(/from '(\.\.?\/[^']+)'/g)].map((match) => match[1] ?? '');
    const depth = file.split('/').length - 1;
    for (const path of imported) {
      const target = join(file.split('/').slice(0, depth).join('/'), path).split('/')[0] ?? '';
      expect({ file, imports: target, allowed: target === layer || (ALLOWED[layer] ?? []).includes(target) }).toMatchObject({ allowed: true });
    }
  });

  it('keeps console and process out of everything but the CLI', () => {
    for (const layer of Object.keys(ALLOWED).filter((name) => name !== 'cli')) {
      for (const file of sourceFiles(layer)) {
        const source = readFileSync(join(SRC, file), 'utf8');
        expect({ file, console: /\bconsole\./.test(source), exit: /process\.(exit|exitCode|stdout|stderr)/.test(source) }).toEqual({ file, console: false, exit: false });
      }
    }
  });
});
