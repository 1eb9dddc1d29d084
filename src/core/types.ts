// Shapes shared by every layer: what a rule finds and how a reply is described.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** UTF-16 offsets into a text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of `span` by `text`. */
export interface Edit {
  span: Span;
  text: string;
}

/** A rewrite for a human to consider; it may change meaning, so it is never applied automatically. */
export interface Suggestion {
  text: string;
  edit?: Edit;
}

export const CATEGORIES = [
  'dismissive',
  'blame',
  'refusal',
  'policy',
  'no-time',
  'patronizing',
  'overpromise',
  'negative',
  'hostile',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ELEMENTS = ['apology', 'acknowledgement', 'thanks', 'next-step', 'timeframe', 'closing'] as const;
export type Element = (typeof ELEMENTS)[number];

/** One problem in one reply, with spans in that reply's text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  entryId?: string;
  category?: Category;
  element?: Element;
  actual?: string;
  suggestions: Suggestion[];
  fix?: Edit;
  /** Points this finding takes off the reply's tone score. */
  cost: number;
}
