// The state of an interactive review: which finding is next, what was decided, undo, and the result text.

import type { Message } from '../core/report.js';
import { findPlaceholders } from '../core/text/placeholders.js';

export interface Edit {
  offset: number;
  endOffset: number;
  text: string;
}

type Decision = { step: number; kind: 'accept'; edit: Edit } | { step: number; kind: 'skip' } | { step: number; kind: 'ignore'; entryId: string };

// A greeting line ("Hi Sam,") stays first: missing elements are inserted as the first paragraph after it.
const GREETING = /^[^\n]{0,40}[,!:]?[ \t]*\r?\n(?:[ \t]*\r?\n)*/;

export class ReviewSession {
  private readonly decisions: Decision[] = [];
  readonly steps: Message[];

  constructor(
    readonly original: string,
    messages: readonly Message[],
  ) {
    this.steps = messages.filter((m) => m.suggestions.length > 0 && !m.fatal);
  }

  private get position(): number {
    const last = this.decisions[this.decisions.length - 1];
    return last ? last.step + 1 : 0;
  }

  private ignored(step: Message): boolean {
    return this.decisions.some((d) => d.kind === 'ignore' && d.entryId === (step.entryId ?? step.ruleId));
  }

  private overlapsAccepted(step: Message): boolean {
    return this.edits().some((e) => step.offset < e.endOffset && e.offset < step.endOffset && step.endOffset > step.offset);
  }

  /** Index of the next finding to show, or -1 when the review is done. */
  next(): number {
    for (let i = this.position; i < this.steps.length; i++) {
      const step = this.steps[i]!;
      if (!this.ignored(step) && !this.overlapsAccepted(step)) return i;
    }
    return -1;
  }

  /** Whether a rewrite can replace this finding's text (never across a placeholder). */
  canReplace(step: Message): boolean {
    return findPlaceholders(this.original.slice(step.offset, step.endOffset)).length === 0;
  }

  /** The edit that accepting `text` for a step makes: a replacement, or for a missing element an insertion. */
  editFor(step: Message, text: string): Edit {
    if (step.actual !== undefined) return { offset: step.offset, endOffset: step.endOffset, text };
    const greeting = GREETING.exec(this.original);
    const at = greeting && /\n\s*\n/.test(greeting[0]) ? greeting[0].length : 0;
    const newline = this.original.includes('\r\n') ? '\r\n' : '\n';
    return { offset: at, endOffset: at, text: at > 0 ? `${text}${newline}${newline}` : `${text} ` };
  }

  accept(step: number, text: string): void {
    this.decisions.push({ step, kind: 'accept', edit: this.editFor(this.steps[step]!, text) });
  }

  skip(step: number): void {
    this.decisions.push({ step, kind: 'skip' });
  }

  ignore(step: number): void {
    const s = this.steps[step]!;
    this.decisions.push({ step, kind: 'ignore', entryId: s.entryId ?? s.ruleId ?? '' });
  }

  /** Takes back the last decision; returns the step it was about, or -1. */
  undo(): number {
    return this.decisions.pop()?.step ?? -1;
  }

  edits(): Edit[] {
    return this.decisions.flatMap((d) => (d.kind === 'accept' ? [d.edit] : []));
  }

  get accepted(): number {
    return this.edits().length;
  }

  /** The draft with every accepted edit applied. */
  result(): string {
    // From the end backwards, so offsets stay valid; insertions at one place keep the order they were accepted in.
    const edits = this.edits().map((e, i) => ({ ...e, i })).sort((a, b) => b.offset - a.offset || b.i - a.i);
    let text = this.original;
    for (const e of edits) text = text.slice(0, e.offset) + e.text + text.slice(e.endOffset);
    return text;
  }
}
