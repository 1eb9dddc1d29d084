// Checkstyle XML: the exact document, and well-formed output for awkward names and messages.

import { describe, expect, it } from 'vitest';
import { checkstyle, checkstyleStream } from '../../src/formatters/checkstyle.js';
import { loadFormatter } from '../../src/formatters/index.js';
import { calmDown, file, msg, OPTIONS, sampleResults } from './fixtures.js';
import { children, parseXml } from './xml.js';

describe('checkstyle', () => {
  it('is registered as a format', async () => {
    expect(await loadFormatter('checkstyle')).toBe(checkstyleStream);
  });

  it('writes the exact expected document', () => {
    const out = checkstyle(
      [
        file('replies/refund.txt', [calmDown(3), msg({ line: 1, column: 1, ruleId: 'require-thanks', severity: 'info', message: 'No thanks.' })]),
        file('clean.md', []),
      ],
      OPTIONS,
    );
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="replies/refund.txt">',
        '    <error line="3" column="7" severity="error" message="Telling an upset customer to calm down dismisses their feelings. Try: I understand how frustrating this is." source="tonelint.avoid-phrase.en.dismissive.calm-down"/>',
        '    <error line="1" column="1" severity="info" message="No thanks." source="tonelint.require-thanks"/>',
        '  </file>',
        '  <file name="clean.md"/>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('is well-formed and round-trips names, messages and sources', () => {
    const root = parseXml(checkstyle(sampleResults(), OPTIONS));
    expect(root.name).toBe('checkstyle');
    expect(root.attributes.version).toBe('4.3');
    const files = children(root, 'file');
    expect(files.map((f) => f.attributes.name)).toEqual(['replies/refund.txt', 'macros/Réponses clients – été 2024.json', 'clean.md', 'broken.json']);
    expect(children(files[0]!, 'error').map((e) => [e.attributes.severity, e.attributes.source])).toEqual([
      ['error', 'tonelint.avoid-phrase.en.dismissive.calm-down'],
      ['warning', 'tonelint.avoid-phrase.en.policy.company-policy'],
      ['warning', 'tonelint.require-apology'],
    ]);
    const macro = children(files[1]!, 'error')[0]!;
    expect(macro.attributes).toEqual({
      line: '12',
      column: '20',
      severity: 'info',
      // The line break inside the message survives as a character reference.
      message: 'Negative wording, 100% avoidable: "can\'t" <and> & "won\'t" sound final.\nSay what is possible. (Remboursement, partiel: 50%) Try: Voici ce que je peux faire : …',
      source: 'tonelint.avoid-phrase.fr.negative.impossible',
    });
    expect(children(files[3]!, 'error')[0]!.attributes).toMatchObject({ line: '4', column: '2', severity: 'error', source: 'tonelint.fatal' });
  });

  it('survives hostile file names and messages', () => {
    const out = checkstyle([file("it's <a> & \"b\"\u0007.txt", [msg({ line: 1, column: 1, message: '</error><error line="0"/> &amp; \u0000' })])], OPTIONS);
    const f = children(parseXml(out), 'file')[0]!;
    expect(f.attributes.name).toBe('it\'s <a> & "b".txt');
    expect(children(f, 'error')).toHaveLength(1);
    expect(children(f, 'error')[0]!.attributes.message).toBe('</error><error line="0"/> &amp; ');
  });
});
