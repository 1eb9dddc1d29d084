// Replies record by record, for exports read a piece at a time: what extractReplies (shapes.ts) does with a
// whole document, one record or envelope member at a time, in file order.

import type { Collector } from './collect.js';
import { shapeOf } from './helpdesks.js';
import type { DNode, PathSegment } from './model.js';
import { extractItem, itemOf, searchMember, unknownShape, type Format, type Found } from './shapes.js';

export class RecordReplies {
  /** Records recognised so far. */
  found = 0;
  /** An empty list of records was seen: an empty library, not an unknown shape. */
  sawEmpty = false;

  constructor(private readonly format: Format) {}

  /** An element of a list of records (a JSON list, a JSON Lines line, a CSV row) at `path`. */
  record(node: DNode, path: PathSegment[], c: Collector): void {
    if (node.kind !== 'object' || !shapeOf(node)) return;
    this.found++;
    extractItem(itemOf(node, path, c), c);
  }

  /** A member of an envelope at `depth` (see searchMember) that is not read as a list of records. */
  member(node: DNode, path: PathSegment[], depth: number, c: Collector): void {
    const found: Found = { items: [], sawEmpty: false };
    searchMember(node, path, depth, c, found);
    if (found.sawEmpty) this.sawEmpty = true;
    this.found += found.items.length;
    for (const item of found.items) extractItem(item, c);
  }

  /**
   * At the end of the file: the notice for an export with records, none of them known. `root` stands for the
   * document with each list of records reduced to its first record, which the configuration hint quotes.
   */
  finish(root: DNode, c: Collector): void {
    if (!this.found && !this.sawEmpty) unknownShape(root, c, this.format);
  }
}
