// Turns values found by a shape into units: decoding, HTML when the field holds markup, and type errors.

import type { ProfileName } from '../core/profiles.js';
import type { DNode, PathSegment } from './model.js';
import { SourceFailure, describe, formatPath } from './model.js';
import { htmlToText } from './html.js';
import { compose } from './offset-map.js';
import type { SourceError, SourceOptions, Unit } from './types.js';

export interface UnitSpec {
  id: string;
  title?: string;
  html?: boolean;
  profile?: ProfileName;
  fragment?: boolean;
  language?: string;
}

/** How a format names a place in it: `$.macros[2].title`, or `row 7 body` for CSV. */
export type PathLabel = (path: readonly PathSegment[]) => string;

export class Collector {
  readonly units: Unit[] = [];
  readonly errors: SourceError[] = [];

  constructor(
    readonly options: SourceOptions,
    readonly label: PathLabel = formatPath,
  ) {}

  fail(err: unknown): void {
    if (!(err instanceof SourceFailure)) throw err;
    this.errors.push({ message: err.message, offset: err.offset });
  }

  /**
   * Adds `node` as a reply. Missing and null are no reply; blank text is no reply either (nothing to lint,
   * and an empty macro should not be told it lacks an apology); anything but text is an error at its path.
   */
  add(node: DNode | undefined, path: readonly PathSegment[], spec: UnitSpec): void {
    if (node === undefined || (node.kind === 'scalar' && node.value === null)) return;
    if (node.kind !== 'string') {
      this.errors.push({ message: `${this.label(path)}: expected the reply text, found ${describe(node)}`, offset: node.offset });
      return;
    }
    const decoded = node.decode();
    if (!decoded.text.trim()) return;
    const unit: Unit = { id: spec.id, text: decoded.text, skip: [], toFile: decoded.map };
    if (spec.html) {
      const html = htmlToText(decoded.text);
      if (!html.text.trim()) return;
      unit.text = html.text;
      unit.skip = html.skip;
      unit.toFile = compose(decoded.map, html.map);
    }
    if (spec.title !== undefined) unit.title = spec.title;
    if (spec.profile) unit.profile = spec.profile;
    if (spec.fragment) unit.fragment = true;
    if (spec.language) unit.language = spec.language;
    this.units.push(unit);
  }
}
