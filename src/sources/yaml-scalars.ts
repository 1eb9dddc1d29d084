// YAML scalar bodies decoded with a map: plain and quoted folding, escapes, block scalars with chomping.
// The steps mirror the `yaml` package's own resolvers (compose/resolve-*-scalar.js) so that the text is
// identical to the parsed value; the caller checks that and falls back to a coarse map if it ever differs.

import type { Decoded } from './offset-map.js';
import { TextBuilder } from './offset-map.js';

type CopyFn = (b: TextBuilder, start: number, end: number) => void;

const copyPlain =
  (src: string): CopyFn =>
  (b, start, end) =>
    b.copy(src, start, end);

/** Single-quoted content: `''` is one quote. */
const copySingle =
  (src: string): CopyFn =>
  (b, start, end) => {
    let i = start;
    for (;;) {
      const q = src.indexOf("''", i);
      if (q < 0 || q >= end - 1) break;
      b.copy(src, i, q + 1);
      i = q + 2;
      b.cursor = i;
    }
    b.copy(src, i, end);
  };

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Plain and single-quoted folding: one break is a space, n empty lines are n line feeds, lines trimmed. */
function unfold(src: string, start: number, end: number, copy: CopyFn): Decoded {
  const b = new TextBuilder(start);
  const lines: [number, number][] = [];
  let i = start;
  for (;;) {
    const nl = src.indexOf('\n', i);
    if (nl < 0 || nl >= end) break;
    lines.push([i, src[nl - 1] === '\r' && nl - 1 >= i ? nl - 1 : nl]);
    i = nl + 1;
  }
  if (!lines.length) {
    copy(b, start, end);
    return b.finish(end);
  }
  const [s0, e0] = lines[0] as [number, number];
  let e = e0;
  while (e > s0 && isBlank(src[e - 1])) e--;
  copy(b, s0, e);
  let sep = ' ';
  for (let k = 1; k < lines.length; k++) {
    let [s, le] = lines[k] as [number, number];
    while (s < le && isBlank(src[s])) s++;
    while (le > s && isBlank(src[le - 1])) le--;
    if (s === le) {
      if (sep === '\n') b.emit('\n', b.cursor);
      else sep = '\n';
    } else {
      b.emit(sep, b.cursor);
      copy(b, s, le);
      sep = ' ';
    }
  }
  let s = i;
  while (s < end && isBlank(src[s])) s++;
  b.emit(sep, b.cursor);
  copy(b, s, end);
  return b.finish(end);
}

export function decodePlain(src: string, start: number, end: number): Decoded {
  return unfold(src, start, end, copyPlain(src));
}

/** `start`/`end` bound the whole token, quotes included. */
export function decodeSingleQuoted(src: string, start: number, end: number): Decoded {
  return unfold(src, start + 1, end - 1, copySingle(src));
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** `start`/`end` bound the whole token, quotes included. */
export function decodeDoubleQuoted(src: string, start: number, end: number): Decoded {
  const b = new TextBuilder(start + 1);
  const last = end - 1;
  for (let i = start + 1; i < last; ++i) {
    const ch = src[i];
    if (ch === '\r' && src[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      let j = i;
      let c = src[j + 1];
      while (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        if (c === '\r' && src[j + 2] !== '\n') break;
        if (c === '\n') fold += '\n';
        j++;
        c = src[j + 1];
      }
      b.emit(fold || ' ', b.cursor);
      i = j;
      b.cursor = i + 1;
    } else if (ch === '\\') {
      const at = i;
      let next = src[++i] as string;
      const cc = DQ_ESCAPES[next];
      if (cc) b.emit(cc, at, i + 1);
      else if (next === '\n' || (next === '\r' && src[i + 1] === '\n')) {
        if (next === '\r') i++;
        next = src[i + 1] as string;
        while (next === ' ' || next === '\t') next = src[++i + 1] as string;
        b.cursor = i + 1;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const code = parseInt(src.substr(i + 1, length), 16);
        b.emit(String.fromCodePoint(code), at, i + 1 + length);
        i += length;
      } else b.copy(src, at, i + 1); // invalid escape: the parser has reported it already
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = src[i + 1];
      while (next === ' ' || next === '\t') next = src[++i + 1];
      if (next !== '\n' && !(next === '\r' && src[i + 2] === '\n')) b.copy(src, wsStart, i + 1);
    } else b.copy(src, i, i + 1);
  }
  return b.finish(last);
}

export interface BlockHeader {
  mode: '|' | '>';
  indent: number;
  chomp: '' | '-' | '+';
}

export function parseBlockHeader(source: string): BlockHeader {
  let indent = 0;
  let chomp: BlockHeader['chomp'] = '';
  for (const ch of source.slice(1)) {
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!indent && Number(ch)) indent = Number(ch);
  }
  return { mode: source[0] === '>' ? '>' : '|', indent, chomp };
}

interface Line {
  start: number;
  indent: number;
  /** Content end, before a CR of CRLF. */
  end: number;
  /** After the line's line feed (or the body end for the last line). */
  next: number;
}

/**
 * A block scalar's body: `bodyStart`..`bodyEnd` are the lines after the header; `parentIndent` is the
 * indentation of the collection holding it (the CST token's `indent`).
 */
export function decodeBlock(src: string, bodyStart: number, bodyEnd: number, parentIndent: number, header: BlockHeader): Decoded {
  const lines: Line[] = [];
  for (let i = bodyStart; bodyEnd > bodyStart; ) {
    let nl = src.indexOf('\n', i);
    if (nl < 0 || nl >= bodyEnd) nl = bodyEnd;
    let s = i;
    while (s < nl && src[s] === ' ') s++;
    lines.push({ start: i, indent: s - i, end: nl > s && src[nl - 1] === '\r' ? nl - 1 : nl, next: Math.min(nl + 1, bodyEnd) });
    if (nl >= bodyEnd) break;
    i = nl + 1;
  }
  const b = new TextBuilder(bodyStart);
  const empty = (l: Line) => l.end === l.start + l.indent;
  let chompStart = lines.length;
  for (let k = lines.length - 1; k >= 0 && empty(lines[k] as Line); k--) chompStart = k;
  if (chompStart === 0) {
    if (header.chomp === '+' && lines.length > 0) b.emit('\n'.repeat(Math.max(1, lines.length - 1)), bodyStart);
    return b.finish(bodyEnd);
  }
  let trimIndent = parentIndent + header.indent;
  let contentStart = 0;
  for (let k = 0; k < chompStart; k++) {
    const l = lines[k] as Line;
    if (empty(l)) {
      if (header.indent === 0 && l.indent > trimIndent) trimIndent = l.indent;
    } else {
      if (header.indent === 0) trimIndent = l.indent;
      contentStart = k;
      break;
    }
  }
  for (let k = lines.length - 1; k >= chompStart; k--) if ((lines[k] as Line).indent > trimIndent) chompStart = k + 1;
  const extra = (l: Line) => b.copy(src, l.start + Math.min(trimIndent, l.indent), l.start + l.indent);
  for (let k = 0; k < contentStart; k++) {
    const l = lines[k] as Line;
    extra(l);
    b.emit('\n', l.end, l.next);
  }
  let sep = '';
  let prevMoreIndented = false;
  let lastBreak: [number, number] = [bodyStart, bodyStart];
  for (let k = contentStart; k < chompStart; k++) {
    const l = lines[k] as Line;
    const contentAt = l.start + l.indent;
    const short = contentAt < l.end && l.indent < trimIndent;
    const indentFrom = short ? contentAt : l.start + Math.min(trimIndent, l.indent);
    if (header.mode === '|') {
      b.emit(sep, b.cursor);
      b.copy(src, indentFrom, contentAt);
      b.copy(src, contentAt, l.end);
      sep = '\n';
    } else if ((l.indent > trimIndent && !short) || src[contentAt] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      b.emit(sep, b.cursor);
      b.copy(src, indentFrom, l.end);
      sep = '\n';
      prevMoreIndented = true;
    } else if (contentAt === l.end) {
      if (sep === '\n') b.emit('\n', b.cursor);
      else sep = '\n';
    } else {
      b.emit(sep, b.cursor);
      b.copy(src, contentAt, l.end);
      sep = ' ';
      prevMoreIndented = false;
    }
    lastBreak = [l.end, l.next];
  }
  if (header.chomp === '-') return b.finish(b.cursor);
  if (header.chomp === '+') {
    // Every kept trailing line contributes the break before it and any indentation beyond the block's.
    for (let k = chompStart; k < lines.length; k++) {
      const prev = lines[k - 1] as Line;
      b.emit('\n', prev.end, prev.next);
      extra(lines[k] as Line);
    }
    if (!b.last.endsWith('\n')) b.emit('\n', b.cursor);
    return b.finish(bodyEnd);
  }
  b.emit('\n', lastBreak[0], lastBreak[1]);
  return b.finish(lastBreak[1]);
}
