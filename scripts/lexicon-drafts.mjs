// Runs the realistic drafts in tests/lexicons/drafts/<lang>.yaml against a prepared lexicon and
// returns one line per draft whose findings differ from what the draft file expects.
// Shared by scripts/check-lexicon.mjs (for lexicon authors) and tests/lexicons (for npm test).
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { lintReply } from '../dist/core/lint.js';
import { compileLanguage } from '../dist/core/lexicon/compile.js';
import { isOrderToReader } from '../dist/engine/order-check.js';

const ELEMENT_RULES = { 'require-apology': 'apology', 'require-acknowledgement': 'acknowledgement', 'require-next-step': 'next-step' };

export function readDrafts(file) {
  if (!existsSync(file)) return [];
  return parse(readFileSync(file, 'utf8'))?.drafts ?? [];
}

export function draftFailures(prepared, drafts) {
  const language = compileLanguage(prepared);
  const languages = { supported: [prepared.language], get: (code) => (code === prepared.language ? language : undefined) };
  const failures = [];
  drafts.forEach((draft, i) => {
    const result = lintReply(draft.text, { languages, language: prepared.language, profile: 'email', isOrder: isOrderToReader });
    const avoid = result.findings.filter((f) => f.ruleId === 'avoid-phrase').map((f) => f.entryId).sort();
    const missing = result.findings.map((f) => ELEMENT_RULES[f.ruleId]).filter(Boolean).sort();
    const wantAvoid = [...(draft.avoid ?? [])].sort();
    const wantMissing = draft.missing === undefined ? undefined : [...draft.missing].sort();
    const head = JSON.stringify(draft.text.trim().slice(0, 70));
    if (avoid.join() !== wantAvoid.join()) {
      const found = result.findings.filter((f) => f.ruleId === 'avoid-phrase').map((f) => `${f.entryId} [${f.actual}]`);
      failures.push(`draft ${i + 1} ${head}: avoid expected [${wantAvoid.join(', ')}], found [${found.join(', ')}]`);
    }
    if (wantMissing && missing.join() !== wantMissing.join()) {
      failures.push(`draft ${i + 1} ${head}: missing expected [${wantMissing.join(', ')}], found [${missing.join(', ')}]`);
    }
  });
  return failures;
}
