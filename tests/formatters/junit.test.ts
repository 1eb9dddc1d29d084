// JUnit XML: one test case per file, well-formed whatever the names and messages contain.

import { describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/formatters/index.js';
import { junit, junitStream, xmlAttribute, xmlText } from '../../src/formatters/junit.js';
import { calmDown, file, msg, OPTIONS, sampleResults } from './fixtures.js';
import { children, parseXml } from './xml.js';

describe('junit', () => {
  it('is registered as a format', async () => {
    expect(await loadFormatter('junit')).toBe(junitStream);
  });

  it('writes the exact expected document', () => {
    const out = junit([file('replies/refund.txt', [calmDown(3)]), file('clean.md', [])], OPTIONS);
    expect(out).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="tonelint" tests="2" failures="1" errors="0" time="0">',
        '  <testsuite name="tonelint" tests="2" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase classname="replies/refund.txt" name="replies/refund.txt" time="0">',
        '      <failure message="1 problem (1 error, 0 warnings)" type="error">3:7 error Telling an upset customer to calm down dismisses their feelings. Try: I understand how frustrating this is. [avoid-phrase/en.dismissive.calm-down]</failure>',
        '    </testcase>',
        '    <testcase classname="clean.md" name="clean.md" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('is well-formed and round-trips names and messages', () => {
    const root = parseXml(junit(sampleResults(), OPTIONS));
    expect(root.name).toBe('testsuites');
    const [suite] = children(root, 'testsuite');
    expect(suite!.attributes).toMatchObject({ name: 'tonelint', tests: '4', failures: '2', errors: '1' });
    const cases = children(suite!, 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual(['replies/refund.txt', 'macros/Réponses clients – été 2024.json', 'clean.md', 'broken.json']);
    expect(cases.every((c) => c.attributes.classname === c.attributes.name)).toBe(true);

    const refund = children(cases[0]!, 'failure')[0]!;
    expect(refund.attributes).toEqual({ message: '3 problems (1 error, 2 warnings)', type: 'error' });
    expect(refund.text.split('\n')).toEqual([
      '3:7 error Telling an upset customer to calm down dismisses their feelings. Try: I understand how frustrating this is. [avoid-phrase/en.dismissive.calm-down]',
      '5:1 warning Hiding behind "policy": say what you can do, not what the rules forbid. Try: Here is what I can do for you: <option>. [avoid-phrase/en.policy.company-policy]',
      '1:1 warning No apology: a sincere "I am sorry that ..." tells the customer their trouble matters. Try: I am sorry that your order arrived late. [require-apology]',
    ]);
    const macro = children(cases[1]!, 'failure')[0]!;
    expect(macro.attributes.type).toBe('info');
    // A message's own line break would read as a second problem: it is folded into one line.
    expect(macro.text).toBe(
      '12:20 info Negative wording, 100% avoidable: "can\'t" <and> & "won\'t" sound final. Say what is possible. (Remboursement, partiel: 50%) Try: Voici ce que je peux faire : … [avoid-phrase/fr.negative.impossible]',
    );
    expect(cases[2]!.children).toEqual([]);
    const broken = children(cases[3]!, 'error')[0]!;
    expect(broken.attributes).toEqual({ message: 'Unexpected token } in JSON at line 4, column 2', type: 'fatal' });
    expect(broken.text).toBe('4:2 error Unexpected token } in JSON at line 4, column 2 [fatal]');
    expect(children(cases[3]!, 'failure')).toEqual([]);
  });

  it('reports a file with a parse error and findings with both an error and a failure', () => {
    const fatal = { ...sampleResults()[3]!.messages[0]!, line: 9, column: 1 };
    const root = parseXml(junit([file('macros.json', [calmDown(2), fatal])], OPTIONS));
    const suite = children(root, 'testsuite')[0]!;
    expect(suite.attributes).toMatchObject({ tests: '1', failures: '1', errors: '1' });
    expect(children(suite, 'testcase')[0]!.children.map((c) => c.name)).toEqual(['error', 'failure']);
  });

  it('names the highest severity as the failure type', () => {
    const types = [
      [msg({ line: 1, column: 1, severity: 'info' })],
      [msg({ line: 1, column: 1, severity: 'info' }), msg({ line: 2, column: 1, severity: 'warning' })],
      [msg({ line: 1, column: 1, severity: 'warning' }), msg({ line: 2, column: 1, severity: 'error' })],
    ].map((ms) => children(children(children(parseXml(junit([file('a.txt', ms)], OPTIONS)), 'testsuite')[0]!, 'testcase')[0]!, 'failure')[0]!.attributes.type);
    expect(types).toEqual(['info', 'warning', 'error']);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlAttribute(`a & b < c > d "e" 'f'\tg\nh\ri`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#9;g&#10;h&#13;i');
    expect(xmlText(`a & b < c ]]> d\r\ne`)).toBe('a &amp; b &lt; c ]]&gt; d&#13;\ne');
    expect(xmlText('bell\u0007 nul\u0000 esc\u001b vt\u000b ff\u000c lone\uD800 fffe\uFFFE ok😀')).toBe('bell nul esc vt ff lone fffe ok😀');

    const hostile = file('drafts/"A&B" <x> \u0001.txt', [
      msg({ line: 1, column: 1, message: 'Control \u0000\u0008 chars, ]]> and <![CDATA[ & &amp; &#0;', suggestions: ["It's <fine> & \"done\""] }),
    ]);
    const out = junit([hostile], OPTIONS);
    const tc = children(children(parseXml(out), 'testsuite')[0]!, 'testcase')[0]!;
    expect(tc.attributes.name).toBe('drafts/"A&B" <x> .txt');
    expect(children(tc, 'failure')[0]!.text).toBe('1:1 error Control  chars, ]]> and <![CDATA[ & &amp; &#0; Try: It\'s <fine> & "done" [avoid-phrase]');
  });

  it('is a valid document for no files at all', () => {
    const root = parseXml(junit([], OPTIONS));
    expect(children(root, 'testsuite')[0]!.attributes).toMatchObject({ tests: '0', failures: '0', errors: '0' });
  });
});

describe('the test XML reader', () => {
  it('rejects what a real parser rejects', () => {
    for (const bad of ['<a>&</a>', '<a b="<"/>', '<a>&nbsp;</a>', '<a></b>', '<a/><b/>', '<a b=c/>', '<a b="1" b="2"/>', '<a>\u0001</a>', '<a>]]></a>', 'text<a/>', '<a>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a b="x&#10;y">&lt;&#x1F600;</a>')).toEqual({ name: 'a', attributes: { b: 'x\ny' }, children: [], text: '<😀' });
  });
});
