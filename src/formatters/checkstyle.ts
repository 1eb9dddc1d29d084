// checkstyle: Checkstyle XML, which Jenkins, GitLab, reviewdog and SonarQube importers read.

import type { Message } from '../core/report.js';
import type { Formatter } from './types.js';
import { xmlAttribute } from './junit.js';

const source = (m: Message) =>
  m.fatal || m.ruleId === null ? 'tonelint.fatal' : m.entryId ? `tonelint.${m.ruleId}.${m.entryId}` : `tonelint.${m.ruleId}`;

function text(m: Message): string {
  let t = m.message;
  if (m.unit) t += ` (${m.unit})`;
  if (m.suggestions[0]) t += ` Try: ${m.suggestions[0]}`;
  return t;
}

export const checkstyle: Formatter = (results) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const r of results) {
    if (!r.messages.length) {
      out.push(`  <file name="${xmlAttribute(r.filePath)}"/>`);
      continue;
    }
    out.push(`  <file name="${xmlAttribute(r.filePath)}">`);
    for (const m of r.messages) {
      out.push(
        `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlAttribute(text(m))}" source="${xmlAttribute(source(m))}"/>`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>', '');
  return out.join('\n');
};
