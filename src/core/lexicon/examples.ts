// Every example in a lexicon is a test: it must be found at its [marked] span; counter-examples never.

import { tokenize } from '../text/tokenize.js';
import { findPlaceholders } from '../text/placeholders.js';
import type { Span } from '../types.js';
import type { CompiledLanguage } from './compile.js';
import { matchReply } from '../match-reply.js';
import type { OrderCheck } from '../language/english.js';
import type { LexiconIssue } from './types.js';

/** Removes the [ ] markers of an example and returns the marked span. */
export function parseExample(example: string): { text: string; span?: Span } {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open + 1);
  if (open < 0 || close < 0) return { text: example };
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, span: { start: open, end: close - 1 } };
}

export function checkExamples(language: CompiledLanguage, onlyFile?: string, isOrder?: OrderCheck): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const find = (text: string) => matchReply(text, tokenize(text, [], findPlaceholders(text)), language, isOrder);
  for (const entry of language.entries) {
    if (onlyFile && entry.file !== onlyFile) continue;
    const issue = (field: string, message: string) =>
      issues.push({ file: entry.file, entryId: entry.id, field, line: entry.line, message });
    entry.examples.forEach((example, i) => {
      const { text, span } = parseExample(example);
      const own = find(text).filter((m) => m.entry === entry);
      if (own.length === 0) return issue(`examples[${i}]`, `no pattern matches "${text}"`);
      if (span && !own.some((m) => m.span.start === span.start && m.span.end === span.end)) {
        const got = own.map((m) => `[${text.slice(m.span.start, m.span.end)}]`).join(', ');
        issue(`examples[${i}]`, `expected [${text.slice(span.start, span.end)}] but the patterns match ${got}`);
      }
    });
    entry.counterExamples.forEach((example, i) => {
      const own = find(example).filter((m) => m.entry === entry);
      if (own.length) {
        const got = own.map((m) => `[${example.slice(m.span.start, m.span.end)}]`).join(', ');
        issue(`counterExamples[${i}]`, `must not match, but the patterns match ${got} in "${example}"`);
      }
    });
  }
  return issues;
}
