// GitHub workflow commands: exact lines, escaping that cannot be broken out of, and the per-level cap.

import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/report.js';
import { loadFormatter } from '../../src/formatters/index.js';
import { MAX_ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, github, githubStream } from '../../src/formatters/github.js';
import { calmDown, file, msg, OPTIONS, sampleResults } from './fixtures.js';

const format = (results: FileResult[], cwd = OPTIONS.cwd) => github(results, { color: false, cwd });

/** Reads a workflow command back the way the runner does. */
function parseCommand(line: string) {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) return undefined;
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(m[2]!.split(',').map((kv) => {
    const i = kv.indexOf('=');
    return [kv.slice(0, i), unescape(kv.slice(i + 1))];
  }));
  return { command: m[1], props, message: unescape(m[3]!) };
}

describe('github', () => {
  it('is registered as a format', async () => {
    expect(await loadFormatter('github')).toBe(githubStream);
  });

  it('writes one annotation per problem: errors (unreadable files first), then warnings, then notices', () => {
    expect(format(sampleResults()).split('\n')).toEqual([
      '::error file=broken.json,line=4,col=2,title=tonelint could not check this file::Unexpected token } in JSON at line 4, column 2',
      '::error file=replies/refund.txt,line=3,col=7,endColumn=15,title=tonelint avoid-phrase (en.dismissive.calm-down)::Telling an upset customer to calm down dismisses their feelings. Try: I understand how frustrating this is.',
      '::warning file=replies/refund.txt,line=5,col=1,endColumn=26,title=tonelint avoid-phrase (en.policy.company-policy)::Hiding behind "policy": say what you can do, not what the rules forbid. Try: Here is what I can do for you: <option>.',
      '::warning file=replies/refund.txt,line=1,col=1,endColumn=2,title=tonelint require-apology::No apology: a sincere "I am sorry that ..." tells the customer their trouble matters. Try: I am sorry that your order arrived late.',
      '::notice file=macros/Réponses clients – été 2024.json,line=12,col=20,endColumn=40,title=tonelint avoid-phrase (fr.negative.impossible)::Negative wording, 100%25 avoidable: "can\'t" <and> & "won\'t" sound final.%0ASay what is possible. [Remboursement, partiel: 50%25] Try: Voici ce que je peux faire : …',
      'tonelint: 5 problems (2 errors, 2 warnings, 1 notice).',
      '',
    ]);
  });

  it('escapes data and property values as the runner reads them', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    // Escaping % first: an existing "%0A" in the text stays text.
    expect(escapeData('literally %0A')).toBe('literally %250A');
    expect(escapeProperty('a%2Cb')).toBe('a%252Cb');
  });

  it('keeps hostile file names and messages inside their annotation', () => {
    const nasty = 'drafts/re: refund, 50%\n::error::x.txt';
    const out = format([file(nasty, [msg({ line: 2, column: 3, message: 'Line one,\r\nline two: "quoted" & <b>\n::warning::injected', suggestions: ['Sorry, 100%: really.'] })])]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      '::error file=drafts/re%3A refund%2C 50%25%0A%3A%3Aerror%3A%3Ax.txt,line=2,col=3,endColumn=12,title=tonelint avoid-phrase::' +
        'Line one,%0D%0Aline two: "quoted" & <b>%0A::warning::injected Try: Sorry, 100%25: really.',
    );
    const parsed = parseCommand(lines[0]!)!;
    expect(parsed.props.file).toBe(nasty);
    expect(parsed.props.line).toBe('2');
    expect(parsed.message).toBe('Line one,\r\nline two: "quoted" & <b>\n::warning::injected Try: Sorry, 100%: really.');
  });

  it('gives columns only for one-line spans, with an inclusive end column', () => {
    const [point, multi] = format([
      file('a.txt', [
        msg({ line: 2, column: 5, endLine: 4, endColumn: 3, ruleId: 'require-next-step', severity: 'warning', message: 'No next step.' }),
        msg({ line: 7, column: 1, endColumn: 1, ruleId: 'min-score', message: 'Tone score 40 is below the required 60.' }),
      ]),
    ]).split('\n');
    // Errors come first: the zero-length point, then the span over three lines.
    expect(point).toBe('::error file=a.txt,line=7,col=1,title=tonelint min-score::Tone score 40 is below the required 60.');
    expect(multi).toBe('::warning file=a.txt,line=2,endLine=4,title=tonelint require-next-step::No next step.');
  });

  it('uses forward slashes on Windows only', () => {
    const r = [file('replies\\a b.txt', [calmDown(1)])];
    expect(format(r, 'D:\\a\\repo\\repo')).toMatch(/^::error file=replies\/a b\.txt,/);
    expect(format(r)).toMatch(/^::error file=replies\\a b\.txt,/);
  });

  it(`shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level and says how to see the rest`, () => {
    const results = [
      file('many.txt', [
        ...Array.from({ length: 14 }, (_, i) => calmDown(i + 1)),
        ...Array.from({ length: 12 }, (_, i) => msg({ line: 40 + i, column: 1, severity: 'warning', message: `warning ${i}` })),
        ...Array.from({ length: 3 }, (_, i) => msg({ line: 60 + i, column: 1, severity: 'info', message: `note ${i}` })),
      ]),
    ];
    const lines = format(results).trimEnd().split('\n');
    const count = (kind: string) => lines.filter((l) => l.startsWith(`::${kind} `)).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 3]);
    // Levels stay grouped, errors first, and within a level the first problems in file order are kept.
    expect(lines.slice(0, 10).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines[10]).toContain('::warning 0');
    expect(lines[19]).toContain('::warning 9');
    expect(lines[20]).toMatch(/^::notice /);
    const summary = lines.at(-1)!;
    expect(summary.startsWith('::')).toBe(false);
    expect(summary).toBe(
      'tonelint: 29 problems (14 errors, 12 warnings, 3 notices). 6 of them are not shown as annotations ' +
        '(GitHub shows at most 10 per level in a step). For the full report run `tonelint --format stylish`, ' +
        'or upload `tonelint --format sarif --output-file tonelint.sarif` to code scanning.',
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(format([])).toBe('');
    expect(format([file('clean.txt', [])])).toBe('');
  });
});
