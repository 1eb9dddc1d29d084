// YAML into the document model: the `yaml` package parses, our decoders map every scalar back to the file.

import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type CST, type Document, type Node, type Scalar } from 'yaml';
import type { DNode, DString } from './model.js';
import { SourceFailure } from './model.js';
import type { Decoded } from './offset-map.js';
import { decodeBlock, decodeDoubleQuoted, decodePlain, decodeSingleQuoted, parseBlockHeader } from './yaml-scalars.js';

export function decodeToken(src: string, any: CST.Token): Decoded | undefined {
  if (any.type === 'block-scalar') {
    const token = any as CST.BlockScalar;
    const header = token.props[0];
    if (header?.type !== 'block-scalar-header') return undefined;
    let bodyStart = token.offset;
    for (const p of token.props) bodyStart += (p as CST.SourceToken).source?.length ?? 0;
    return decodeBlock(src, bodyStart, bodyStart + token.source.length, token.indent, parseBlockHeader(header.source));
  }
  if (any.type !== 'scalar' && any.type !== 'single-quoted-scalar' && any.type !== 'double-quoted-scalar') return undefined;
  const token = any as CST.FlowScalar;
  const end = token.offset + token.source.length;
  if (token.type === 'scalar') return decodePlain(src, token.offset, end);
  if (token.type === 'single-quoted-scalar') return decodeSingleQuoted(src, token.offset, end);
  if (token.type === 'double-quoted-scalar') return decodeDoubleQuoted(src, token.offset, end);
  return undefined;
}

class YamlString implements DString {
  readonly kind = 'string';
  readonly offset: number;
  constructor(
    private readonly src: string,
    private readonly node: Scalar,
  ) {
    this.offset = node.range?.[0] ?? 0;
  }

  value(): string {
    return this.node.value as string;
  }

  decode(): Decoded {
    const text = this.node.value as string;
    const token = this.node.srcToken;
    const decoded = token ? decodeToken(this.src, token) : undefined;
    if (decoded && decoded.text === text) return decoded;
    // A tag or construct our decoders do not mirror: keep the text exact and the map coarse but inside the value.
    const [start, end] = this.node.range ?? [0, 0];
    return { text, map: (i) => Math.min(start + Math.max(i, 0), end) };
  }
}

function convert(src: string, doc: Document, node: unknown, seen: Set<unknown>): DNode {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (!target || seen.has(target)) return { kind: 'scalar', offset: node.range?.[0] ?? 0, value: null };
    seen.add(target);
    const out = convert(src, doc, target, seen);
    seen.delete(target);
    return out;
  }
  if (isScalar(node)) {
    const offset = node.range?.[0] ?? 0;
    const { value } = node;
    if (typeof value === 'string') return new YamlString(src, node);
    if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
      return { kind: 'scalar', offset, value: value ?? null, raw: typeof value === 'number' ? node.source : undefined };
    }
    return { kind: 'scalar', offset, value: null, raw: String(value) };
  }
  if (isMap(node)) {
    const entries = new Map<string, DNode>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : pair.key == null ? '' : String(pair.key);
      const keyOffset = (pair.key as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0;
      entries.set(key, pair.value == null ? { kind: 'scalar', offset: keyOffset, value: null } : convert(src, doc, pair.value, seen));
    }
    return { kind: 'object', offset: node.range?.[0] ?? 0, entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => (item == null ? ({ kind: 'scalar', offset: 0, value: null } as DNode) : convert(src, doc, item, seen)));
    return { kind: 'array', offset: node.range?.[0] ?? 0, items };
  }
  return { kind: 'scalar', offset: 0, value: null };
}

/**
 * Parses a YAML stream. One document is its contents; several (`---` separated) become a list.
 * Returns undefined for a stream without content: an empty library.
 */
export function parseYamlText(src: string): DNode | undefined {
  const docs = parseAllDocuments(src, { keepSourceTokens: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) throw new SourceFailure(`Invalid YAML: ${error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '')}`, error.pos[0]);
  }
  const roots = list.filter((d) => d.contents != null).map((d) => convert(src, d, d.contents, new Set()));
  if (roots.length === 0) return undefined;
  if (roots.length === 1) return roots[0];
  return { kind: 'array', offset: roots[0]?.offset ?? 0, items: roots };
}
