// SARIF output: schema-shaped, accepted by GitHub code scanning, with URIs and fingerprints that stay put.

import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/core/report.js';
import { rules } from '../../src/core/rules/index.js';
import {
  FINGERPRINT_KEY,
  TONELINT_VERSION,
  artifactLocation,
  fingerprints,
  fnv1a64,
  sarif,
  sarifStream,
} from '../../src/formatters/sarif.js';
import { loadFormatter } from '../../src/formatters/index.js';
import { calmDown, file, msg, OPTIONS, sampleResults } from './fixtures.js';
import { isUri, isUriReference, sarifSubsetSchema } from './sarif-schema.js';

type Json = any;
const run = (results: FileResult[], cwd = OPTIONS.cwd): Json => JSON.parse(sarif(results, { color: false, cwd }));

function ajv() {
  const a = new Ajv({ allErrors: true, strict: false });
  a.addFormat('uri', isUri);
  a.addFormat('uri-reference', isUriReference);
  a.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return a;
}

describe('sarif', () => {
  const log = run(sampleResults());
  const theRun = log.runs[0];

  it('is registered as a format', async () => {
    expect(await loadFormatter('sarif')).toBe(sarifStream);
  });

  it('matches the SARIF 2.1.0 shape GitHub code scanning accepts', () => {
    const validate = ajv().compile(sarifSubsetSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // Also for an empty run and for a run with nothing but fatal errors.
    expect(validate(run([])), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(run([sampleResults()[3]!])), JSON.stringify(validate.errors)).toBe(true);
  });

  // The official schema (draft-04) is not shipped with the project; when a copy sits in the shared folder
  // beside the project (../shared/sarif-schema-2.1.0.json) or SARIF_SCHEMA names one, validate against it too.
  const official = [process.env.SARIF_SCHEMA, new URL('../../../shared/sarif-schema-2.1.0.json', import.meta.url).pathname].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
  it.skipIf(!official)('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(official!, 'utf8'));
    delete schema.$schema; // draft-04: Ajv reads it as draft-07, which accepts everything this schema uses
    schema.$id = schema.id;
    delete schema.id;
    const validate = ajv().compile(schema);
    for (const results of [sampleResults(), [], [sampleResults()[3]!]]) {
      expect(validate(run(results)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('names the tool, its version (the package version) and the column unit', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(TONELINT_VERSION).toBe(pkg.version);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(theRun.tool.driver).toMatchObject({ name: 'tonelint', version: TONELINT_VERSION, informationUri: 'https://github.com/tonelint/tonelint' });
    expect(theRun.columnKind).toBe('utf16CodeUnits');
  });

  it('describes each rule that appears once, with help, the first rewrite and a documentation link', () => {
    const ids = theRun.tool.driver.rules.map((r: Json) => r.id);
    expect(ids).toEqual(['avoid-phrase', 'require-apology']);
    const avoid = theRun.tool.driver.rules[0];
    expect(avoid.shortDescription.text).toBe(rules.find((r) => r.id === 'avoid-phrase')!.description);
    expect(avoid.fullDescription.text).toBe(`${avoid.shortDescription.text} Categories found in this run: dismissive, negative, policy.`);
    expect(avoid.helpUri).toBe('https://github.com/tonelint/tonelint/blob/main/docs/rules/avoid-phrase.md');
    expect(avoid.help.text).toContain('I understand how frustrating this is.');
    expect(avoid.help.text).toContain('Example rewrite: "calm down" -> "I understand how frustrating this is."');
    expect(avoid.help.markdown).toContain('Example rewrite: *calm down* → *I understand how frustrating this is.*');
    expect(avoid.help.markdown).toContain('[Rule documentation](https://github.com/tonelint/tonelint/blob/main/docs/rules/avoid-phrase.md)');
    expect(avoid.defaultConfiguration).toEqual({ level: 'error' });
    expect(theRun.tool.driver.rules[1].defaultConfiguration).toEqual({ level: 'warning' });
    // Each result points at its rule.
    for (const r of theRun.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('describes rules the engine adds (min-score) and unknown ones without failing, in the order they appear', () => {
    const out = run([file('a.txt', [msg({ line: 1, column: 1, endColumn: 1, ruleId: 'min-score', message: 'Tone score 40 is below the required 60.' }), msg({ line: 2, column: 1, ruleId: 'future-rule', severity: 'info' })])]);
    expect(out.runs[0].tool.driver.rules.map((r: Json) => r.id)).toEqual(['min-score', 'future-rule']);
    expect(out.runs[0].tool.driver.rules[0].shortDescription.text).toMatch(/min-score/);
    expect(out.runs[0].results.map((r: Json) => r.ruleIndex)).toEqual([0, 1]);
  });

  it('maps severities to levels and appends the first rewrite to the message', () => {
    expect(theRun.results.map((r: Json) => r.level)).toEqual(['error', 'warning', 'warning', 'note']);
    expect(theRun.results[0].message.text).toBe(
      'Telling an upset customer to calm down dismisses their feelings. Try: I understand how frustrating this is.',
    );
    expect(theRun.results[0].properties).toEqual({
      entryId: 'en.dismissive.calm-down',
      category: 'dismissive',
      lang: 'en',
      suggestions: ['I understand how frustrating this is.', 'I can see why this is upsetting.'],
    });
    expect(theRun.results[2].properties).toMatchObject({ element: 'apology' });
    expect(theRun.results[3].properties).toMatchObject({ entryId: 'fr.negative.impossible', category: 'negative', unit: 'Remboursement, partiel: 50%' });
  });

  it('places results with a relative, percent-encoded URI under %SRCROOT% and our 1-based columns', () => {
    expect(theRun.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'replies/refund.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 16, snippet: { text: 'calm down' } },
    });
    expect(theRun.results[3].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'macros/R%C3%A9ponses%20clients%20%E2%80%93%20%C3%A9t%C3%A9%202024.json',
      uriBaseId: '%SRCROOT%',
    });
    expect(decodeURIComponent(theRun.results[3].locations[0].physicalLocation.artifactLocation.uri)).toBe('macros/Réponses clients – été 2024.json');
  });

  it('turns every kind of path into a valid URI reference', () => {
    const cwd = '/home/agent/support-templates';
    expect(artifactLocation('/home/agent/support-templates/sub/a b.txt', cwd)).toEqual({ uri: 'sub/a%20b.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/shared/macros #1.json', cwd)).toEqual({ uri: 'file:///srv/shared/macros%20%231.json' });
    expect(artifactLocation('../other/x.md', cwd)).toEqual({ uri: '../other/x.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('./a.txt', cwd)).toEqual({ uri: 'a.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('<stdin>', cwd)).toEqual({ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' });
    // A colon in the first segment must not read as a URI scheme; % and ? must not read as escapes or a query.
    expect(artifactLocation('re: 100%?.txt', cwd).uri).toBe('re%3A%20100%25%3F.txt');
    // On POSIX a backslash is part of a name; on Windows it separates folders.
    expect(artifactLocation('a\\b.txt', cwd).uri).toBe('a%5Cb.txt');
    expect(artifactLocation('replies\\été.txt', 'C:\\work\\repo')).toEqual({ uri: 'replies/%C3%A9t%C3%A9.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('C:\\work\\repo\\a.txt', 'c:\\Work\\Repo')).toEqual({ uri: 'a.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('D:\\other\\a b.txt', 'C:\\work\\repo')).toEqual({ uri: 'file:///D:/other/a%20b.txt' });
    for (const p of ['日本語/返信.txt', 'emoji 😀.md', 'x\uD800y.txt']) expect(isUriReference(artifactLocation(p, cwd).uri)).toBe(true);
  });

  it('reports files that could not be checked as tool notifications, not results', () => {
    const inv = theRun.invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'Unexpected token } in JSON at line 4, column 2' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 2 } } }],
        descriptor: { id: 'fatal' },
      },
    ]);
    expect(theRun.results.some((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri === 'broken.json')).toBe(false);
    expect(run([sampleResults()[0]!]).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('is deterministic: no timestamps or machine paths', () => {
    expect(sarif(sampleResults(), OPTIONS)).toBe(sarif(sampleResults(), OPTIONS));
    expect(sarif(sampleResults(), OPTIONS)).not.toContain(OPTIONS.cwd);
  });
});

describe('sarif fingerprints', () => {
  const printsOf = (results: FileResult[]) => run(results).runs[0].results.map((r: Json) => r.partialFingerprints[FINGERPRINT_KEY]);

  it('uses 64-bit FNV-1a (reference vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('keeps a finding\'s fingerprint when it moves five lines down', () => {
    const before = printsOf([file('replies/refund.txt', [calmDown(3)])]);
    const after = printsOf([file('replies/refund.txt', [calmDown(8, 12)])]);
    expect(after).toEqual(before);
    expect(before[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores case and spacing of the matched phrase', () => {
    expect(printsOf([file('a.txt', [calmDown(1, 1, 'Calm  down')])])).toEqual(printsOf([file('a.txt', [calmDown(4, 1, 'calm\ndown')])]));
  });

  it('tells two identical phrases in one file apart, and keeps each one stable', () => {
    const two = printsOf([file('a.txt', [calmDown(2), calmDown(9)])]);
    expect(two[0]).not.toBe(two[1]);
    const moved = printsOf([file('a.txt', [calmDown(7), calmDown(30)])]);
    expect(moved).toEqual(two);
  });

  it('differs by file, rule entry and reply', () => {
    const base = fingerprints('a.txt', [calmDown(1)])[0];
    expect(fingerprints('b.txt', [calmDown(1)])[0]).not.toBe(base);
    expect(fingerprints('a.txt', [{ ...calmDown(1), entryId: 'en.dismissive.relax' }])[0]).not.toBe(base);
    expect(fingerprints('a.txt', [{ ...calmDown(1), unit: 'Refund macro' }])[0]).not.toBe(base);
    expect(fingerprints('a.txt', [calmDown(1)])[0]).toBe(base);
  });

  it('stays the same from version to version, so baselines and code scanning keep their findings', () => {
    const prints = fingerprints('replies/a.txt', [calmDown(1), calmDown(4), { ...calmDown(9), unit: 'Refund macro' }]);
    expect(prints).toEqual(['9a38d85c732863b4', '9a38d95c73286567', '86898865adb91d0a']);
  });

  it('is unique across every result of a realistic run', () => {
    const prints = printsOf(sampleResults());
    expect(new Set(prints).size).toBe(prints.length);
  });
});
