// Command-line entry: commander wiring, errors as one line, exit codes 0/1/2.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PROFILE_NAMES } from '../core/profiles.js';
import { ToolError } from '../engine/errors.js';
import { formatterNames } from '../formatters/index.js';
import { EXIT_OK, EXIT_TOOL } from './exit-code.js';
import { processIo, type Io } from './io.js';
import { lintCommand, type LintFlags } from './lint-command.js';

import { TOOL_VERSION as VERSION } from '../engine/version.js';

export { deferOptimizer } from '../engine/optimizer.js';

// Subcommands load their code when used: linting one draft must start as fast as Node allows.
const lexicons = async () => (await import('./lexicons-command.js')).lexiconsCommand;

function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

const EXAMPLES = `
Examples:
  tonelint draft.txt                      lint one draft
  pbpaste | tonelint -                    lint a draft from the clipboard
  tonelint replies/ --format json         lint a folder, JSON for other tools
  tonelint "macros/**/*.md" --lang de     force German for every reply
  tonelint --rule require-apology=off .   switch a rule off for this run

Exit codes: 0 no errors, 1 lint errors (or --max-warnings exceeded), 2 tonelint could not do its job.`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('tonelint');
  program
    .description('Lint customer-support replies for phrases that escalate and for missing empathy.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders or globs; "-" reads a draft from stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--lang <code>', 'language of every reply (en, de, it, et, lv, lt) instead of detecting it')
    .addOption(new Option('--profile <name>', 'channel profile').choices([...PROFILE_NAMES]))
    .option('--rule <rule=severity>', 'set a rule\'s severity (error|warning|info|off); repeatable', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer)
    .option('--min-score <n>', 'report an error for every reply whose tone score is below n (0-100)', integer)
    .option('--quiet', 'report errors only')
    .option('--stdin-filename <name>', 'name (and format, by extension) of the draft read from stdin')
    .option('--ext <list>', 'extensions to lint in folders (default: .txt,.md)', list)
    .option('--no-ignore', 'do not read .gitignore and .tonelintignore')
    .option('--max-file-size <mb>', 'skip files larger than this many megabytes (default 20)', integer)
    .option('--fix', 'apply the fixes marked safe in the lexicons, writing files in place')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing')
    .option('--report-unused-disable-directives', 'warn about tonelint-disable comments that disable nothing')
    // For tests and measurements: exports above this many bytes are read record by record, this many at a time.
    .addOption(new Option('--stream-above <bytes>').argParser(integer).hideHelp())
    .addOption(new Option('--stream-chunk <bytes>').argParser(integer).hideHelp())
    // For tests and measurements: runs of more than this many files read them ahead in a thread of their own.
    .addOption(new Option('--read-ahead-above <files>').argParser(integer).hideHelp())
    .option('--concurrency <n>', 'threads that lint: "off" (default, least memory), "auto" (runs of 40,000+ files) or a number')
    .option('--cache', 'reuse results of unchanged files (stored in .tonelintcache)')
    .option('--cache-location <path>', 'where --cache keeps its file')
    .option('--baseline <file>', 'report only findings not recorded in this baseline')
    .option('--baseline-write <file>', 'record every current finding in a baseline file')
    .option('--print-config <file>', 'print the settings that apply to a file and exit')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .addHelpText('after', EXAMPLES)
    // Options after a subcommand belong to it: `tonelint review - --lang de`.
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (paths: string[], flags: LintFlags) => {
      checkNotAMistypedCommand(paths[0], program.commands.map((c) => c.name()), io.cwd);
      setExit(await lintCommand(paths, flags, io));
    });

  const lexiconsGroup = program.command('lexicons').description('list, show and validate lexicons');
  lexiconsGroup
    .command('list')
    .description('languages with a lexicon and how many entries each has')
    .option('-c, --config <path>', 'config file with team lexicons')
    .action(async (flags: { config?: string }) => setExit(await (await lexicons()).list(flags, io)));
  lexiconsGroup
    .command('show <lang>')
    .description('every entry of a language: id, category, severity, first pattern and rewrite')
    .option('-c, --config <path>', 'config file with team lexicons')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (lang: string, flags: { config?: string; format: string }) => setExit(await (await lexicons()).show(lang, flags, io)));
  lexiconsGroup
    .command('validate <files...>')
    .description('check lexicon files: schema, patterns, examples and counter-examples (exit 2 on a problem)')
    .action(async (files: string[]) => setExit(await (await lexicons()).validate(files, io)));
  program
    .command('explain <subject>')
    .description('why a rule, lexicon entry or phrase matters, with examples to avoid and to use')
    .option('--lang <code>', 'language of the examples (default: the entry\'s, or en)')
    .option('-c, --config <path>', 'config file with team lexicons')
    .addHelpText('after', '\nExamples:\n  tonelint explain require-apology --lang de\n  tonelint explain en.dismissive.calm-down\n  tonelint explain "that\'s our policy"')
    .action(async (subject: string, flags: { lang?: string; config?: string }) =>
      setExit(await (await import('./explain-command.js')).explainCommand(subject, flags, io)));
  program
    .command('init')
    .description(`write a starter ${'.tonelintrc.json'} (asks on a terminal, defaults otherwise)`)
    .addOption(new Option('--profile <name>', 'channel profile').choices([...PROFILE_NAMES]))
    .option('--lang <code>', 'language of the replies, or auto')
    .option('--force', 'overwrite an existing config')
    .option('-y, --yes', 'do not ask, use the defaults')
    .addHelpText('after', '\nExamples:\n  tonelint init\n  tonelint init --profile chat --lang de')
    .action(async (flags) => setExit(await (await import('./init-command.js')).initCommand(flags, io)));
  program
    .command('review <file>')
    .description('walk through the findings of a draft and accept, edit or skip each rewrite ("-" reads stdin)')
    .option('--lang <code>', 'language of the draft instead of detecting it')
    .addOption(new Option('--profile <name>', 'channel profile').choices([...PROFILE_NAMES]))
    .option('-c, --config <path>', 'use this config file')
    .addHelpText('after', '\nKeys: 1-3 accept a rewrite · e edit · s skip · i ignore this phrase · u undo · q quit without saving\n\nExamples:\n  tonelint review draft.txt\n  pbpaste | tonelint review - | pbcopy')
    .action(async (file: string, flags) => setExit(await (await import('./review-command.js')).reviewCommand(file, flags, io)));
  for (const command of [lexiconsGroup, ...lexiconsGroup.commands, ...program.commands]) {
    command.showSuggestionAfterError(true).exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }
  return program;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** `tonelint revew draft.txt` is a typo for a command, not a file named "revew". */
function checkNotAMistypedCommand(first: string | undefined, commands: string[], cwd: string): void {
  if (!first || /[./\\*?]/.test(first) || existsSync(resolve(cwd, first))) return;
  const close = commands.find((c) => distance(first, c) <= 2);
  if (close) throw new ToolError(`unknown command "${first}" (did you mean ${close}?)`);
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = EXIT_OK;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_TOOL;
    }
    if (err instanceof ToolError) {
      io.stderr(`tonelint: ${err.message}\n`);
      return EXIT_TOOL;
    }
    const e = err as Error;
    io.stderr(`tonelint: internal error: ${e.message}\n`);
    if (io.env.DEBUG?.includes('tonelint')) io.stderr(`${e.stack}\n`);
    else io.stderr('tonelint: run with DEBUG=tonelint for details, and please report it.\n');
    return EXIT_TOOL;
  }
}
