// Maps from decoded text back to raw offsets, kept compact: a few numbers per escape, not one per character.

export type OffsetFn = (offset: number) => number;

/** Decoded text and where each of its offsets (and its end) lies in the raw input. */
export interface Decoded {
  text: string;
  map: OffsetFn;
}

/** The breakpoints behind a piecewise map, so that layered maps (CSV → JSON → HTML) can be flattened. */
interface Breakpoints {
  t: readonly number[];
  r: readonly number[];
  length: number;
}

/**
 * A map that carries its breakpoints. On the function itself rather than in a WeakMap: entries of a long-lived
 * WeakMap outlive every young-generation collection, so each unit's map would reach the old generation.
 */
type Piecewise = OffsetFn & { breakpoints?: Breakpoints };

/**
 * A piecewise-linear map: text offset t[k] maps to raw offset r[k], and offsets between two breakpoints
 * continue linearly. A 50 MB export with few escapes needs only a handful of breakpoints per value.
 */
export function piecewise(t: readonly number[], r: readonly number[], length: number): OffsetFn {
  let fn: Piecewise;
  if (t.length === 1) {
    const r0 = r[0] as number;
    fn = (offset) => r0 + Math.min(Math.max(offset, 0), length);
  } else {
    fn = (offset) => {
      const i = Math.min(Math.max(offset, 0), length);
      const k = segment(t, i);
      return (r[k] as number) + (i - (t[k] as number));
    };
  }
  fn.breakpoints = { t, r, length };
  return fn;
}

/** The last breakpoint at or before `i`. */
function segment(t: readonly number[], i: number): number {
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((t[mid] as number) <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `outer` after `inner`. Two piecewise maps become one (the inner breakpoints plus the outer ones inside
 * each inner segment), so a unit keeps one small pair of arrays however many layers its text went through.
 */
export function compose(outer: OffsetFn, inner: OffsetFn): OffsetFn {
  const a = (inner as Piecewise).breakpoints;
  const b = (outer as Piecewise).breakpoints;
  if (!a || !b) return (offset) => outer(inner(offset));
  const t: number[] = [];
  const r: number[] = [];
  const push = (ti: number, ri: number) => {
    const k = t.length - 1;
    if (k >= 0 && (r[k] as number) + (ti - (t[k] as number)) === ri) return;
    t.push(ti);
    r.push(ri);
  };
  for (let k = 0; k < a.t.length; k++) {
    const ts = a.t[k] as number;
    const te = k + 1 < a.t.length ? (a.t[k + 1] as number) : a.length;
    const ms = a.r[k] as number;
    push(ts, outer(ms));
    for (let j = segment(b.t, ms) + 1; j < b.t.length && (b.t[j] as number) < ms + (te - ts); j++) {
      push(ts + ((b.t[j] as number) - ms), b.r[j] as number);
    }
  }
  push(a.length, outer(inner(a.length)));
  return piecewise(t, r, a.length);
}

/**
 * Builds decoded text and its map together. `copy` appends raw text verbatim (one breakpoint per run, merged
 * with the previous run when contiguous); `emit` appends text an escape, entity or fold produced, every
 * character of it mapped to where that construct starts. `cursor` is the raw offset after the last input
 * consumed, which is where folded line breaks are anchored (after the content, before trimmed whitespace).
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly t: number[] = [];
  private readonly r: number[] = [];
  private runSrc = '';
  private runStart = 0;
  private runEnd = 0;
  private tail = '';
  length = 0;
  cursor: number;

  constructor(start = 0) {
    this.cursor = start;
  }

  copy(src: string, start: number, end: number): void {
    if (end <= start) return;
    if (this.runEnd > this.runStart && src === this.runSrc && start === this.runEnd && this.continues(start)) {
      this.runEnd = end;
    } else {
      this.flush();
      this.mark(start);
      this.runSrc = src;
      this.runStart = start;
      this.runEnd = end;
    }
    this.length += end - start;
    this.cursor = end;
    this.tail = end - start >= 2 ? src.slice(end - 2, end) : (this.tail + src[start]).slice(-2);
  }

  emit(text: string, rawStart: number, rawEnd = rawStart): void {
    if (!text) return;
    this.flush();
    for (let k = 0; k < text.length; k++) {
      this.mark(rawStart);
      this.length++;
    }
    this.parts.push(text);
    this.cursor = Math.max(this.cursor, rawEnd);
    this.tail = (this.tail + text).slice(-2);
  }

  /** The last two characters appended (HTML uses it to avoid piling up blank lines). */
  get last(): string {
    return this.tail;
  }

  finish(rawEnd = this.cursor): Decoded {
    this.flush();
    this.mark(rawEnd);
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    return { text, map: piecewise(this.t, this.r, this.length) };
  }

  private continues(raw: number): boolean {
    const k = this.t.length - 1;
    return k >= 0 && (this.r[k] as number) + (this.length - (this.t[k] as number)) === raw;
  }

  private flush(): void {
    if (this.runEnd > this.runStart) this.parts.push(this.runSrc.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd = 0;
    this.runSrc = '';
  }

  private mark(raw: number): void {
    const k = this.t.length - 1;
    if (k >= 0 && this.t[k] === this.length) this.r[k] = raw;
    else if (!this.continues(raw)) {
      this.t.push(this.length);
      this.r.push(raw);
    }
  }
}
