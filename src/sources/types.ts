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
  /** The language the export declares for this reply (Gorgias `language`, an i18n file's locale), if any. */
  language?: string;
}

export interface SourceError {
  message: string;
  /** Offset in the file where the problem is. */
  offset: number;
  /** The file parsed but holds no export tonelint knows: a notice, not a failure (hooks pass any JSON). */
  unknownShape?: boolean;
}

export interface ParsedSource {
  units: Unit[];
  errors: SourceError[];
}

export type SourceParser = (text: string) => ParsedSource;

/** A custom shape from the config: where the replies are in files the `files` glob matches. */
export interface SourceShape {
  files: string;
  /** Paths of reply texts, e.g. `$.items[*].body` (syntax in path.ts). */
  text: string[];
  /** Path of the titles, paired with each text by their closest common parent, e.g. `$.items[*].name`. */
  title?: string;
  /** The texts are HTML (fields whose name ends in `_html` always are). */
  html?: boolean;
}

export interface SourceOptions {
  /** Config entries whose `files` glob matched this file (the engine matches them); they replace detection. */
  sources?: SourceShape[];
  /** Leave out Zendesk macros that post internal notes (otherwise linted with the helpcenter profile). */
  skipInternalNotes?: boolean;
}

export const identity = (offset: number) => offset;
