// Every format is written as the run goes: a file's part leaves as soon as the file is linted (or, where the
// format needs the totals first, waits as text, not as results), so a large run's memory stays flat.

import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/report.js';
import { formatterNames, loadFormatter } from '../../src/formatters/index.js';
import { whole } from '../../src/formatters/types.js';
import { calmDown, file, sampleResults } from './fixtures.js';

const OPTIONS = { color: false, cwd: '/work/replies' };
const written = (pieces: Iterable<string>) => [...pieces].join('');

describe('report streams', () => {
  for (const name of formatterNames) {
    it(`${name}: written file by file, it is the report of all the results at once`, async () => {
      const format = (await loadFormatter(name))!;
      const results = sampleResults();
      const report = format(OPTIONS);
      const parts = results.map((r) => written(report.file(r)));
      parts.push(written(report.end()));
      // A format whose opening needs the totals gives it last, to be written first (JUnit).
      expect((report.head?.() ?? '') + parts.join('')).toBe(whole(format)(results, OPTIONS));
    });
  }

  for (const name of ['json', 'compact', 'checkstyle', 'sarif', 'stylish']) {
    it(`${name}: a file's findings are written before the next file comes`, async () => {
      const report = (await loadFormatter(name))!(OPTIONS);
      for (let i = 0; i < 3; i++) {
        const r: FileResult = file(`reply-${i}.txt`, [calmDown(i + 1)]);
        expect(written(report.file(r))).toContain(`reply-${i}.txt`);
      }
    });
  }
});
