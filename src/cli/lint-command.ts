// The default command: lint files, folders, globs or stdin and print a report.

import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { countSeverities, type FileResult } from '../core/report.js';
import type { RuleSetting } from '../core/lint.js';
import type { ProfileName } from '../core/profiles.js';
import { run } from '../engine/run.js';
import { ToolError } from '../engine/errors.js';
import { formatterNames, loadFormatter } from '../formatters/index.js';
import { contractOf, jsonPieces } from '../formatters/json.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';
import { progressFor } from './progress.js';

export interface LintFlags {
  format: string;
  outputFile?: string;
  config?: string;
  lang?: string;
  profile?: ProfileName;
  rule?: string[];
  maxWarnings?: number;
  minScore?: number;
  quiet?: boolean;
  stdinFilename?: string;
  ext?: string[];
  ignore: boolean;
  maxFileSize?: number;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  reportUnusedDisableDirectives?: boolean;
  printConfig?: string;
  cache?: boolean;
  cacheLocation?: string;
  baseline?: string;
  baselineWrite?: string;
  concurrency?: string;
  streamAbove?: number;
  streamChunk?: number;
  readAheadAbove?: number;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

/** `--rule require-apology=off` (repeatable). */
export function parseRuleFlags(flags: readonly string[] = []): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^([a-z-]+)\s*[=:]\s*([a-z]+)$/.exec(flag.trim());
    if (!m || !SEVERITIES.includes(m[2] as string)) {
      throw new ToolError(`--rule "${flag}": expected <rule>=<${SEVERITIES.join('|')}>, e.g. --rule require-apology=off`);
    }
    rules[m[1] as string] = m[2] as RuleSetting;
  }
  return rules;
}

export function useColor(flags: { color?: boolean }, io: Io, toFile: boolean): boolean {
  if (flags.color !== undefined) return flags.color;
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}

function onlyErrors(results: FileResult[]): FileResult[] {
  return results.map((r) => {
    const messages = r.messages.filter((m) => m.severity === 'error');
    return { ...r, messages, ...countSeverities(messages) };
  });
}

export async function lintCommand(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const formatter = loadFormatter(flags.format);
  if (!formatter) throw new ToolError(`unknown format "${flags.format}" (formats: ${formatterNames.join(', ')})`);
  const inputs = paths.length ? paths : io.stdinIsTTY || flags.printConfig ? [] : ['-'];
  if (!inputs.length && !flags.printConfig) throw new ToolError('no input: give files, folders or globs, or "-" to read a draft from stdin (tonelint --help)');
  const rules = parseRuleFlags(flags.rule);
  if (flags.printConfig) return printConfig(flags, rules, io);
  const concurrency = parseConcurrency(flags.concurrency);
  // The report is written as it is made (JSON file by file), so memory stays flat however many replies.
  // --baseline-write and --fix-dry-run print no report: an -o file is left as it is.
  const report = openReport(flags.baselineWrite || flags.fixDryRun ? undefined : flags.outputFile, io);
  try {
    const stream = flags.format === 'json' && !flags.quiet && !flags.baseline && !flags.baselineWrite && !flags.fixDryRun;
    const streamed = stream ? streamJson(report.write) : undefined;
    const progress = progressFor(io, flags.format);
    const outcome = await run({
      onProgress: progress.update,
      concurrency,
      onResult: streamed?.write,
      keepSource: flags.format === 'stylish',
      compactResults: true,
      cwd: io.cwd,
      inputs,
      stdin: io.readStdin,
      stdinFilename: flags.stdinFilename,
      configFile: flags.config,
      cli: { language: flags.lang, profile: flags.profile, rules },
      extensions: flags.ext?.map((e) => (e.startsWith('.') ? e : `.${e}`)),
      ignore: flags.ignore,
      maxFileSize: flags.maxFileSize !== undefined ? flags.maxFileSize * 1024 * 1024 : undefined,
      streamAbove: flags.streamAbove,
      streamChunk: flags.streamChunk,
      readAheadAbove: flags.readAheadAbove,
      minScore: flags.minScore,
      reportUnusedDirectives: flags.reportUnusedDisableDirectives,
      fix: flags.fixDryRun ? 'dry-run' : flags.fix ? 'write' : undefined,
      cacheLocation: flags.cache || flags.cacheLocation ? flags.cacheLocation ?? '.tonelintcache' : undefined,
    }).finally(() => progress.stop());
    const { problems, config, diffs } = outcome;
    for (const n of outcome.notices) io.stderr(`tonelint: warning: ${n}\n`);
    let results = outcome.results;
    if (streamed) {
      for (const p of problems) io.stderr(`tonelint: ${p}\n`);
      streamed.end();
      report.close();
      return exitCode(streamed.summaries, problems.length, flags.maxWarnings ?? config.config.maxWarnings);
    }
    if (flags.baselineWrite) {
      const { writeBaseline } = await import('../engine/baseline.js');
      const count = writeBaseline(resolve(io.cwd, flags.baselineWrite), results);
      for (const p of problems) io.stderr(`tonelint: ${p}\n`);
      io.stderr(`tonelint: recorded ${count} finding${count === 1 ? '' : 's'} in ${flags.baselineWrite}; run with --baseline ${flags.baselineWrite} to report only new ones\n`);
      return problems.length ? 2 : 0;
    }
    if (flags.baseline) {
      const { applyBaseline } = await import('../engine/baseline.js');
      results = applyBaseline(resolve(io.cwd, flags.baseline), results);
    }
    if (flags.fixDryRun) {
      for (const p of problems) io.stderr(`tonelint: ${p}\n`);
      io.stdout(diffs.join(''));
      return exitCode(results, problems.length, flags.maxWarnings ?? config.config.maxWarnings);
    }
    for (const p of problems) io.stderr(`tonelint: ${p}\n`);
    const shown = flags.quiet ? onlyErrors(results) : results;
    // Only the stylish report has colours.
    const formatOptions = { color: flags.format === 'stylish' && useColor(flags, io, Boolean(flags.outputFile)), cwd: io.cwd };
    if (flags.format === 'stylish') {
      // Written as it is made: the report on a large export would be one string of a hundred megabytes.
      const out = chunked(report.write);
      for (const line of (await import('../formatters/stylish.js')).stylishLines(shown, formatOptions)) out.write(line);
      out.end();
    } else {
      report.write((await formatter)(shown, formatOptions));
    }
    report.close();
    return exitCode(results, problems.length, flags.maxWarnings ?? config.config.maxWarnings);
  } catch (err) {
    report.abandon();
    throw err;
  }
}

interface Report {
  write: (text: string) => void;
  /** The report is complete: an -o file takes its place. */
  close: () => void;
  /** The run failed: an -o file keeps what it had. */
  abandon: () => void;
}

/**
 * Where the report goes: stdout, or the -o file, opened before linting so that a bad path fails at once. The
 * report is written beside the file and moved over it when complete (as --fix writes files), so a run that
 * fails leaves the previous report as it was. A device or pipe (-o /dev/stderr) is written directly.
 */
function openReport(outputFile: string | undefined, io: Io): Report {
  if (!outputFile) return { write: io.stdout, close: () => {}, abandon: () => {} };
  const failed = (err: unknown) => new ToolError(`${outputFile}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? err})`);
  const target = resolve(io.cwd, outputFile);
  let fd: number;
  let temp: string | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const existing = statOrUndefined(target);
    if (existing && !existing.isFile()) fd = openSync(target, 'w');
    else {
      temp = join(dirname(target), `.${basename(target)}.tonelint-${process.pid}.tmp`);
      fd = openSync(temp, 'w', existing?.mode);
    }
  } catch (err) {
    throw failed(err);
  }
  let open = true;
  const finish = (keep: boolean) => {
    if (!open) return;
    open = false;
    closeSync(fd);
    if (!temp) return;
    if (keep) renameSync(temp, target);
    else rmSync(temp, { force: true });
  };
  return {
    write: (text) => {
      try {
        writeSync(fd, text);
      } catch (err) {
        throw failed(err);
      }
    },
    close: () => {
      try {
        finish(true);
      } catch (err) {
        throw failed(err);
      }
    },
    abandon: () => finish(false),
  };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** --print-config <file>: the settings that apply to that file, after overrides and flags. */
async function printConfig(flags: LintFlags, rules: Record<string, RuleSetting>, io: Io): Promise<number> {
  const { loadConfig, settingsFor } = await import('../engine/config.js');
  const { PROFILES, DEFAULT_PROFILE } = await import('../core/profiles.js');
  const { rules: allRules } = await import('../core/rules/index.js');
  const loaded = await loadConfig(io.cwd, flags.config);
  const settings = settingsFor(loaded, resolve(io.cwd, flags.printConfig!), { language: flags.lang, profile: flags.profile, rules });
  const profile = settings.profile ?? DEFAULT_PROFILE;
  const effective = Object.fromEntries(
    allRules.map((r) => [r.id, settings.rules?.[r.id] ?? PROFILES[profile].rules[r.id] ?? r.defaultSeverity]),
  );
  const out = {
    file: flags.printConfig,
    configFile: loaded.file ?? null,
    language: settings.language ?? 'auto',
    profile,
    rules: effective,
    categories: { ...PROFILES[profile].categories, ...settings.categories },
    fragment: settings.fragment ?? 'auto',
    lexicons: loaded.config.lexicons ?? [],
  };
  io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

function parseConcurrency(value: string | undefined): number | 'auto' | 'off' | undefined {
  if (value === undefined || value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ToolError(`--concurrency "${value}": expected a number of threads, "auto" or "off"`);
  return n;
}

// Writes to stdout are gathered into chunks of about this size: one write per file costs a system call.
const CHUNK = 1 << 16;

/**
 * Gathers writes to stdout into chunks of about CHUNK characters. The pieces are joined once per chunk: a chunk
 * grown by `+=` is a rope of hundreds of strings, which costs six times as much to encode as a flat string.
 */
function chunked(sink: (text: string) => void) {
  let pieces: string[] = [];
  let length = 0;
  return {
    write: (text: string) => {
      pieces.push(text);
      length += text.length;
      if (length >= CHUNK) {
        sink(pieces.join(''));
        pieces = [];
        length = 0;
      }
    },
    end: () => {
      if (pieces.length) sink(pieces.join(''));
      pieces = [];
      length = 0;
    },
  };
}

/** Writes the JSON array a chunk of files at a time; keeps only the counts the exit code needs. */
function streamJson(sink: (text: string) => void) {
  let first = true;
  const out = chunked(sink);
  const total: FileResult = { filePath: '', language: null, score: null, errorCount: 0, warningCount: 0, infoCount: 0, units: [], messages: [] };
  const summaries = [total];
  return {
    summaries,
    write: (result: FileResult) => {
      const rest = contractOf(result);
      out.write(first ? '[' : ',');
      // A large export's result is written a unit and a message at a time.
      for (const piece of jsonPieces(rest)) out.write(piece);
      first = false;
      total.errorCount += rest.errorCount;
      total.warningCount += rest.warningCount;
      total.infoCount += rest.infoCount;
      const fatal = rest.messages.find((m) => m.fatal);
      if (fatal && !total.messages.length) total.messages.push(fatal);
    },
    end: () => {
      out.write(first ? '[]' : ']');
      out.end();
    },
  };
}
