// What an export read a piece of text at a time gives back (see stream.ts).

import type { ParsedSource } from './types.js';

/** Takes the replies and problems of a record (or of what surrounds the records), at their offsets in the file. */
export type Emit = (parsed: ParsedSource) => void;

export interface SourceStream {
  /**
   * Reads `text`, the file's text from offset `base` on (`final`: it runs to the end of the file), passing each
   * record's replies to `emit` as soon as it is read. Returns how much of the text is done with; the rest must
   * be given again, followed by the next piece. Throws a SourceFailure where the whole file would not parse (its
   * only error then), and StreamBail where reading it record by record cannot give what reading it whole gives.
   */
  push(text: string, base: number, final: boolean, emit: Emit): number;
  /** Characters of text held besides the piece at hand (parts of an envelope that may yet be a record). */
  readonly held: number;
}

/** This file must be read whole for the same result (e.g. a JSON envelope that turns out to be a record). */
export class StreamBail extends Error {}
