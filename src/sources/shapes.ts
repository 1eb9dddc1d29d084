// Finds the replies in a parsed export: configured custom paths, else a known help-desk shape (wrapped in
// an array, an API envelope such as `{"macros": [...]}`, or alone), else Rails i18n, else a helpful error.

import type { Collector } from './collect.js';
import type { Item } from './helpdesks.js';
import { shapeOf } from './helpdesks.js';
import type { DArray, DNode, DObject, PathSegment } from './model.js';
import { formatPath, member, scalarText } from './model.js';
import { evaluate, fixedPrefix, parsePath, type Step } from './path.js';
import type { SourceShape } from './types.js';

export type Format = 'json' | 'yaml' | 'csv' | 'jsonl';

const KNOWN = 'Zendesk, Freshdesk, Help Scout, Front, Intercom, Zammad, Chatwoot, Gorgias, osTicket, Rails i18n, or records with an id and one text, body, reply, message or content';

export function itemOf(node: DObject, path: PathSegment[], c: Collector): Item {
  return { node, path, id: scalarText(member(node, 'id')) ?? (path.length ? c.label(path) : '1') };
}

/** What a search for records found so far. */
export interface Found {
  items: Item[];
  /** An empty list was seen: an empty library, not an unknown shape. */
  sawEmpty: boolean;
}

function fromArray(arr: DArray, path: PathSegment[], c: Collector, found: Found): void {
  arr.items.forEach((n, k) => {
    if (n.kind === 'object' && shapeOf(n)) found.items.push(itemOf(n, [...path, k], c));
  });
}

/**
 * The records in `v`, a member of an envelope at `depth`: a list of records, one record, or (above depth 2) an
 * envelope of its own. API envelopes nest the list at most two levels down: {"macros": [...]},
 * {"_embedded": {"templates": [...]}}.
 */
export function searchMember(v: DNode, path: PathSegment[], depth: number, c: Collector, found: Found): void {
  if (v.kind === 'array') {
    if (!v.items.length) found.sawEmpty = true;
    fromArray(v, path, c, found);
  } else if (v.kind === 'object') {
    if (shapeOf(v)) found.items.push(itemOf(v, path, c));
    else if (depth < 2) for (const [k, w] of v.entries) searchMember(w, [...path, k], depth + 1, c, found);
  }
}

/** Recognised records, 'empty' for a library with no records at all, undefined for an unknown shape. */
function findItems(root: DNode, c: Collector): Item[] | 'empty' | undefined {
  const found: Found = { items: [], sawEmpty: false };
  if (root.kind === 'array') {
    if (!root.items.length) return 'empty';
    fromArray(root, [], c, found);
    return found.items.length ? found.items : undefined;
  }
  if (root.kind !== 'object') return undefined;
  if (shapeOf(root)) return [itemOf(root, [], c)];
  if (!root.entries.size) return 'empty';
  for (const [k, v] of root.entries) searchMember(v, [k], 1, c, found);
  return found.items.length ? found.items : found.sawEmpty ? 'empty' : undefined;
}

// ISO 639-1 codes: a Rails i18n file's top-level keys are locales (`de:`, `pt-BR:`, `zh_TW:`).
const LANGUAGES = new Set(
  ('aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj ' +
    'fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ' +
    'ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ' +
    'ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo ' +
    'xh yi yo za zh zu').split(' '),
);
const LOCALE = /^([a-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$/;

export function isI18n(root: DNode): root is DObject {
  if (root.kind !== 'object' || !root.entries.size) return false;
  for (const [k, v] of root.entries) if (v.kind !== 'object' || !LOCALE.test(k) || !LANGUAGES.has(k.slice(0, 2))) return false;
  return true;
}

/** Every string leaf is a unit with its dotted key path as id; one-line short strings are labels (fragments). */
function extractI18n(root: DObject, c: Collector): void {
  for (const [locale, tree] of root.entries) {
    const stack: [DNode, PathSegment[]][] = [[tree, [locale]]];
    while (stack.length) {
      const [node, path] = stack.pop() as [DNode, PathSegment[]];
      if (node.kind === 'string') {
        const text = node.value();
        c.add(node, path, { id: path.join('.'), language: locale, fragment: !text.includes('\n') && text.length < 120 });
      } else if (node.kind === 'object') {
        const kids = [...node.entries];
        for (let k = kids.length - 1; k >= 0; k--) stack.push([(kids[k] as [string, DNode])[1], [...path, (kids[k] as [string, DNode])[0]]]);
      } else if (node.kind === 'array') {
        for (let k = node.items.length - 1; k >= 0; k--) stack.push([node.items[k] as DNode, [...path, k]]);
      }
    }
  }
}

const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

/** A title for each text: the title match whose parent is the longest prefix of the text's path. */
function titleLookup(root: DNode, steps: Step[]): (path: readonly PathSegment[]) => string | undefined {
  const byParent = new Map<string, string>();
  for (const m of evaluate(root, steps)) {
    const t = scalarText(m.node);
    if (t !== undefined) byParent.set(pathKey(m.path.slice(0, -1)), t);
  }
  return (path) => {
    for (let n = path.length - 1; n >= 0; n--) {
      const t = byParent.get(pathKey(path.slice(0, n)));
      if (t !== undefined) return t;
    }
    return undefined;
  };
}

function extractCustom(root: DNode, shape: SourceShape, c: Collector, rows: boolean): void {
  let title: ((path: readonly PathSegment[]) => string | undefined) | undefined;
  try {
    if (shape.title) title = titleLookup(root, parsePath(shape.title, rows));
  } catch (err) {
    c.errors.push({ message: `sources (files "${shape.files}"): title ${(err as Error).message}`, offset: 0 });
  }
  for (const expr of shape.text) {
    let steps: Step[];
    try {
      steps = parsePath(expr, rows);
    } catch (err) {
      c.errors.push({ message: `sources (files "${shape.files}"): text ${(err as Error).message}`, offset: 0 });
      continue;
    }
    const matches = evaluate(root, steps);
    const prefix = fixedPrefix(steps);
    if (!matches.length && prefix.length && !evaluate(root, prefix).length) {
      c.errors.push({ message: `sources (files "${shape.files}"): nothing in this file matches ${expr}`, offset: root.offset });
    }
    for (const m of matches) {
      const last = m.path[m.path.length - 1];
      const html = shape.html === true || (typeof last === 'string' && /_html$/i.test(last));
      c.add(m.node, m.path, { id: c.label(m.path), title: title?.(m.path), html });
    }
  }
}

/** A path to a long text member of the first record, to make the configuration hint concrete. */
function suggestion(root: DNode, format: Format): string {
  const rows = format === 'csv' || format === 'jsonl';
  let list: PathSegment[] | undefined = root.kind === 'array' ? [] : undefined;
  if (root.kind === 'object') for (const [k, v] of root.entries) if (!list && v.kind === 'array' && v.items[0]?.kind === 'object') list = [k];
  const first = list && (list.length ? member(root, list[0] as string) : root);
  const record = first?.kind === 'array' ? first.items[0] : undefined;
  let text = 'body';
  let title = 'name';
  if (record?.kind === 'object') {
    const strings = [...record.entries].filter(([, v]) => v.kind === 'string').map(([k, v]) => [k, scalarText(v) ?? ''] as const);
    const longest = strings.reduce<readonly [string, string] | undefined>((a, b) => (!a || b[1].length > a[1].length ? b : a), undefined);
    if (longest) text = longest[0];
    title = strings.find(([k, v]) => k !== text && v.length > 0 && v.length < 80)?.[0] ?? title;
  }
  const base = list ? `${formatPath(list)}[*]` : '$.items[*]';
  const at = (key: string) => (rows ? key : `${base}.${key}`);
  const ext = format === 'jsonl' ? 'jsonl' : format;
  const names = record?.kind === 'object' ? [...record.entries.keys()].slice(0, 12).join(', ') : '';
  const keys = names ? `; ${format === 'csv' ? 'its columns are' : 'its records have the keys'} ${names}` : '';
  return `${keys}. Tell tonelint where the replies are in your config, e.g. sources: [{ files: "macros/*.${ext}", text: ["${at(text)}"], title: "${at(title)}" }]`;
}

/** The notice for a file with no record tonelint knows, with a configuration hint from its first record. */
export function unknownShape(root: DNode, c: Collector, format: Format): void {
  const what = format === 'csv' ? 'CSV file' : `${format.toUpperCase()} file`;
  c.errors.push({ message: `No replies found: this ${what} is not a macro export tonelint knows (${KNOWN})${suggestion(root, format)}`, offset: root.offset, unknownShape: true });
}

/** Adds the replies of one record to the collector. */
export function extractItem(item: Item, c: Collector): void {
  shapeOf(item.node)?.extract(item, c);
}

export function extractReplies(root: DNode | undefined, c: Collector, format: Format): void {
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return; // nothing, or a bare `---`
  const rows = format === 'csv' || format === 'jsonl';
  // A config may say `text: "$.a"` for a single path; accept it rather than ignore the entry.
  const custom = (c.options.sources ?? []).map((s) => ({ ...s, text: typeof s.text === 'string' ? [s.text] : s.text ?? [] })).filter((s) => s.text.length);
  if (custom.length) {
    for (const shape of custom) extractCustom(root, shape, c, rows);
    return;
  }
  if (!rows && isI18n(root)) return extractI18n(root, c);
  const items = findItems(root, c);
  if (items === 'empty') return;
  if (!items) return unknownShape(root, c, format);
  for (const item of items) extractItem(item, c);
}
