// The messages of a large export, kept compact until the file is done: what messages share (rule, severity,
// text, language, entry, rewrites) is stored once, positions in typed arrays, so 200,000 messages take about
// 12 MB rather than 40. The strings kept are copies that hold on to no chunk of the file (SharedStrings).

import type { Message } from '../core/report.js';
import type { Messages } from './lint-document.js';
import { SharedStrings } from './shared-strings.js';

// Per message: line, column, endLine, endColumn, offset, endOffset, fix offset, fix end, template.
const FIELDS = 9;
const POSITIONS: readonly string[] = ['line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset'];

export class MessageStore implements Messages {
  private readonly strings = new SharedStrings();
  /** A message of each kind, whose own position, unit, phrase and fix are replaced when it is rebuilt. */
  private readonly templates: Message[] = [];
  private readonly kinds = new Map<string, number>();
  private ints = new Int32Array(FIELDS * 1024);
  private readonly units: (string | undefined)[] = [];
  private readonly actuals: (string | undefined)[] = [];
  length = 0;

  /** `views`: the result's messages are StoredMessages read from here, rather than objects of their own. */
  constructor(private readonly views = false) {}

  /** A copy of `s` that holds on to nothing else (for unit ids and titles). */
  copy(s: string): string {
    return this.strings.copy(s);
  }

  push(m: Message): void {
    // JSON tells a missing fix (null) from one that deletes ("").
    const key = JSON.stringify([m.ruleId, m.severity, m.message, m.lang, m.entryId, m.category, m.element, m.fatal, m.fix?.text, m.suggestions]);
    let kind = this.kinds.get(key);
    if (kind === undefined) {
      kind = this.templates.length;
      this.templates.push(this.strings.message({ ...m }));
      this.kinds.set(key, kind);
    }
    if ((this.length + 1) * FIELDS > this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    const at = this.length * FIELDS;
    const ints = this.ints;
    ints[at] = m.line;
    ints[at + 1] = m.column;
    ints[at + 2] = m.endLine;
    ints[at + 3] = m.endColumn;
    ints[at + 4] = m.offset;
    ints[at + 5] = m.endOffset;
    ints[at + 6] = m.fix ? m.fix.offset : -1;
    ints[at + 7] = m.fix ? m.fix.endOffset : -1;
    ints[at + 8] = kind;
    this.units.push(m.unit);
    this.actuals.push(m.actual === undefined ? undefined : this.strings.get(m.actual));
    this.length++;
  }

  setUnit(i: number, unit: string | undefined): void {
    this.units[i] = unit;
  }

  /** Forgets the messages from `length` on. */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
    this.units.length = this.length;
    this.actuals.length = this.length;
  }

  /**
   * The messages sorted by offset (stably), rebuilt with the keys of the originals in their order; or, with
   * `views`, as StoredMessages that read them from here, so that they need not all exist as objects at once.
   */
  sorted(): Message[] {
    const { views } = this;
    const { ints } = this;
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => ints[a * FIELDS + 4]! - ints[b * FIELDS + 4]! || ints[a * FIELDS + 5]! - ints[b * FIELDS + 5]! || a - b);
    return order.map((i) => (views ? (new StoredMessage(this, i) as unknown as Message) : this.get(i)));
  }

  /** One field of message `i`, without rebuilding the message. */
  field(i: number, key: keyof Message): unknown {
    const at = i * FIELDS;
    const position = POSITIONS.indexOf(key);
    if (position >= 0) return this.ints[at + position];
    if (key === 'unit') return this.units[i];
    if (key === 'actual') return this.actuals[i];
    const template = this.templates[this.ints[at + 8]!] as Message;
    if (key === 'fix') return template.fix && { offset: this.ints[at + 6]!, endOffset: this.ints[at + 7]!, text: template.fix.text };
    return template[key];
  }

  /** Message `i` as an object of its own. */
  get(i: number): Message {
    const at = i * FIELDS;
    const ints = this.ints;
    const m: Message = { ...(this.templates[ints[at + 8]!] as Message) };
    m.line = ints[at]!;
    m.column = ints[at + 1]!;
    m.endLine = ints[at + 2]!;
    m.endColumn = ints[at + 3]!;
    m.offset = ints[at + 4]!;
    m.endOffset = ints[at + 5]!;
    if ('unit' in m) m.unit = this.units[i];
    if ('actual' in m) m.actual = this.actuals[i];
    if (m.fix) m.fix = { offset: ints[at + 6]!, endOffset: ints[at + 7]!, text: m.fix.text };
    return m;
  }
}

/**
 * A message of a large export read from its store: the fields through getters, and JSON.stringify writes it as
 * the message it stands for (toJSON). It has no own properties: a copy by spreading or cloning is empty.
 */
export class StoredMessage {
  readonly #store: MessageStore;
  readonly #i: number;

  constructor(store: MessageStore, i: number) {
    this.#store = store;
    this.#i = i;
  }

  toJSON(): Message {
    return this.#store.get(this.#i);
  }

  field(key: keyof Message): unknown {
    return this.#store.field(this.#i, key);
  }
}

// The fields of a message, each read from the store.
for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'lang', 'unit', 'entryId', 'category', 'element', 'actual', 'suggestions', 'fix', 'fatal'] as const) {
  Object.defineProperty(StoredMessage.prototype, key, {
    get(this: StoredMessage) {
      return this.field(key);
    },
  });
}
