// `tonelint lexicons list|show|validate`: what the lexicons hold, and whether a lexicon file is sound.

import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { CATEGORY_SEVERITY } from '../core/categories.js';
import { compileLanguage, prepareLexicon } from '../core/lexicon/compile.js';
import { checkExamples } from '../core/lexicon/examples.js';
import { parseLexicon, type LexiconRole } from '../core/lexicon/parse.js';
import { formatIssue, type LexiconIssue } from '../core/lexicon/types.js';
import { ToolError } from '../engine/errors.js';
import { loadAllBuiltin } from '../engine/builtin.js';
import { applyTeamLexicon } from '../engine/lexicon-files.js';
import { isOrderToReader } from '../engine/order-check.js';
import { prepare } from '../engine/run.js';
import { EXIT_OK, EXIT_TOOL } from './exit-code.js';
import type { Io } from './io.js';

async function languagesFor(flags: { config?: string }, io: Io) {
  const { languages, problems } = await prepare(io.cwd, flags.config);
  for (const p of problems) io.stderr(`tonelint: ${p}\n`);
  return { languages, problems };
}

async function list(flags: { config?: string }, io: Io): Promise<number> {
  const { languages, problems } = await languagesFor(flags, io);
  const rows = languages.supported.map((code) => {
    const lexicon = languages.lexicon(code)!;
    const avoid = lexicon.entries.filter((e) => e.category && e.enabled).length;
    const elements = lexicon.entries.filter((e) => e.element && e.enabled).length;
    return `${code.padEnd(4)} ${lexicon.name.padEnd(14)} ${String(avoid).padStart(4)} phrases  ${String(elements).padStart(4)} element patterns`;
  });
  io.stdout(`${rows.join('\n')}\n`);
  return problems.length ? EXIT_TOOL : EXIT_OK;
}

async function show(lang: string, flags: { config?: string; format: string }, io: Io): Promise<number> {
  const { languages, problems } = await languagesFor(flags, io);
  const lexicon = languages.lexicon(lang);
  if (!lexicon) throw new ToolError(`no lexicon for "${lang}" (languages: ${languages.supported.join(', ')})`);
  if (flags.format === 'json') {
    const entries = lexicon.entries.map(({ file: _f, line: _l, ...entry }) => entry);
    io.stdout(`${JSON.stringify({ language: lexicon.language, name: lexicon.name, entries, missing: lexicon.missing }, null, 2)}\n`);
    return problems.length ? EXIT_TOOL : EXIT_OK;
  }
  const lines = [`${lexicon.name} (${lexicon.language})`, ''];
  for (const e of lexicon.entries) {
    const kind = e.category ? `${e.category}, ${e.severity ?? CATEGORY_SEVERITY[e.category]}` : `element ${e.element}`;
    lines.push(`${e.id}${e.enabled ? '' : ' (disabled)'}  [${kind}]`);
    lines.push(`    patterns: ${e.patterns.join(' · ')}`);
    if (e.suggestions[0]) lines.push(`    rewrite:  ${e.suggestions[0]}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return problems.length ? EXIT_TOOL : EXIT_OK;
}

function roleOf(file: string): LexiconRole {
  const name = basename(file);
  return name === 'avoid.yaml' ? 'avoid' : name === 'elements.yaml' ? 'elements' : 'team';
}

/** Validates each file on its own terms: built-in files alone, team files on top of the built-in lexicons. */
async function validate(files: string[], io: Io): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const abs = resolve(io.cwd, file);
    const display = relative(io.cwd, abs) || file;
    let issues: LexiconIssue[] = [];
    let count = 0;
    const role = roleOf(abs);
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (err) {
      io.stderr(`tonelint: ${display}: cannot read (${(err as NodeJS.ErrnoException).code ?? err})\n`);
      failed++;
      continue;
    }
    if (role === 'team') {
      const prepared = new Map(loadAllBuiltin().map((l) => [l.language, l]));
      const builtinIds = new Set([...prepared.values()].flatMap((l) => l.entries.map((e) => e.id)));
      const parsed = parseLexicon(text, display, 'team', builtinIds);
      count = (parsed.lexicon?.entries.length ?? 0) + parsed.patches.length;
      issues = applyTeamLexicon(abs, display, prepared);
    } else {
      const parsed = parseLexicon(text, display, role);
      issues = parsed.issues;
      if (parsed.lexicon && !issues.length) {
        count = parsed.lexicon.entries.length;
        issues = checkExamples(compileLanguage(prepareLexicon(parsed.lexicon), false), undefined, isOrderToReader);
      }
    }
    for (const issue of issues) io.stderr(`tonelint: ${formatIssue(issue)}\n`);
    if (issues.length) failed++;
    else io.stdout(`${display}: ok (${count} entries)\n`);
  }
  return failed ? EXIT_TOOL : EXIT_OK;
}

export const lexiconsCommand = { list, show, validate };
