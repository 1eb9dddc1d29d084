// JSON and JSON Lines into the document model, with exact offsets through every string escape.
// Hand-written rather than JSON.parse or jsonc-parser: strings stay undecoded (offsets only) until a shape
// asks for them, so a 50 MB export costs a few copies of the file, and a syntax error has an exact offset.

import type { DNode, DString } from './model.js';
import { SourceFailure } from './model.js';
import type { Decoded, OffsetFn } from './offset-map.js';
import { TextBuilder, compose } from './offset-map.js';
import type { OnRecord, OnRecordError } from './stream-types.js';

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** A JSON string literal: `start`/`end` bound its content (inside the quotes) in `src`. */
class JsonString implements DString {
  readonly kind = 'string';
  constructor(
    private readonly src: string,
    private readonly start: number,
    private readonly end: number,
    private readonly escaped: boolean,
    private readonly outer: OffsetFn | undefined,
  ) {}

  get offset(): number {
    return this.outer ? this.outer(this.start - 1) : this.start - 1;
  }

  value(): string {
    return this.escaped ? (JSON.parse(this.src.slice(this.start - 1, this.end + 1)) as string) : this.src.slice(this.start, this.end);
  }

  decode(): Decoded {
    const { src, end } = this;
    const b = new TextBuilder(this.start);
    let i = this.start;
    while (i < end) {
      const slash = this.escaped ? src.indexOf('\\', i) : -1;
      const stop = slash < 0 || slash >= end ? end : slash;
      b.copy(src, i, stop);
      if (stop === end) break;
      const c = src[stop + 1] as string;
      if (c === 'u') {
        b.emit(String.fromCharCode(parseInt(src.slice(stop + 2, stop + 6), 16)), stop, stop + 6);
        i = stop + 6;
      } else {
        b.emit(ESCAPES[c] as string, stop, stop + 2);
        i = stop + 2;
      }
    }
    const decoded = b.finish(end);
    return this.outer ? { text: decoded.text, map: compose(this.outer, decoded.map) } : decoded;
  }
}

export function describeChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the input';
  return /\s/.test(c) ? `a ${JSON.stringify(c).slice(1, -1) || 'space'} character` : `'${c}'`;
}

/** Reads JSON values from `src` between `start` and `limit`; `outer` maps its offsets to the file's. */
export class Reader {
  pos: number;
  constructor(
    private readonly src: string,
    start: number,
    private readonly limit: number,
    private readonly outer: OffsetFn | undefined,
  ) {
    this.pos = start;
  }

  fail(message: string, at = this.pos): never {
    const what = at >= this.limit ? `${message} (is it truncated?)` : message;
    throw new SourceFailure(`Invalid JSON: ${what}`, this.outer ? this.outer(at) : at);
  }

  ws(): void {
    const { src } = this;
    let c = src.charCodeAt(this.pos);
    while (this.pos < this.limit && (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff)) c = src.charCodeAt(++this.pos);
  }

  value(depth: number): DNode {
    if (depth > 512) this.fail('nested more than 512 levels deep');
    this.ws();
    const { src } = this;
    const at = this.pos;
    const c = this.pos < this.limit ? src[at] : undefined;
    const offset = this.outer ? this.outer(at) : at;
    if (c === '{') {
      this.pos++;
      const entries = new Map<string, DNode>();
      this.ws();
      if (src[this.pos] === '}' && this.pos < this.limit) {
        this.pos++;
        return { kind: 'object', offset, entries };
      }
      for (;;) {
        this.ws();
        if (src[this.pos] !== '"' || this.pos >= this.limit) this.fail(`expected a property name in double quotes, found ${describeChar(src[this.pos])}`);
        const key = this.string().value();
        this.ws();
        if (src[this.pos] !== ':' || this.pos >= this.limit) this.fail(`expected ':' after the property name, found ${describeChar(src[this.pos])}`);
        this.pos++;
        entries.set(key, this.value(depth + 1));
        this.ws();
        const next = this.pos < this.limit ? src[this.pos] : undefined;
        this.pos++;
        if (next === '}') return { kind: 'object', offset, entries };
        if (next !== ',') this.fail(`expected ',' or '}' after a property value, found ${describeChar(next)}`, this.pos - 1);
      }
    }
    if (c === '[') {
      this.pos++;
      const items: DNode[] = [];
      this.ws();
      if (src[this.pos] === ']' && this.pos < this.limit) {
        this.pos++;
        return { kind: 'array', offset, items };
      }
      for (;;) {
        items.push(this.value(depth + 1));
        this.ws();
        const next = this.pos < this.limit ? src[this.pos] : undefined;
        this.pos++;
        if (next === ']') return { kind: 'array', offset, items };
        if (next !== ',') this.fail(`expected ',' or ']' after a list item, found ${describeChar(next)}`, this.pos - 1);
      }
    }
    if (c === '"') return this.string();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (src.startsWith(word, at) && at + word.length <= this.limit) {
        this.pos += word.length;
        return { kind: 'scalar', offset, value };
      }
    }
    NUMBER.lastIndex = at;
    const m = c !== undefined && NUMBER.exec(src);
    if (m && at + m[0].length <= this.limit) {
      this.pos += m[0].length;
      return { kind: 'scalar', offset, value: Number(m[0]), raw: m[0] };
    }
    return this.fail(`expected a value, found ${describeChar(c)}`);
  }

  string(): JsonString {
    const { src, limit } = this;
    const start = this.pos + 1;
    let i = start;
    let escaped = false;
    for (;;) {
      if (i >= limit) this.fail('unterminated string: a closing " is missing', Math.min(i, limit));
      const c = src.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        const e = src[i + 1] as string;
        if (e === 'u') {
          if (!HEX4.test(src.slice(i + 2, i + 6)) || i + 6 > limit) this.fail('invalid \\u escape: four hex digits must follow', i);
          i += 6;
        } else if (ESCAPES[e] !== undefined && i + 1 < limit) i += 2;
        else this.fail(`invalid escape \\${e ?? ''} in a string (a backslash is written \\\\)`, i);
      } else if (c < 32) {
        this.fail(`raw ${c === 10 ? 'line break' : 'control character'} in a string (write it as ${c === 10 ? '\\n' : '\\u00XX'})`, i);
      } else i++;
    }
    this.pos = i + 1;
    return new JsonString(src, start, i, escaped, this.outer);
  }
}

export function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    // Deep nesting is caught by the depth limit; this is for engines with smaller stacks.
    if (err instanceof RangeError) throw new SourceFailure('Invalid JSON: nested too deeply', 0);
    throw err;
  }
}

/**
 * Parses a JSON document. `outer` maps offsets of `src` to the file when `src` is itself decoded text
 * (JSON inside a CSV field). Returns undefined for an empty or all-blank document: an empty library.
 */
export function parseJsonText(src: string, outer?: OffsetFn): DNode | undefined {
  const reader = new Reader(src, 0, src.length, outer);
  reader.ws();
  if (reader.pos >= src.length) return undefined;
  const root = guard(() => reader.value(0));
  reader.ws();
  if (reader.pos < src.length) reader.fail(`unexpected ${describeChar(src[reader.pos])} after the end of the JSON value`);
  return root;
}

/** JSON Lines / NDJSON: one value per line; a bad line is reported and the other lines still count. */
export function parseJsonLinesText(src: string): { items: DNode[]; lineNumbers: number[]; errors: SourceFailure[] } {
  const items: DNode[] = [];
  const lineNumbers: number[] = [];
  const errors: SourceFailure[] = [];
  new JsonLines().read(src, 0, true, undefined, (value, line) => {
    items.push(value);
    lineNumbers.push(line);
  }, (err) => errors.push(err));
  return { items, lineNumbers, errors };
}

/** Reads JSON Lines a piece of text at a time; counts lines across pieces. */
export class JsonLines {
  /** Lines read so far. */
  line = 0;

  /**
   * Reads the lines of `src` from `from`; without `final`, a last line with no line break yet is left for the
   * next piece. Returns where reading stopped (the start of that line, or the end of `src`). The callbacks get
   * where the line starts and ends in `src`.
   */
  read(src: string, from: number, final: boolean, outer: OffsetFn | undefined, onValue: OnRecord<DNode>, onError: OnRecordError): number {
    let start = from;
    while (start <= src.length) {
      let end = src.indexOf('\n', start);
      if (end < 0) {
        if (!final) return start;
        end = src.length;
      }
      const reader = new Reader(src, start, end, outer);
      this.line++;
      try {
        reader.ws();
        if (reader.pos < end) {
          const value = guard(() => reader.value(0));
          reader.ws();
          if (reader.pos < end) reader.fail(`unexpected ${describeChar(src[reader.pos])} after the value (one JSON value per line)`);
          onValue(value, this.line, start, end);
        }
      } catch (err) {
        if (!(err instanceof SourceFailure)) throw err;
        onError(err, start, end);
      }
      start = end + 1;
    }
    return src.length;
  }
}
