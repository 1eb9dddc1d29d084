// compact: file:line:col: severity message [rule], one line each, for editors and problem matchers.

import type { Formatter } from './types.js';

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const rule = m.entryId ? `${m.ruleId}/${m.entryId}` : m.ruleId ?? 'fatal';
      lines.push(`${r.filePath}:${m.line}:${m.column}: ${m.severity} ${m.message.replace(/\s*\n\s*/g, ' ')} [${rule}]`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
