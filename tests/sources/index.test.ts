import { describe, expect, test } from 'vitest';
import { sourceParserFor } from '../../src/sources/index.js';

describe('sourceParserFor', () => {
  const zendesk = '[{"id": 1, "title": "t", "actions": [{"field": "comment_value", "value": "Entschuldigung!"}]}]';
  test.each([
    ['macros.json', zendesk, ['Entschuldigung!']],
    ['MACROS.JSON', zendesk, ['Entschuldigung!']],
    ['x.yaml', '- title: t\n  response: Sveiki!\n', ['Sveiki!']],
    ['x.yml', '- name: t\n  content: <p>Tere!</p>\n', ['Tere!\n\n']],
    ['x.csv', 'title,content\nt,Labas!\n', ['Labas!']],
    ['x.jsonl', '{"title": "t", "content": "Hei!"}\n', ['Hei!']],
    ['x.htm', '<p>Hallo!</p>', ['Hallo!\n\n']],
    ['draft.md', '# Hi\n\nThanks!', ['# Hi\n\nThanks!']],
    ['draft.txt', 'Thanks &amp; bye', ['Thanks &amp; bye']],
    ['Makefile', 'plain', ['plain']],
  ])('%s', (file, text, expected) => {
    const parsed = sourceParserFor(file)(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.units.map((u) => u.text)).toEqual(expected);
  });

  test('options reach the parser', () => {
    const src = '[{"id": 1, "title": "t", "actions": [{"field": "comment_value", "value": "Note"}, {"field": "comment_mode_is_public", "value": false}]}]';
    expect(sourceParserFor('m.json')(src).units[0]?.profile).toBe('helpcenter');
    expect(sourceParserFor('m.json', { skipInternalNotes: true })(src).units).toEqual([]);
  });
});
