// Picks the source parser for a file by its extension; every parser is pure (text in, units out).

import { Collector, type PathLabel } from './collect.js';
import { parseCsvText } from './csv.js';
import { htmlToText } from './html.js';
import { parseJsonLinesText, parseJsonText } from './json.js';
import { parseMarkdown } from './markdown.js';
import type { DNode, PathSegment } from './model.js';
import { SourceFailure, formatPath } from './model.js';
import { extractReplies, type Format } from './shapes.js';
import { parseText } from './txt.js';
import type { ParsedSource, SourceOptions, SourceParser } from './types.js';
import { parseYamlText } from './yaml.js';
import { extensionOf } from './extension.js';

export type { ParsedSource, SourceError, SourceOptions, SourceParser, SourceShape, Unit } from './types.js';

function run(options: SourceOptions, format: Format, parse: (c: Collector) => DNode | undefined, label?: PathLabel): ParsedSource {
  const c = new Collector(options, label);
  try {
    extractReplies(parse(c), c, format);
  } catch (err) {
    if (err instanceof SourceFailure) c.fail(err);
    // Anything else is a bug here; report it on this file so the other files are still linted.
    else c.errors.push({ message: `tonelint could not read this file (${(err as Error).message}); please report this`, offset: 0 });
  }
  return { units: c.units, errors: c.errors };
}

export function parseJsonSource(text: string, options: SourceOptions = {}): ParsedSource {
  return run(options, 'json', () => parseJsonText(text));
}

export function parseYamlSource(text: string, options: SourceOptions = {}): ParsedSource {
  return run(options, 'yaml', () => parseYamlText(text));
}

/** Names a place by the record's line, `line 12 .body`, since JSON Lines users count lines, not items. */
export function parseJsonLinesSource(text: string, options: SourceOptions = {}): ParsedSource {
  const lines: number[] = [];
  const label: PathLabel = (path) => labelled(path, (k) => `line ${lines[k] ?? k + 1}`);
  return run(
    options,
    'jsonl',
    (c) => {
      const { items, lineNumbers, errors } = parseJsonLinesText(text);
      for (const e of errors) c.fail(e);
      lines.push(...lineNumbers);
      return items.length || errors.length ? { kind: 'array', offset: 0, items } : undefined;
    },
    label,
  );
}

/** Names a place by its spreadsheet row and column, `row 7 body`, rather than by a list index. */
export function parseCsvSource(text: string, options: SourceOptions = {}, delimiter?: string): ParsedSource {
  let rowNumbers: number[] = [];
  const label: PathLabel = (path) => labelled(path, (k) => `row ${rowNumbers[k] ?? k + 2}`);
  return run(
    options,
    'csv',
    (c) => {
      const table = parseCsvText(text, delimiter);
      rowNumbers = table.rowNumbers;
      for (const e of table.errors) c.fail(e);
      return table.rows;
    },
    label,
  );
}

/** An HTML file is one reply. */
export function parseHtmlSource(text: string): ParsedSource {
  const html = htmlToText(text);
  if (!html.text.trim()) return { units: [], errors: [] };
  return { units: [{ id: '1', text: html.text, skip: html.skip, toFile: html.map }], errors: [] };
}

export function labelled(path: readonly PathSegment[], record: (index: number) => string): string {
  const [first, ...rest] = path;
  if (typeof first !== 'number') return formatPath(path);
  return rest.length ? `${record(first)} ${formatPath(rest).slice(1).replace(/^\./, '')}` : record(first);
}

const BY_EXTENSION: Record<string, (text: string, options: SourceOptions) => ParsedSource> = {
  json: parseJsonSource,
  jsonl: parseJsonLinesSource,
  ndjson: parseJsonLinesSource,
  yaml: parseYamlSource,
  yml: parseYamlSource,
  csv: (text, options) => parseCsvSource(text, options),
  tsv: (text, options) => parseCsvSource(text, options, '\t'),
  html: (text) => parseHtmlSource(text),
  htm: (text) => parseHtmlSource(text),
  md: (text) => parseMarkdown(text),
  markdown: (text) => parseMarkdown(text),
  mdx: (text) => parseMarkdown(text),
};

/** The parser for `filePath` (by extension; anything unknown is plain text), bound to `options`. */
export function sourceParserFor(filePath: string, options: SourceOptions = {}): SourceParser {
  const parse = BY_EXTENSION[extensionOf(filePath)];
  return parse ? (text) => parse(text, options) : parseText;
}
