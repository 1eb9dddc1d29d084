// What a source parser makes of a file: reply units, each with a map back to the file's offsets.

import type { ProfileName } from '../core/profiles.js';
import type { Span } from '../core/types.js';

export interface Unit {
  /** Stable id inside the file (e.g. a macro id); "1" for a single-reply file. */
  id: string;
  title?: string;
  /** The reply as the customer reads it (escapes and entities decoded). */
  text: string;
  /** Spans of `text` that are not prose to lint (code, front matter, tags). */
  skip: Span[];
  /** Maps an offset in `text` to an offset in the file. */
  toFile: (offset: number) => number;
  profile?: ProfileName;
  fragment?: boolean;
}

export interface SourceError {
  message: string;
  /** Offset in the file where the problem is. */
  offset: number;
}

export interface ParsedSource {
  units: Unit[];
  errors: SourceError[];
}

export type SourceParser = (text: string) => ParsedSource;

export const identity = (offset: number) => offset;
