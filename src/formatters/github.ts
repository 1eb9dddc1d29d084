// github: GitHub Actions workflow commands (::error/::warning/::notice) that become annotations on the pull request.

import type { Message } from '../core/report.js';
import type { Severity } from '../core/types.js';
import { whole, type StreamFormatter } from './types.js';

/** GitHub shows about this many annotations of each level per step; the rest would be lost silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };
const LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

/** Escapes the message (the data after `::`). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value (`file=`, `title=`, ...), where `:` and `,` would end the value. */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(filePath: string, m: Message): string {
  const props: [string, string | number][] = [['file', filePath]];
  const line = Math.max(1, m.line);
  const endLine = Math.max(line, m.endLine);
  props.push(['line', line]);
  if (endLine !== line) {
    // Columns are accepted only when the annotation starts and ends on the same line.
    props.push(['endLine', endLine]);
  } else {
    const col = Math.max(1, m.column);
    props.push(['col', col]);
    // Our end column is exclusive; an annotation's is the last column it covers.
    if (m.endColumn - 1 > col) props.push(['endColumn', m.endColumn - 1]);
  }
  const rule = m.ruleId === null || m.fatal ? 'could not check this file' : m.entryId ? `${m.ruleId} (${m.entryId})` : m.ruleId;
  props.push(['title', `tonelint ${rule}`]);
  let text = m.message;
  if (m.unit) text += ` [${m.unit}]`;
  if (m.suggestions[0]) text += ` Try: ${m.suggestions[0]}`;
  const properties = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[m.severity]} ${properties}::${escapeData(text)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const githubStream: StreamFormatter = (options) => {
  // On a Windows runner paths come with backslashes; annotations want the repository's forward slashes.
  const windows = /^[A-Za-z]:[\\/]/.test(options.cwd) || options.cwd.startsWith('\\\\');
  // Only the annotations GitHub shows are kept, and the counts of all.
  const shown: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  // Files that could not be checked come first among the errors, so that the cap never hides them.
  const fatal: string[] = [];
  let fatalCount = 0;
  return {
    file(r) {
      const path = windows ? r.filePath.replace(/\\/g, '/') : r.filePath;
      for (const m of r.messages) {
        const fatalOne = m.fatal || m.ruleId === null;
        const list = fatalOne ? fatal : shown[m.severity];
        if (fatalOne) fatalCount++;
        else counts[m.severity]++;
        if (list.length < MAX_ANNOTATIONS_PER_LEVEL) list.push(annotation(path, m));
      }
      return [];
    },
    end() {
      counts.error += fatalCount;
      shown.error = [...fatal, ...shown.error];
      const total = LEVELS.reduce((n, level) => n + counts[level], 0);
      if (total === 0) return [];
      const out: string[] = [];
      let hidden = 0;
      for (const level of LEVELS) {
        out.push(...shown[level].slice(0, MAX_ANNOTATIONS_PER_LEVEL));
        hidden += Math.max(0, counts[level] - MAX_ANNOTATIONS_PER_LEVEL);
      }
      const summaryCounts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'notice')].join(', ');
      let summary = `tonelint: ${plural(total, 'problem')} (${summaryCounts}).`;
      if (hidden > 0) {
        summary +=
          ` ${hidden} of them ${hidden === 1 ? 'is' : 'are'} not shown as annotations (GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} per level in a step).` +
          ' For the full report run `tonelint --format stylish`, or upload `tonelint --format sarif --output-file tonelint.sarif` to code scanning.';
      }
      out.push(summary);
      return [`${out.join('\n')}\n`];
    },
  };
};

export const github = whole(githubStream);
