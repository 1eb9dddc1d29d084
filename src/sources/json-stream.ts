// A JSON export read a piece of text at a time. A small scanner walks the envelope (the root, and objects one
// level down) and hands each element of a list of records to the JSON reader on its own, so only one record is
// held at once; everything around the records goes through the same reader, with the same syntax errors.
// The replies, labels and notices are those of parsing the whole file: where an envelope turns out to be
// something else (a record itself, an i18n file, a duplicate key), the file is read whole instead.

import { Collector } from './collect.js';
import { shapeOf } from './helpdesks.js';
import { stringEnd, valueEnd } from './json-extent.js';
import { Reader, describeChar, guard } from './json.js';
import type { DArray, DNode, DObject, PathSegment } from './model.js';
import { piecewise, type OffsetFn } from './offset-map.js';
import { RecordReplies } from './records.js';
import { extractReplies, isI18n } from './shapes.js';
import { RecordTooLarge, StreamBail, type Emit, type SourceStream } from './stream-types.js';
import type { SourceOptions } from './types.js';

/** Thrown where a step needs text beyond the piece at hand. */
const NEED = Symbol('more text');

interface ObjectFrame {
  kind: 'object';
  node: DObject;
  path: PathSegment[];
  /** 0 for the root, 1 for a member of the root. */
  depth: number;
  state: 'open' | 'key' | 'colon' | 'value' | 'after';
  key: string;
  /** Its members are taken as an envelope's, one by one; until then they are held (it may be a record). */
  committed: boolean;
  /** File offset of its opening brace: its text is kept while its members are held. */
  start: number;
}

interface ListFrame {
  kind: 'list';
  /** The list with only its first record: what the configuration hint of an unknown export quotes. */
  node: DArray;
  path: PathSegment[];
  depth: number;
  state: 'open' | 'item' | 'after';
  count: number;
}

type Frame = ObjectFrame | ListFrame;

export class JsonStream implements SourceStream {
  /** File offset where the next step starts. */
  private pos = 0;
  private readonly frames: Frame[] = [];
  private root: DNode | undefined;
  private rootDone = false;
  private readonly replies = new RecordReplies('json');
  // The piece of text at hand.
  private src = '';
  private base = 0;
  private final = false;
  private outer: OffsetFn | undefined;
  private emit: Emit = () => {};
  private c: Collector;

  constructor(
    private readonly options: SourceOptions,
    private readonly maxRecord = Infinity,
  ) {
    this.c = new Collector(options);
  }

  push(src: string, base: number, final: boolean, emit: Emit): number {
    this.src = src;
    this.base = base;
    this.final = final;
    this.outer = base ? piecewise([0], [base], src.length) : undefined;
    this.emit = emit;
    try {
      while (this.step()) this.flush();
    } catch (err) {
      if (err !== NEED) throw err;
    }
    this.flush();
    return this.keep() - base;
  }

  /** Where the text still needed starts: an envelope not yet known to be one keeps the text of what it holds. */
  private keep(): number {
    for (const f of this.frames) if (f.kind === 'object' && !f.committed) return f.start;
    if (this.rootDone && this.root?.kind !== 'array' && !this.committedRoot) return this.rootStart;
    return this.pos;
  }

  /** Passes on what the last step found. */
  private flush(): void {
    const { c } = this;
    if (!c.units.length && !c.errors.length) return;
    this.emit({ units: c.units, errors: c.errors });
    this.c = new Collector(this.options);
  }

  /** One step of the scan; false once the document is done. */
  private step(): boolean {
    const top = this.frames[this.frames.length - 1];
    if (!top) return this.rootDone ? this.end() : this.start();
    const { src } = this;
    const i = this.next();
    const c = i < src.length ? src[i] : undefined;
    if (top.kind === 'list') {
      if (top.state === 'open') {
        if (c === ']') return this.close(i);
        top.state = 'item';
      } else if (top.state === 'item') {
        const node = this.value(i, top.depth + 1);
        top.state = 'after';
        if (top.count === 0) top.node.items.push(node);
        this.replies.record(node, [...top.path, top.count++], this.c);
      } else {
        if (c === ']') return this.close(i);
        if (c !== ',') this.fail(`expected ',' or ']' after a list item, found ${describeChar(c)}`, i);
        this.pos = this.base + i + 1;
        top.state = 'item';
      }
      return true;
    }
    switch (top.state) {
      case 'open':
        if (c === '}') return this.close(i);
        top.state = 'key';
        return true;
      case 'key': {
        if (c !== '"') this.fail(`expected a property name in double quotes, found ${describeChar(c)}`, i);
        if (stringEnd(this.src, i) < 0) this.unfinished();
        const reader = this.reader(i);
        top.key = reader.string().value();
        this.pos = this.base + reader.pos;
        top.state = 'colon';
        return true;
      }
      case 'colon':
        if (c !== ':') this.fail(`expected ':' after the property name, found ${describeChar(c)}`, i);
        this.pos = this.base + i + 1;
        top.state = 'value';
        return true;
      case 'value':
        // Lists one or two levels down are lists of records, but a record's own `actions` list is not.
        if (c === '[' && top.depth <= 1 && top.key.toLowerCase() !== 'actions') {
          top.state = 'after';
          this.openList(top, i);
        } else if (c === '{' && top.depth === 0) {
          top.state = 'after';
          this.open(i, [top.key], 1);
        } else {
          const node = this.value(i, top.depth + 1);
          top.state = 'after';
          this.member(top, top.key, node);
        }
        return true;
      default:
        if (c === '}') return this.close(i);
        if (c !== ',') this.fail(`expected ',' or '}' after a property value, found ${describeChar(c)}`, i);
        this.pos = this.base + i + 1;
        top.state = 'key';
        return true;
    }
  }

  private start(): boolean {
    const i = this.next();
    const c = this.src[i];
    if (i >= this.src.length) return this.end(); // an empty document: an empty library
    this.rootStart = this.base + i;
    if (c === '[') {
      this.frames.push({ kind: 'list', node: { kind: 'array', offset: this.offset(i), items: [] }, path: [], depth: 0, state: 'open', count: 0 });
      this.pos = this.base + i + 1;
    } else if (c === '{') this.open(i, [], 0);
    else {
      this.root = this.value(i, 0);
      this.rootDone = true;
    }
    return true;
  }

  /** After the root value: nothing but blanks may follow; then the notices that need the whole file. */
  private end(): boolean {
    const i = this.next();
    if (i < this.src.length) this.fail(`unexpected ${describeChar(this.src[i])} after the end of the JSON value`, i);
    const { root } = this;
    if (root?.kind === 'array') {
      if (root.items.length) this.replies.finish(root, this.c);
    } else if (root?.kind === 'object' && this.committedRoot) this.replies.finish(root, this.c);
    else extractReplies(root, this.c, 'json');
    return false;
  }

  private committedRoot = false;
  private rootStart = 0;

  private open(i: number, path: PathSegment[], depth: number): void {
    const node: DObject = { kind: 'object', offset: this.offset(i), entries: new Map() };
    this.frames.push({ kind: 'object', node, path, depth, state: 'open', key: '', committed: false, start: this.base + i });
    this.pos = this.base + i + 1;
  }

  private openList(parent: ObjectFrame, i: number): void {
    if (parent.node.entries.has(parent.key)) throw new StreamBail(`the key "${parent.key}" occurs twice`);
    this.commit();
    const node: DArray = { kind: 'array', offset: this.offset(i), items: [] };
    parent.node.entries.set(parent.key, node);
    this.frames.push({ kind: 'list', node, path: [...parent.path, parent.key], depth: parent.depth + 1, state: 'open', count: 0 });
    this.pos = this.base + i + 1;
  }

  /**
   * A list of records begins: every object around it is an envelope from now on. What they hold so far is
   * searched for records now, in file order, as a whole-file search would have done before this list.
   */
  private commit(): void {
    for (const f of this.frames) {
      if (f.kind !== 'object' || f.committed) continue;
      f.committed = true;
      if (f.depth === 0) this.committedRoot = true;
      for (const [k, v] of f.node.entries) this.replies.member(v, [...f.path, k], f.depth + 1, this.c);
    }
  }

  /** A member of an envelope object: searched now if the object is an envelope, else held. */
  private member(frame: ObjectFrame, key: string, node: DNode): void {
    if (frame.committed && frame.node.entries.has(key)) throw new StreamBail(`the key "${key}" occurs twice`);
    frame.node.entries.set(key, node);
    if (frame.committed) this.replies.member(node, [...frame.path, key], frame.depth + 1, this.c);
  }

  /** The closing bracket at `i`. */
  private close(i: number): boolean {
    this.pos = this.base + i + 1;
    const frame = this.frames.pop() as Frame;
    if (frame.kind === 'list' && frame.count === 0 && frame.depth > 0) this.replies.sawEmpty = true;
    if (frame.kind === 'object' && frame.committed && (shapeOf(frame.node) || (frame.depth === 0 && isI18n(frame.node)))) {
      throw new StreamBail('an object around a list of records is not an envelope');
    }
    const parent = this.frames[this.frames.length - 1];
    if (!parent) {
      this.root = frame.node;
      this.rootDone = true;
    } else if (parent.kind === 'object' && frame.kind === 'object') {
      if (!frame.committed) this.member(parent, parent.key, frame.node);
      else if (parent.node.entries.has(parent.key)) throw new StreamBail(`the key "${parent.key}" occurs twice`);
      else parent.node.entries.set(parent.key, frame.node);
    }
    return true;
  }

  /** Parses the value at `i` (a record, or a small part of the envelope) once all of it is at hand. */
  private value(i: number, depth: number): DNode {
    const end = valueEnd(this.src, i);
    if ((end < 0 ? this.src.length : end) - i > this.maxRecord) throw new RecordTooLarge(this.offset(i));
    if (end < 0) this.unfinished();
    const reader = this.reader(i);
    const node = guard(() => reader.value(depth));
    this.pos = this.base + reader.pos;
    return node;
  }

  private reader(at: number): Reader {
    return new Reader(this.src, at, this.src.length, this.outer);
  }

  private offset(i: number): number {
    return this.outer ? this.outer(i) : i;
  }

  private fail(message: string, at: number): never {
    return this.reader(at).fail(message, at);
  }

  /** Where the next character that is not a blank is; the end of the text only at the end of the file. */
  private next(): number {
    const reader = this.reader(this.pos - this.base);
    reader.ws();
    this.pos = this.base + reader.pos;
    if (reader.pos >= this.src.length) this.unfinished();
    return reader.pos;
  }

  /** The end of the text, if it is the end of the file; otherwise more text is needed. */
  private unfinished(): number {
    if (!this.final) throw NEED;
    return this.src.length;
  }
}
