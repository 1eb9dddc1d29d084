// `tonelint lexicons`: what the lexicons hold, and clear errors for a broken lexicon file.

import { describe, expect, it } from 'vitest';
import { json, runCli, tempTree } from '../helpers/cli.js';

const good = `language: en
entries:
  - id: en.policy.ticket-closed
    category: policy
    patterns: ["ticket was closed automatically"]
    message: Blames the system.
    suggestions: ["I have reopened your ticket."]
    examples: ["Your [ticket was closed automatically]."]
`;

describe('lexicons', () => {
  it('lists every language and shows one', () => {
    const list = runCli(['lexicons', 'list']);
    expect(list.code).toBe(0);
    for (const code of ['de', 'en', 'et', 'it', 'lt', 'lv']) expect(list.stdout).toMatch(new RegExp(`^${code} `, 'm'));
    const show = runCli(['lexicons', 'show', 'lv']);
    expect(show.stdout).toMatch(/^lv\.[a-z-]+\.[a-z0-9-]+ {2}\[/m);
    const data = JSON.parse(runCli(['lexicons', 'show', 'it', '-f', 'json']).stdout);
    expect(data.entries.some((e: any) => e.category === 'negative')).toBe(true);
  });

  it('validates a good team file', () => {
    const dir = tempTree({ 'team.yaml': good });
    const r = runCli(['lexicons', 'validate', 'team.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('team.yaml: ok (1 entries)\n');
  });

  const broken: [string, string, RegExp][] = [
    ['a bad pattern', good.replace('"ticket was closed automatically"', '"ticket [was|is closed"'), /team\.yaml:\d+: en\.policy\.ticket-closed: patterns\[0\]: bad pattern .*unclosed "\["/],
    ['a duplicate id', good + good.split('entries:\n')[1], /team\.yaml:\d+: en\.policy\.ticket-closed: id: duplicate id/],
    ['an unknown category', good.replace('category: policy', 'category: rude'), /team\.yaml:\d+: en\.policy\.ticket-closed: category: must be one of dismissive, blame/],
    ['an example that does not match', good.replace('Your [ticket was closed automatically].', 'Your [ticket got closed].'), /en\.policy\.ticket-closed: examples\[0\]: no pattern matches/],
    ['malformed YAML', 'language: en\nentries:\n  - id: [unclosed\n', /team\.yaml:\d+: YAML: /],
  ];
  for (const [name, text, message] of broken) {
    it(`names file, entry and field for ${name} (exit 2)`, () => {
      const dir = tempTree({ 'team.yaml': text });
      const r = runCli(['lexicons', 'validate', 'team.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }

  it('a broken team lexicon in the config is reported, and linting goes on with exit 2', () => {
    const dir = tempTree({ '.tonelintrc.json': JSON.stringify({ lexicons: ['team.yaml'] }), 'team.yaml': good.replace('category: policy', 'category: rude'), 'a.txt': 'Please calm down.\n' });
    const r = runCli(['a.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lexicon team\.yaml:\d+: en\.policy\.ticket-closed: category/);
    expect(json(r)[0].errorCount).toBe(1);
  });
});
