#!/usr/bin/env node
// Writes docs/rules/<rule-id>.md from the rules and the advice in the source (SARIF helpUri targets).
import { mkdirSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/core/rules/index.js';
import { CATEGORY_ADVICE, ELEMENT_ADVICE } from '../dist/core/advice.js';
import { CATEGORY_SEVERITY } from '../dist/core/categories.js';
import { PROFILES } from '../dist/core/profiles.js';

const out = new URL('../docs/rules/', import.meta.url);
mkdirSync(out, { recursive: true });
const ELEMENT = { 'require-apology': 'apology', 'require-acknowledgement': 'acknowledgement', 'require-next-step': 'next-step', 'require-thanks': 'thanks', 'require-closing': 'closing' };
for (const rule of rules) {
  const lines = [`# ${rule.id}`, '', rule.description, ''];
  const defaults = Object.entries(PROFILES).map(([name, p]) => `\`${name}\`: ${p.rules[rule.id] ?? rule.defaultSeverity}`).join(', ');
  lines.push(`Default severity by profile: ${defaults}.`, '');
  if (ELEMENT[rule.id]) lines.push('## Why', '', ELEMENT_ADVICE[ELEMENT[rule.id]], '', `See \`tonelint explain ${rule.id} --lang <code>\` for phrases that count and rewrites in each language.`);
  if (rule.id === 'require-next-step') lines.push('', 'Option: `["warning", { "timeframe": true }]` also requires a time ("by Friday", "within 24 hours").', '', '## Timeframes', '', ELEMENT_ADVICE.timeframe);
  if (rule.id === 'avoid-phrase') {
    lines.push('## Categories', '', '| category | default | why |', '|---|---|---|');
    for (const [c, advice] of Object.entries(CATEGORY_ADVICE)) lines.push(`| ${c} | ${CATEGORY_SEVERITY[c]} | ${advice} |`);
    lines.push('', 'Entries, patterns and rewrites per language: `tonelint lexicons show <code>`.');
  }
  writeFileSync(new URL(`${rule.id}.md`, out), `${lines.join('\n')}\n`);
}
console.log(`wrote ${rules.length} rule pages`);
