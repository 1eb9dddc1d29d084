// The layers of DESIGN.md: imports flow downward only, and the core stays pure.

import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../src');
const LAYERS = ['core', 'sources', 'formatters', 'engine', 'cli'] as const;
// Which layers each layer may import from (besides itself).
const ALLOWED: Record<string, string[]> = {
  core: [],
  sources: ['core'],
  formatters: ['core'],
  engine: ['core', 'sources'],
  cli: ['core', 'engine', 'formatters', 'sources'],
};
const IMPURE = [/^node:/, /^chalk$/, /^ora$/, /^cosmiconfig$/, /^commander$/, /^(fs|path|os|child_process|process)$/];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2]) as string);
}

describe('architecture', () => {
  for (const layer of LAYERS) {
    it(`${layer} imports only from ${ALLOWED[layer]!.join(', ') || 'itself'}`, () => {
      const bad: string[] = [];
      for (const file of files(join(SRC, layer))) {
        for (const spec of imports(file)) {
          if (spec.startsWith('.')) {
            const target = relative(SRC, join(file, '..', spec)).split('/')[0]!;
            if (target !== layer && LAYERS.includes(target as never) && !ALLOWED[layer]!.includes(target)) bad.push(`${relative(SRC, file)} -> ${spec}`);
          } else if ((layer === 'core' || layer === 'sources' || layer === 'formatters') && IMPURE.some((re) => re.test(spec))) {
            if (!(layer === 'formatters' && spec === 'chalk')) bad.push(`${relative(SRC, file)} -> ${spec}`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('keeps modules small', () => {
    const big = files(SRC).filter((f) => readFileSync(f, 'utf8').split('\n').length > 320).map((f) => relative(SRC, f));
    expect(big).toEqual([]);
  });
});
