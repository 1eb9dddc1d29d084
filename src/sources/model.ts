// One document model for JSON, YAML, CSV and JSONL, so help-desk shapes and custom paths are written once.

import type { Decoded } from './offset-map.js';

/** A text value; decoding (and building its map) waits until a shape asks for it. */
export interface DString {
  kind: 'string';
  /** Where the value starts in the file (its opening quote, if any): for error messages. */
  readonly offset: number;
  /** The decoded value, without a map (cheap: used for ids, titles, field names). */
  value(): string;
  decode(): Decoded;
}

export interface DObject {
  kind: 'object';
  offset: number;
  entries: Map<string, DNode>;
}

export interface DArray {
  kind: 'array';
  offset: number;
  items: DNode[];
}

export interface DScalar {
  kind: 'scalar';
  offset: number;
  value: number | boolean | null;
  /** The number as written (ids beyond 2^53 must not be rounded). */
  raw?: string;
}

export type DNode = DString | DObject | DArray | DScalar;
export type PathSegment = string | number;

/** A malformed file: thrown inside a parser, turned into a SourceError at its boundary. */
export class SourceFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `$.macros[3].actions[0].value`, the notation custom `sources` paths use too. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_KEY.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function describe(node: DNode): string {
  if (node.kind === 'string') return 'text';
  if (node.kind === 'object') return 'an object';
  if (node.kind === 'array') return 'a list';
  if (node.value === null) return 'null';
  return typeof node.value === 'number' ? 'a number' : 'a boolean';
}

/** A member of an object; exact key first, then ignoring case (CSV headers are often "Title", "Body"). */
export function member(node: DNode | undefined, key: string): DNode | undefined {
  if (node?.kind !== 'object') return undefined;
  const exact = node.entries.get(key);
  if (exact !== undefined) return exact;
  if (node.entries.size > 64) return undefined;
  const lower = key.toLowerCase();
  for (const [k, v] of node.entries) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** The key under which `member` found a value (for paths in messages and ids). */
export function memberKey(node: DObject, key: string): string {
  if (node.entries.has(key)) return key;
  const lower = key.toLowerCase();
  for (const k of node.entries.keys()) if (k.toLowerCase() === lower) return k;
  return key;
}

/** A short scalar as text (ids, titles, languages); undefined for objects, lists and null. */
export function scalarText(node: DNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'string') return node.value();
  if (node.kind === 'scalar' && node.value !== null) return node.raw ?? String(node.value);
  return undefined;
}

export function isFalse(node: DNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return node.value === false || node.value === 0;
  return node.kind === 'string' && /^\s*(false|0)\s*$/i.test(node.value());
}
