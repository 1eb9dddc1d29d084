// A report whose opening needs the totals (JUnit) has its files' parts set aside until the end: in memory for an
// ordinary run, in a temporary file beyond a limit, and nothing is left behind either way.

import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setAside } from '../../src/cli/report-output.js';

const saved = process.env.TMPDIR;
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

function useTemp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tonelint-aside-'));
  process.env.TMPDIR = dir;
  return dir;
}

const pieces = Array.from({ length: 2000 }, (_, i) => `<testcase name="reply ${i} – ünïcode ✓ 😊"/>\n`);

function copied(aside: ReturnType<typeof setAside>): string {
  let out = '';
  aside.copyTo((text) => (out += text));
  return out;
}

describe('parts set aside', () => {
  it('stay in memory for an ordinary report', () => {
    const temp = useTemp();
    const aside = setAside();
    for (const p of pieces) aside.write(p);
    expect(readdirSync(temp)).toEqual([]);
    expect(copied(aside)).toBe(pieces.join(''));
  });

  it('go to a temporary file past the limit, come back whole, and leave nothing behind', () => {
    const temp = useTemp();
    const aside = setAside(1000);
    for (const p of pieces) aside.write(p);
    expect(readdirSync(temp)).toEqual([]);
    expect(copied(aside)).toBe(pieces.join(''));
    expect(readdirSync(temp)).toEqual([]);
  });

  it('are dropped when the run fails', () => {
    const temp = useTemp();
    const aside = setAside(1000);
    for (const p of pieces) aside.write(p);
    aside.discard();
    expect(readdirSync(temp)).toEqual([]);
    expect(copied(aside)).toBe('');
  });

  it('fail with a one-line message naming the temporary folder when it cannot be written', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a folder that does not exist stands in.
      process.env.TMPDIR = join(tmpdir(), 'tonelint-no-such-folder');
    } else {
      chmodSync(useTemp(), 0o500);
    }
    const aside = setAside(1000);
    expect(() => {
      for (const p of pieces) aside.write(p);
    }).toThrow(/cannot keep the report while it is made \(E[A-Z]+\)$/);
  });
});
