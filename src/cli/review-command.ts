// `tonelint review`: the interactive walk through a draft's findings in a real terminal.

import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { emitKeypressEvents, createInterface } from 'node:readline';
import { ReadStream, WriteStream } from 'node:tty';
import { Chalk } from 'chalk';
import type { FileResult, Message } from '../core/report.js';
import type { ProfileName } from '../core/profiles.js';
import { settingsFor } from '../engine/config.js';
import { ToolError } from '../engine/errors.js';
import { encode, writeAtomically } from '../engine/fix.js';
import { lintDocument } from '../engine/lint-document.js';
import { decode, InputError, readInput, type Decoded } from '../engine/read.js';
import { prepare } from '../engine/run.js';
import { parsersFor } from '../engine/parsers.js';
import type { Io } from './io.js';
import { lintCommand } from './lint-command.js';
import { ReviewSession } from './review-session.js';
import { useColor } from './lint-command.js';

interface ReviewFlags {
  lang?: string;
  profile?: ProfileName;
  config?: string;
}

interface Terminal {
  input: NodeJS.ReadStream & { setRawMode?: (raw: boolean) => unknown };
  output: NodeJS.WritableStream;
  close: () => void;
}

/** Keys come from the terminal even when the draft comes from a pipe, as `git add -p` and fzf do. */
function openTerminal(fromStdin: boolean): Terminal | undefined {
  if (!fromStdin) return process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout, close: () => {} } : undefined;
  try {
    const fd = openSync('/dev/tty', 'r+');
    const input = new ReadStream(fd);
    const output = new WriteStream(fd);
    return { input: input as unknown as Terminal['input'], output, close: () => { input.destroy(); try { closeSync(fd); } catch { /* closed by destroy */ } } };
  } catch {
    return undefined;
  }
}

function keypress(input: Terminal['input']): Promise<{ name?: string; sequence?: string; ctrl?: boolean }> {
  return new Promise((done) => input.once('keypress', (_s: string, key: { name?: string; sequence?: string; ctrl?: boolean }) => done(key ?? {})));
}

function lineAround(text: string, offset: number): { line: string; start: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { line: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, ''), start };
}

export async function reviewCommand(file: string, flags: ReviewFlags, io: Io): Promise<number> {
  const fromStdin = file === '-';
  let decoded: Decoded;
  try {
    decoded = fromStdin ? decode(await io.readStdin()) : readInput(resolve(io.cwd, file));
  } catch (err) {
    if (err instanceof InputError) throw new ToolError(`${file}: ${err.message}`);
    throw err;
  }
  const terminal = openTerminal(fromStdin);
  if (!terminal || !(terminal.input as { isTTY?: boolean }).isTTY) {
    io.stderr('tonelint: review needs an interactive terminal; showing the findings instead\n');
    const code = fromStdin ? await lintCommand(['-'], { format: 'stylish', ignore: true, lang: flags.lang, profile: flags.profile, config: flags.config }, { ...io, readStdin: async () => Buffer.from(decoded.text) }) : await lintCommand([file], { format: 'stylish', ignore: true, lang: flags.lang, profile: flags.profile, config: flags.config }, io);
    return Math.max(code, 2);
  }
  const { config, languages, problems } = await prepare(io.cwd, flags.config);
  for (const p of problems) io.stderr(`tonelint: ${p}\n`);
  const detectLanguage = await (await import('../engine/franc.js')).loadStrongDetector();
  const display = fromStdin ? '<stdin>' : file;
  const settings = settingsFor(config, resolve(io.cwd, fromStdin ? 'stdin.txt' : file), { language: flags.lang, profile: flags.profile });
  const parserFor = await parsersFor([display]);
  const lint = (text: string): FileResult => lintDocument(display, text, { settings, languages, detect: detectLanguage, parserFor });
  const before = lint(decoded.text);
  const session = new ReviewSession(decoded.text, before.messages);
  const c = new Chalk({ level: useColor({}, { ...io, stdoutIsTTY: true }, false) ? 1 : 0 });
  const write = (s: string) => terminal.output.write(s);
  emitKeypressEvents(terminal.input);
  terminal.input.setRawMode?.(true);
  terminal.input.resume();

  const show = (i: number) => {
    const step: Message = session.steps[i]!;
    const total = session.steps.length;
    write(`\n${c.dim('─'.repeat(60))}\n`);
    const kind = step.category ? `${step.category} · ${step.entryId}` : step.ruleId;
    write(`${c.bold(`[${i + 1}/${total}]`)} ${step.severity} · ${kind} ${c.dim(`(line ${step.line})`)}\n`);
    if (step.actual !== undefined) {
      const { line, start } = lineAround(decoded.text, step.offset);
      const a = step.offset - start;
      const b = Math.min(line.length, step.endOffset - start);
      write(`  ${line.slice(0, a)}${c.inverse(line.slice(a, b))}${line.slice(b)}\n`);
    }
    write(`  ${c.dim('Why:')} ${step.message}\n`);
    step.suggestions.forEach((s, n) => write(`  ${c.green(`${n + 1})`)} ${s}\n`));
    if (step.actual !== undefined && !session.canReplace(step)) write(`  ${c.yellow('This phrase contains a placeholder: edit it by hand.')}\n`);
    write(`${c.cyan(`[1-${step.suggestions.length}] accept · e edit · s skip · i ignore · u undo · q quit`)} › `);
  };

  let quit = false;
  try {
    for (let i = session.next(); i >= 0 && !quit; i = session.next()) {
      show(i);
      const step = session.steps[i]!;
      for (;;) {
        const key = await keypress(terminal.input);
        const ch = key.sequence ?? '';
        const n = Number(ch);
        const replaceable = step.actual === undefined || session.canReplace(step);
        if (key.ctrl && key.name === 'c') { quit = true; break; }
        if (ch === 'q') { quit = true; break; }
        if (ch === 's' || key.name === 'return') { write('skip\n'); session.skip(i); break; }
        if (ch === 'i') { write(`ignoring ${step.entryId ?? step.ruleId} for the rest of this review\n`); session.ignore(i); break; }
        if (ch === 'u') {
          const back = session.undo();
          write(back < 0 ? 'nothing to undo\n' : `undo: back to ${back + 1}\n`);
          break;
        }
        if (replaceable && Number.isInteger(n) && n >= 1 && n <= step.suggestions.length) {
          write(`accepted ${n}\n`);
          session.accept(i, step.suggestions[n - 1]!);
          break;
        }
        if (replaceable && ch === 'e') {
          terminal.input.setRawMode?.(false);
          const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: true });
          const typed = await new Promise<string>((done) => {
            rl.question('\n  Your rewrite: ', done);
            rl.write(step.suggestions[0] ?? '');
          });
          rl.close();
          terminal.input.setRawMode?.(true);
          terminal.input.resume();
          if (typed.trim()) { session.accept(i, typed.trim()); write('  accepted your rewrite\n'); }
          else { session.skip(i); write('  empty: skipped\n'); }
          break;
        }
      }
    }
  } finally {
    terminal.input.setRawMode?.(false);
    terminal.input.pause();
    terminal.close();
  }

  if (quit) {
    write(`\n${c.yellow('Quit: nothing was changed.')}\n`);
    if (fromStdin) io.stdout(decoded.text);
    return 0;
  }
  const text = session.result();
  const after = lint(text);
  write(`\n${c.bold('Done.')} ${session.accepted} rewrite${session.accepted === 1 ? '' : 's'} accepted. Tone score ${before.score ?? '-'} → ${after.score ?? '-'}/100\n`);
  if (fromStdin) io.stdout(text);
  else if (text !== decoded.text) {
    writeAtomically(resolve(io.cwd, file), encode(decoded, text), decoded.bytes!);
    write(`Saved ${display}.\n`);
  } else write('No changes to save.\n');
  return 0;
}
