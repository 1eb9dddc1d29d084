// Reads a lexicon file's text into a Lexicon, or says exactly which file, entry and field is wrong.

import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { CATEGORIES, ELEMENTS, type Category, type Element, type Severity } from '../types.js';
import { compilePattern, PatternError } from '../text/pattern.js';
import { lexiconSchema } from './schema.js';
import type { Lexicon, LexiconEntry, LexiconIssue } from './types.js';

/** avoid.yaml and elements.yaml hold complete entries; a team file may also patch built-in ones by id. */
export type LexiconRole = 'avoid' | 'elements' | 'team';

let validateSchema: ReturnType<Ajv['compile']> | undefined;

interface RawEntry {
  id: string;
  category?: Category;
  element?: Element;
  severity?: Severity;
  patterns?: string[];
  unless?: string[];
  message?: string;
  suggestions?: string[];
  fix?: string;
  orderOnly?: boolean;
  examples?: string[];
  counterExamples?: string[];
  enabled?: boolean;
}

export interface ParsedLexicon {
  lexicon?: Lexicon;
  /** Team files: entries that only patch a built-in entry (missing fields are inherited). */
  patches: (Partial<LexiconEntry> & { id: string })[];
  issues: LexiconIssue[];
}

function entryLines(doc: ReturnType<typeof parseDocument>, counter: LineCounter): number[] {
  const entries = doc.get('entries', true) as Node | undefined;
  if (!entries || !isSeq(entries)) return [];
  return entries.items.map((item) => {
    const range = (item as Node).range;
    return range ? counter.linePos(range[0]).line : 0;
  });
}

function schemaIssue(error: ErrorObject, file: string, raw: { entries?: RawEntry[] }, lines: number[]): LexiconIssue {
  const path = error.instancePath.split('/').slice(1);
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  if (params.additionalProperty) message = `unknown field "${String(params.additionalProperty)}"`;
  if (params.allowedValues) message = `must be one of ${(params.allowedValues as string[]).join(', ')}`;
  if (path[0] === 'entries' && path[1] !== undefined) {
    const index = Number(path[1]);
    const entry = raw.entries?.[index];
    const field = path.slice(2).join('.') || (params.missingProperty ? String(params.missingProperty) : undefined);
    return { file, entryId: entry?.id ?? `entries[${index}]`, field, line: lines[index] || undefined, message };
  }
  return { file, field: path.join('.') || (params.missingProperty as string | undefined), message };
}

/** Parses and validates one lexicon file. Patterns are compiled here so that a bad one names its entry. */
export function parseLexicon(text: string, file: string, role: LexiconRole, builtinIds?: ReadonlySet<string>): ParsedLexicon {
  const issues: LexiconIssue[] = [];
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const err of doc.errors) {
      const pos = err.linePos?.[0];
      issues.push({ file, line: pos?.line, message: `YAML: ${err.message.split('\n')[0]}` });
    }
    return { patches: [], issues };
  }
  const raw = doc.toJS() as { language?: string; name?: string; entries?: RawEntry[]; missing?: Lexicon['missing']; transliterations?: Record<string, string> };
  if (!isMap(doc.contents)) return { patches: [], issues: [{ file, message: 'a lexicon must be a mapping with "language" and "entries"' }] };
  validateSchema ??= new Ajv({ allErrors: true }).compile(lexiconSchema);
  const lines = entryLines(doc, counter);
  if (!validateSchema(raw)) {
    for (const error of validateSchema.errors ?? []) issues.push(schemaIssue(error, file, raw, lines));
    return { patches: [], issues };
  }
  const language = raw.language as string;
  const entries: LexiconEntry[] = [];
  const patches: ParsedLexicon['patches'] = [];
  const seenIds = new Set<string>();
  const seenPatterns = new Map<string, string>();

  (raw.entries ?? []).forEach((e, index) => {
    const line = lines[index] || undefined;
    const issue = (field: string | undefined, message: string) => issues.push({ file, entryId: e.id, field, line, message });
    if (seenIds.has(e.id)) return issue('id', 'duplicate id');
    seenIds.add(e.id);
    const [idLang, idKind] = e.id.split('.');
    if (idLang !== language) issue('id', `must start with "${language}." (the file's language)`);

    if (role === 'team' && builtinIds?.has(e.id)) {
      patches.push({ ...e, file, line, unless: e.unless, enabled: e.enabled ?? true });
      for (const [field, list] of [['patterns', e.patterns], ['unless', e.unless]] as const) {
        list?.forEach((p, i) => checkPattern(p, `${field}[${i}]`, issue));
      }
      return;
    }
    const kind = e.category ?? e.element;
    if (e.category && e.element) return issue('category', 'an entry has a category or an element, not both');
    if (role === 'avoid' && !e.category) return issue('category', `required (one of ${CATEGORIES.join(', ')})`);
    if (role === 'elements' && !e.element) return issue('element', `required (one of ${ELEMENTS.join(', ')})`);
    if (!kind) return issue('category', 'required: a category (phrase to avoid) or an element');
    if (idKind !== kind) issue('id', `the middle part must be the ${e.category ? 'category' : 'element'} "${kind}"`);
    if (!e.patterns?.length) return issue('patterns', 'at least one pattern is required');
    if (e.category && !e.message) issue('message', 'required: say in one sentence why the phrase hurts');
    if (e.category && !e.suggestions?.length) issue('suggestions', 'at least one rewrite is required');
    if (!e.examples?.length && role !== 'team') issue('examples', 'at least one example is required');
    let usable = true;
    e.patterns.forEach((p, i) => {
      if (!checkPattern(p, `patterns[${i}]`, issue)) usable = false;
      const key = p.trim().toLowerCase();
      const other = seenPatterns.get(key);
      if (other) issue(`patterns[${i}]`, `"${p}" is already a pattern of ${other}`);
      else seenPatterns.set(key, e.id);
    });
    e.unless?.forEach((p, i) => {
      if (!checkPattern(p, `unless[${i}]`, issue)) usable = false;
    });
    if (!usable) return;
    entries.push({
      id: e.id,
      category: e.category,
      element: e.element,
      severity: e.severity,
      patterns: e.patterns,
      unless: e.unless ?? [],
      message: e.message ?? '',
      suggestions: e.suggestions ?? [],
      fix: e.fix,
      orderOnly: e.orderOnly,
      examples: e.examples ?? [],
      counterExamples: e.counterExamples ?? [],
      enabled: e.enabled ?? true,
      file,
      line,
    });
  });
  const lexicon: Lexicon = { language, name: raw.name ?? language, entries, missing: raw.missing ?? {}, transliterations: raw.transliterations };
  return { lexicon, patches, issues };
}

function checkPattern(pattern: string, field: string, issue: (field: string, message: string) => void): boolean {
  try {
    compilePattern(pattern);
    return true;
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    issue(field, `bad pattern "${pattern}": ${err.message}`);
    return false;
  }
}
