// Markdown: one reply; code, front matter, HTML and link targets are not prose.

import type { Span } from '../core/types.js';
import { mergeSpans } from '../core/text/spans.js';
import type { ParsedSource } from './types.js';
import { identity } from './types.js';

const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^([ \t]{0,3})(`{3,}|~{3,})[^\n]*$/;
// Each pattern with the character it needs: most replies have none of them, so no regex runs.
const INLINE: [string, RegExp][] = [
  ['`', /(`+)[^`]*?\1/g], // inline code
  ['<!--', /<!--[\s\S]*?-->/g], // comments
  ['](', /\]\([^)\s]*(?:\s+"[^"]*")?\)/g], // link and image targets
  [']:', /^\s*\[[^\]]+\]:\s*\S+.*$/gm], // reference definitions
  ['<', /<\/?[A-Za-z][^>\n]*>/g], // HTML tags
];

export function markdownSkips(text: string): Span[] {
  const skip: Span[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (fm) skip.push({ start: 0, end: fm[0].length });
  if (!text.includes('```') && !text.includes('~~~')) return mergeSpans([...skip, ...inlineSkips(text)]);
  // Fenced code blocks, line by line.
  let offset = 0;
  let fenceStart = -1;
  let fenceMarker = '';
  for (const line of text.split('\n')) {
    const m = FENCE.exec(line.replace(/\r$/, ''));
    if (fenceStart < 0 && m) {
      fenceStart = offset;
      fenceMarker = (m[2] as string)[0] as string;
    } else if (fenceStart >= 0 && m && (m[2] as string)[0] === fenceMarker) {
      skip.push({ start: fenceStart, end: offset + line.length });
      fenceStart = -1;
    }
    offset += line.length + 1;
  }
  if (fenceStart >= 0) skip.push({ start: fenceStart, end: text.length });
  return mergeSpans([...skip, ...inlineSkips(text)]);
}

function inlineSkips(text: string): Span[] {
  const skip: Span[] = [];
  for (const [needed, re] of INLINE) {
    if (text.includes(needed)) for (const m of text.matchAll(re)) skip.push({ start: m.index, end: m.index + m[0].length });
  }
  return skip;
}

export function parseMarkdown(text: string): ParsedSource {
  return { units: [{ id: '1', text, skip: markdownSkips(text), toFile: identity }], errors: [] };
}
