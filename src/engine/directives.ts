// Inline disable comments, where the file format has comments: Markdown/HTML <!-- -->, YAML #.

import type { Message } from '../core/report.js';
import { extensionOf } from '../sources/extension.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or lexicon entry ids; empty means every rule. */
  targets: string[];
  line: number;
  column: number;
  offset: number;
}

const HTML_COMMENT = /<!--\s*tonelint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
const HASH_COMMENT = /(?:^|[ \t])#[ \t]*tonelint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/gm;

function syntaxFor(filePath: string): RegExp | undefined {
  const ext = extensionOf(filePath);
  if (['md', 'markdown', 'mdx', 'html', 'htm'].includes(ext)) return HTML_COMMENT;
  if (['yaml', 'yml'].includes(ext)) return HASH_COMMENT;
  return undefined;
}

export function findDirectives(filePath: string, text: string, position: (offset: number) => { line: number; column: number }): Directive[] {
  const syntax = syntaxFor(filePath);
  if (!syntax || !text.includes('tonelint-')) return [];
  return [...text.matchAll(syntax)].map((m) => {
    const offset = m.index + m[0].indexOf('tonelint-');
    const targets = (m[2] ?? '').replace(/--.*$/, '').split(/[\s,]+/).filter(Boolean);
    return { kind: m[1] as DirectiveKind, targets, offset, ...position(offset) };
  });
}

const covers = (d: Directive, m: Message) => d.targets.length === 0 || d.targets.includes(m.ruleId ?? '') || (m.entryId !== undefined && d.targets.includes(m.entryId));

/**
 * Drops the messages the directives switch off. With `reportUnused`, a directive that switched nothing off
 * becomes a warning of its own, so stale comments do not pile up.
 */
export function applyDirectives(messages: Message[], directives: readonly Directive[], reportUnused: boolean): Message[] {
  if (!directives.length) return messages;
  const used = new Set<Directive>();
  const kept = messages.filter((m) => {
    if (m.fatal) return true;
    let off: Directive | undefined;
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.line === m.line && covers(d, m)) off = d;
      else if (d.kind === 'disable-next-line' && d.line + 1 === m.line && covers(d, m)) off = d;
      else if (d.offset < m.offset && covers(d, m)) {
        if (d.kind === 'disable') off = d;
        else if (d.kind === 'enable' && off?.kind === 'disable') off = undefined;
      }
    }
    if (off) used.add(off);
    return !off;
  });
  if (!reportUnused) return kept;
  for (const d of directives) {
    if (d.kind === 'enable' || used.has(d)) continue;
    kept.push({
      ruleId: 'unused-disable-directive', severity: 'warning', line: d.line, column: d.column, endLine: d.line, endColumn: d.column,
      offset: d.offset, endOffset: d.offset, lang: null, suggestions: [],
      message: `Unused tonelint-${d.kind} directive${d.targets.length ? ` (${d.targets.join(', ')})` : ''}: nothing was reported here.`,
    });
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
