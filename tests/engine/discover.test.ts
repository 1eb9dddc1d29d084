// A folder on the command line is walked directly (fdir) rather than through a glob library; it finds what the
// glob `**/*.{txt,md}` finds: no dot files or dot folders, no node_modules, links followed, sorted.
// (`notes.md/` is a folder, not a reply: its files count for their own extension.)

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';

const NAMES = ['a', 'B', 'reply', '.hidden', 'node_modules', '.git', 'ä-ü', 'notes.md', 'x y'];
const FILES = ['r.md', 'R.MD', 'draft.txt', '.env.md', 'data.json', 'md', 'ähm.md', 'a.b.txt', 'z.md'];

const entry = fc.tuple(fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }), fc.constantFrom(...FILES));

describe('walking a folder', () => {
  it('finds what the glob **/*.{txt,md} finds (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 25 }), fc.boolean(), async (entries, links) => {
        const root = mkdtempSync(join(tmpdir(), 'tonelint-walk-'));
        try {
          for (const [dirs, file] of entries) {
            const path = join(root, 'tree', ...dirs, file);
            mkdirSync(dirname(path), { recursive: true });
            // A folder of the same name may be there already.
            try {
              writeFileSync(path, 'Thanks for writing.');
            } catch {
              // EISDIR
            }
          }
          if (links) {
            mkdirSync(join(root, 'elsewhere', 'deep'), { recursive: true });
            writeFileSync(join(root, 'elsewhere', 'deep', 'linked.md'), 'Hi.');
            symlinkSync(join(root, 'elsewhere'), join(root, 'tree', 'link'), 'dir');
            symlinkSync(join(root, 'elsewhere', 'deep', 'linked.md'), join(root, 'tree', 'file-link.md'));
          }
          const { files, errors } = await discover(['tree'], { cwd: root, extensions: ['.txt', '.md'], ignorePatterns: [], useIgnoreFiles: false });
          const globbed = await glob('**/*.{txt,md}', { cwd: join(root, 'tree'), absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
          // One difference on purpose: the glob library takes every file in a folder named like a match
          // ("notes.md/photo.jpg"); a file is linted for its own extension only.
          const want = globbed.filter((f) => /\.(txt|md)$/.test(f)).sort();
          expect(errors).toEqual([]);
          expect(files).toEqual(want);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
  });
});
