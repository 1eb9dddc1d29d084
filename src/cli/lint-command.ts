// The default command: lint files, folders, globs or stdin and print a report.

import { resolve } from 'node:path';
import { countSeverities, type FileResult } from '../core/report.js';
import type { RuleSetting } from '../core/lint.js';
import type { ProfileName } from '../core/profiles.js';
import { run } from '../engine/run.js';
import { ToolError } from '../engine/errors.js';
import { formatterNames, loadFormatter } from '../formatters/index.js';
import { exitCode, ResultTally } from './exit-code.js';
import type { Io } from './io.js';
import { progressFor } from './progress.js';
import { chunked, openReport, setAside } from './report-output.js';

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

function onlyErrors(r: FileResult): FileResult {
  if (r.warningCount === 0 && r.infoCount === 0) return r;
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, ...countSeverities(messages) };
}

export async function lintCommand(paths: string[], flags: LintFlags, io: Io): Promise<number> {
  const format = loadFormatter(flags.format);
  if (!format) throw new ToolError(`unknown format "${flags.format}" (formats: ${formatterNames.join(', ')})`);
  const inputs = paths.length ? paths : io.stdinIsTTY || flags.printConfig ? [] : ['-'];
  if (!inputs.length && !flags.printConfig) throw new ToolError('no input: give files, folders or globs, or "-" to read a draft from stdin (tonelint --help)');
  const rules = parseRuleFlags(flags.rule);
  if (flags.printConfig) return printConfig(flags, rules, io);
  const concurrency = parseConcurrency(flags.concurrency);
  // --baseline-write and --fix-dry-run print no report: an -o file is left as it is, and they need every result.
  const reporting = !flags.baselineWrite && !flags.fixDryRun;
  const report = openReport(reporting ? flags.outputFile : undefined, io);
  let aside: ReturnType<typeof setAside> | undefined;
  try {
    // --baseline-write records every finding: a --baseline beside it is not read.
    const baseline = flags.baseline && !flags.baselineWrite ? (await import('../engine/baseline.js')).readBaseline(resolve(io.cwd, flags.baseline)) : undefined;
    // Only the stylish report has colours.
    const formatOptions = { color: flags.format === 'stylish' && useColor(flags, io, Boolean(flags.outputFile)), cwd: io.cwd };
    const stream = reporting ? (await format)(formatOptions) : undefined;
    const progress = progressFor(io, flags.format);
    // The report is written as it is made, file by file, so memory stays flat however many replies. While a
    // spinner turns it waits for the end of the run, so the two never share the terminal; a format whose opening
    // needs the totals (ReportStream.head) has the files' parts set aside meanwhile.
    if (stream?.head) aside = setAside();
    const out = chunked(aside ? aside.write : report.write, !aside && !flags.outputFile && progress.shown);
    const tally = new ResultTally();
    const onResult = stream
      ? (result: FileResult) => {
          const kept = baseline ? baseline(result) : result;
          tally.add(kept);
          for (const piece of stream.file(flags.quiet ? onlyErrors(kept) : kept)) out.write(piece);
        }
      : undefined;
    const outcome = await run({
      onProgress: progress.update,
      concurrency,
      onResult,
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
    const { problems, config, diffs, results } = outcome;
    const maxWarnings = flags.maxWarnings ?? config.config.maxWarnings;
    for (const n of outcome.notices) io.stderr(`tonelint: warning: ${n}\n`);
    for (const p of problems) io.stderr(`tonelint: ${p}\n`);
    if (stream) {
      const end = [...stream.end()];
      out.end();
      if (aside) {
        report.write(stream.head!());
        aside.copyTo(report.write);
      }
      for (const piece of end) report.write(piece);
      report.close();
      return exitCode(tally, problems.length, maxWarnings);
    }
    if (flags.baselineWrite) {
      const { writeBaseline } = await import('../engine/baseline.js');
      const count = writeBaseline(resolve(io.cwd, flags.baselineWrite), results);
      io.stderr(`tonelint: recorded ${count} finding${count === 1 ? '' : 's'} in ${flags.baselineWrite}; run with --baseline ${flags.baselineWrite} to report only new ones\n`);
      return problems.length ? 2 : 0;
    }
    io.stdout(diffs.join(''));
    return exitCode(ResultTally.of(baseline ? results.map(baseline) : results), problems.length, maxWarnings);
  } catch (err) {
    aside?.discard();
    report.abandon();
    throw err;
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
