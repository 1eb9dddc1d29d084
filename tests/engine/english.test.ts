// English disambiguation: negation, reported speech, quotes, and compromise only when a candidate needs it.

import { describe, expect, it } from 'vitest';
// The built package, as users load it (the lexicons are read from dist/).
import { lintText } from '../../dist/index.js';

const phrases = (text: string) =>
  lintText(text, { language: 'en', rules: { 'require-apology': 'off', 'require-acknowledgement': 'off', 'require-next-step': 'off' } })
    .messages.filter((m) => m.ruleId === 'avoid-phrase')
    .map((m) => m.actual);

describe('English: the agent telling the customer, not describing or quoting', () => {
  it('flags orders to the customer', () => {
    expect(phrases('Please calm down.')).toEqual(['calm down']);
    expect(phrases("You'll need to calm down first.")).toEqual(['calm down']);
    expect(phrases('Hey, calm down, it is one parcel.')).toEqual(['calm down']);
  });

  it('does not flag descriptions, negation, reported speech or quotations', () => {
    expect(phrases('I expect the holiday crowds at the depot to calm down by Monday.')).toEqual([]);
    expect(phrases('The market calmed down overnight.')).toEqual([]);
    expect(phrases('I would never tell you to calm down.')).toEqual([]);
    expect(phrases("I'm sorry my colleague told you to calm down.")).toEqual([]);
    expect(phrases('You wrote that the agent said “calm down” to you, and that is not acceptable.')).toEqual([]);
  });

  it('loads compromise only for a draft with an ambiguous candidate', async () => {
    const check = await import('../../dist/engine/order-check.js');
    const before = check.compromiseLoads;
    phrases('Thanks for your patience, the refund is on its way and will arrive by Friday.');
    phrases('Please calm down.');
    expect(check.compromiseLoads).toBe(before);
    phrases('I expect the holiday crowds at the depot to calm down by Monday.');
    expect(check.compromiseLoads).toBe(1);
  });
});

describe('drafts typed without special letters', () => {
  const rules = (text: string, language: string) => lintText(text, { language, fragment: false }).messages.map((m) => m.ruleId);

  it('German umlauts spelled out (lexicon transliterations) match like the real letters', () => {
    for (const text of ['Ich verstehe Ihren Ärger, es tut mir leid.', 'Ich verstehe Ihren Aerger, es tut mir leid.']) {
      expect(rules(text, 'de')).toEqual(['require-next-step']);
    }
    expect(lintText('Beruhigen Sie sich, das ist kein Grund fuer so viel Aerger.', { language: 'de' }).messages.map((m) => m.entryId)).toContain('de.dismissive.calm-down');
  });

  it('Baltic and Estonian drafts without diacritics match', () => {
    expect(lintText('Es neko nevaru darit, tas nav mans darbs.', { language: 'lv' }).messages.some((m) => m.category === 'refusal')).toBe(true);
    expect(lintText('Ma ei saa midagi teha.', { language: 'et' }).messages.some((m) => m.category === 'refusal')).toBe(true);
  });
});
