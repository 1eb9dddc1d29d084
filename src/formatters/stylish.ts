// stylish: grouped by file, the phrase underlined in its line, the first rewrite, and a summary.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Message } from '../core/report.js';
import { whole, type FormatOptions, type StreamFormatter } from './types.js';

const MAX_CONTEXT = 100;

/** Where each line of a file's text starts: a large export has a message on each of thousands of lines. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let nl = source.indexOf('\n'); nl >= 0; nl = source.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

function sourceLine(source: string, starts: readonly number[], line: number): string {
  const start = starts[Math.max(0, line - 1)];
  if (start === undefined) return '';
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? source.length : end).replace(/\r$/, '');
}

/** The line with the phrase and a caret underline, cut to a readable window around the phrase. */
function excerpt(m: Message, line: string, c: ChalkInstance): string[] {
  const text = line.replace(/\t/g, ' ');
  if (!text.trim()) return [];
  const from = m.column - 1;
  const to = m.endLine === m.line ? Math.max(from + 1, m.endColumn - 1) : text.length;
  let left = 0;
  if (text.length > MAX_CONTEXT) left = Math.max(0, Math.min(from - 20, text.length - MAX_CONTEXT));
  const shown = text.slice(left, left + MAX_CONTEXT);
  const pre = left > 0 ? '…' : '';
  const post = left + MAX_CONTEXT < text.length ? '…' : '';
  const a = from - left;
  const b = Math.min(to - left, shown.length);
  const highlighted = shown.slice(0, a) + c.bold.underline(shown.slice(a, b)) + shown.slice(b);
  return [`${c.dim('│')} ${pre}${highlighted}${post}`, `${c.dim('│')} ${' '.repeat(pre.length + a)}${c.red('^'.repeat(Math.max(1, b - a)))}`];
}

/** The report a line at a time (each with its line break), each file's lines as soon as it is linted. */
export const stylishStream: StreamFormatter = (options: FormatOptions) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let files = 0;
  let all = 0;
  let lowest: number | null = null;
  return {
    *file(r) {
      all++;
      if (r.score !== null) lowest = lowest === null ? r.score : Math.min(lowest, r.score);
      if (!r.messages.length) return;
      files++;
      errors += r.errorCount;
      warnings += r.warningCount;
      infos += r.infoCount;
      const score = r.score === null ? '' : c.dim(` (${r.language ?? '?'}, score ${r.score}/100)`);
      yield '\n';
      yield `${c.underline(r.filePath)}${score}\n`;
      // A loop, not Math.max(...): a large export has more messages than a call can take arguments.
      let width = 0;
      for (const m of r.messages) width = Math.max(width, `${m.line}:${m.column}`.length);
      let starts: number[] | undefined;
      for (const m of r.messages) {
        const sev = m.severity === 'error' ? c.red('error  ') : m.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
        const rule = m.ruleId ? c.dim(m.entryId ? `${m.ruleId} ${m.entryId}` : m.ruleId) : '';
        const unit = m.unit ? c.dim(` [${m.unit}]`) : '';
        yield `  ${c.dim(`${m.line}:${m.column}`.padEnd(width))}  ${sev}  ${m.message}${unit}  ${rule}\n`;
        const pad = ' '.repeat(width + 4);
        if (m.actual && r.source) {
          starts ??= lineStarts(r.source);
          for (const l of excerpt(m, sourceLine(r.source, starts, m.line), c)) yield `${pad}${l}\n`;
        }
        const rewrite = m.suggestions[0];
        if (rewrite) yield `${pad}${c.green('→')} ${c.green(rewrite)}\n`;
      }
    },
    *end() {
      const total = errors + warnings + infos;
      const scoreNote = lowest === null ? '' : ` · lowest tone score ${lowest}/100`;
      if (total === 0) {
        yield `${c.green(`✔ No problems in ${all} file${all === 1 ? '' : 's'}${scoreNote}`)}\n`;
      } else {
        const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
        if (infos) parts.push(`${infos} info`);
        const mark = errors ? c.red.bold('✖') : c.yellow.bold('⚠');
        yield '\n';
        yield `${mark} ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} of ${all} file${all === 1 ? '' : 's'}${scoreNote}\n`;
      }
    },
  };
};

export const stylish = whole(stylishStream);
