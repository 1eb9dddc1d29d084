// HTML macro bodies as the customer reads them: tags removed (map kept), entities decoded, block tags as
// line and paragraph breaks so sentences do not merge; code and quoted mail become skip spans.

import type { Span } from '../core/types.js';
import { NAMED_ENTITIES } from './html-entities.js';
import type { OffsetFn } from './offset-map.js';
import { TextBuilder } from './offset-map.js';

export interface HtmlText {
  text: string;
  /** Offsets of `text` to offsets of the HTML source. */
  map: OffsetFn;
  skip: Span[];
}

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const DECLARATION = /<[!?][^>]*>/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const SPECIAL = /[<&]/g;

// Elements that end a line of text; `br` is one line feed, these a paragraph break.
const BLOCK = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(' '),
);
const CELL = new Set(['td', 'th']);
// Content that is not prose to lint: code, and quoted customer mail.
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'tt', 'blockquote']);
// Content nobody reads as the reply at all.
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template']);
// Intercom placeholders stay in the text for the core to mask (it recognises them by their markup).
const PLACEHOLDER_TAGS = new Set(['attribute', 'variable']);

function decodeEntity(m: RegExpExecArray): string | undefined {
  const [, dec, hex, name] = m;
  if (name !== undefined) return NAMED_ENTITIES.get(name);
  const code = parseInt((dec ?? hex) as string, dec !== undefined ? 10 : 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export function htmlToText(src: string): HtmlText {
  const b = new TextBuilder(0);
  const skip: Span[] = [];
  let skipDepth = 0;
  let skipStart = 0;
  // Source line breaks and indentation after a block boundary (or at the start) are layout, not text.
  let trimNext = true;
  const paragraph = (at: number) => {
    trimNext = true;
    if (b.length === 0 || b.last === '\n\n') return;
    b.emit(b.last.endsWith('\n') ? '\n' : '\n\n', at);
  };
  let i = 0;
  const n = src.length;
  while (i < n) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(src);
    const at = found ? found.index : n;
    if (trimNext) while (i < at && /\s/.test(src[i] as string)) i++;
    if (i < at) trimNext = false;
    b.copy(src, i, at);
    if (at >= n) break;
    i = at;
    if (src[at] === '&') {
      ENTITY.lastIndex = at;
      const m = ENTITY.exec(src);
      const decoded = m ? decodeEntity(m) : undefined;
      trimNext = false;
      if (m && decoded !== undefined) {
        b.emit(decoded, at, at + m[0].length);
        i = at + m[0].length;
      } else {
        b.copy(src, at, at + 1);
        i = at + 1;
      }
      continue;
    }
    if (src.startsWith('<!--', at)) {
      const close = src.indexOf('-->', at + 4);
      i = close < 0 ? n : close + 3;
      b.cursor = i;
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(src);
    if (!m) {
      DECLARATION.lastIndex = at;
      const d = DECLARATION.exec(src);
      if (d) i = b.cursor = at + d[0].length;
      else {
        trimNext = false;
        b.copy(src, at, at + 1); // a lone "<" in text ("< 5 minutes")
        i = at + 1;
      }
      continue;
    }
    const closing = m[1] === '/';
    const name = (m[2] as string).toLowerCase();
    const end = at + m[0].length;
    if (PLACEHOLDER_TAGS.has(name)) {
      const close = name === 'variable' && !closing ? src.indexOf('</variable>', end) : -1;
      const to = close >= 0 && !src.slice(end, close).includes('<') ? close + '</variable>'.length : end;
      b.copy(src, at, to);
      trimNext = false;
      i = to;
      continue;
    }
    i = end;
    b.cursor = end;
    if (DROPPED.has(name) && !closing && !m[3]?.endsWith('/')) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = end;
      const m2 = close.exec(src);
      i = b.cursor = m2 ? m2.index + m2[0].length : n;
      continue;
    }
    // A skipped element's span covers its content, not the breaks around it.
    if (SKIPPED.has(name) && closing && skipDepth > 0 && --skipDepth === 0 && b.length > skipStart) {
      skip.push({ start: skipStart, end: b.length });
    }
    if (name === 'br') {
      b.emit('\n', at);
      trimNext = false;
    } else if (BLOCK.has(name)) paragraph(at);
    else if (CELL.has(name) && !closing && b.length > 0 && !/\s$/.test(b.last)) b.emit(' ', at);
    if (SKIPPED.has(name) && !closing && skipDepth++ === 0) skipStart = b.length;
  }
  if (skipDepth > 0 && b.length > skipStart) skip.push({ start: skipStart, end: b.length });
  const { text, map } = b.finish(n);
  return { text, map, skip };
}

