// Realistic lint results for the formatter tests: awkward file names and messages full of characters to escape.

import type { FileResult, Message } from '../../src/core/report.js';
import { countSeverities } from '../../src/core/report.js';

export function msg(partial: Partial<Message> & Pick<Message, 'line' | 'column'>): Message {
  return {
    ruleId: 'avoid-phrase',
    severity: 'error',
    message: 'Telling an upset customer to calm down dismisses their feelings.',
    endLine: partial.line,
    endColumn: partial.column + 10,
    offset: 0,
    endOffset: 10,
    lang: 'en',
    suggestions: [],
    ...partial,
  };
}

export function file(filePath: string, messages: Message[], source?: string): FileResult {
  return {
    filePath,
    language: messages.length ? 'en' : null,
    score: messages.some((m) => m.fatal) ? null : 100 - messages.length * 10,
    ...countSeverities(messages),
    units: [],
    messages,
    source,
  };
}

export const calmDown = (line: number, column = 7, actual = 'calm down') =>
  msg({
    line,
    column,
    endColumn: column + actual.length,
    entryId: 'en.dismissive.calm-down',
    category: 'dismissive',
    actual,
    suggestions: ['I understand how frustrating this is.', 'I can see why this is upsetting.'],
  });

/** Two replies, a macro export with a space and non-ASCII name, a clean file and one that could not be read. */
export function sampleResults(): FileResult[] {
  return [
    file('replies/refund.txt', [
      calmDown(3),
      msg({
        line: 5,
        column: 1,
        endColumn: 27,
        severity: 'warning',
        message: 'Hiding behind "policy": say what you can do, not what the rules forbid.',
        entryId: 'en.policy.company-policy',
        category: 'policy',
        actual: "that's our company policy",
        suggestions: ['Here is what I can do for you: <option>.'],
      }),
      msg({
        line: 1,
        column: 1,
        endColumn: 3,
        ruleId: 'require-apology',
        severity: 'warning',
        message: 'No apology: a sincere "I am sorry that ..." tells the customer their trouble matters.',
        element: 'apology',
        suggestions: ['I am sorry that your order arrived late.'],
      }),
    ]),
    file('macros/Réponses clients – été 2024.json', [
      msg({
        line: 12,
        column: 20,
        endColumn: 41,
        severity: 'info',
        ruleId: 'avoid-phrase',
        message: 'Negative wording, 100% avoidable: "can\'t" <and> & "won\'t" sound final.\nSay what is possible.',
        entryId: 'fr.negative.impossible',
        category: 'negative',
        lang: 'fr',
        unit: 'Remboursement, partiel: 50%',
        actual: "c'est impossible",
        suggestions: ['Voici ce que je peux faire : …'],
      }),
    ]),
    file('clean.md', []),
    file('broken.json', [
      {
        ruleId: null,
        severity: 'error',
        fatal: true,
        message: 'Unexpected token } in JSON at line 4, column 2',
        line: 4,
        column: 2,
        endLine: 4,
        endColumn: 2,
        offset: 40,
        endOffset: 40,
        lang: null,
        suggestions: [],
      },
    ]),
  ];
}

export const OPTIONS = { color: false, cwd: '/home/agent/support-templates' };
