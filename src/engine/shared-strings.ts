// One copy of each string the messages of a large export repeat (matched phrases, messages, rewrites), made
// apart from the text it was cut from: V8 keeps a slice of 13 characters or more as a view into its parent,
// so a matched phrase would otherwise keep the whole chunk of the file it was found in alive.

import type { Message } from '../core/report.js';

export class SharedStrings {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  /** A copy of `s` that holds on to nothing else. */
  copy(s: string): string {
    // Concatenating makes a new string; slicing it flattens that one into fresh memory.
    return s.length < 13 ? s : ` ${s}`.slice(1);
  }

  /** The one copy of `s`. */
  get(s: string): string {
    let shared = this.strings.get(s);
    if (shared === undefined) {
      shared = this.copy(s);
      this.strings.set(shared, shared);
    }
    return shared;
  }

  /** `m` with its strings, and its list of rewrites, shared with the other messages. */
  message(m: Message): Message {
    m.message = this.get(m.message);
    if (m.actual !== undefined) m.actual = this.get(m.actual);
    if (m.fix) m.fix.text = this.get(m.fix.text);
    const key = m.suggestions.join('\u0000');
    let list = this.lists.get(key);
    if (!list) {
      list = m.suggestions.map((s) => this.get(s));
      this.lists.set(key, list);
    }
    m.suggestions = list;
    return m;
  }
}
