// The default command: lint files, folders, globs or stdin and print a report.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { countSeverities, type FileResult } from '../core/report.js';
import type { RuleSetting } from '../core/lint.js';
import type { ProfileName } from '../core/profiles.js';
import { run } from '../engine/run.js';
import { ToolError } from '../engine/errors.js';
import { formatterNames, loadFormatter } from '../formatters/index.js';
import { exitCode } from './exit-code.js';
import type { Io } from './io.js';

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
  const inputs = paths.length ? paths : io.stdinIsTTY ? [] : ['-'];
  if (!inputs.length) throw new ToolError('no input: give files, folders or globs, or "-" to read a draft from stdin (tonelint --help)');
  const rules = parseRuleFlags(flags.rule);
  const { results, problems, config } = await run({
    cwd: io.cwd,
    inputs,
    stdin: io.readStdin,
    stdinFilename: flags.stdinFilename,
    configFile: flags.config,
    cli: { language: flags.lang, profile: flags.profile, rules },
    extensions: flags.ext?.map((e) => (e.startsWith('.') ? e : `.${e}`)),
    ignore: flags.ignore,
    maxFileSize: flags.maxFileSize !== undefined ? flags.maxFileSize * 1024 * 1024 : undefined,
    minScore: flags.minScore,
  });
  for (const p of problems) io.stderr(`tonelint: ${p}\n`);
  const shown = flags.quiet ? onlyErrors(results) : results;
  const output = (await formatter)(shown, { color: useColor(flags, io, Boolean(flags.outputFile)), cwd: io.cwd });
  if (flags.outputFile) {
    const target = resolve(io.cwd, flags.outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, output);
    } catch (err) {
      throw new ToolError(`${flags.outputFile}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? err})`);
    }
  } else {
    io.stdout(output);
  }
  return exitCode(results, problems.length, flags.maxWarnings ?? config.config.maxWarnings);
}
