// checkstyle: Checkstyle XML, which Jenkins, GitLab, reviewdog and SonarQube importers read.

import type { Message } from '../core/report.js';
import { whole, type StreamFormatter } from './types.js';
import { xmlAttribute } from './junit.js';

const source = (m: Message) =>
  m.fatal || m.ruleId === null ? 'tonelint.fatal' : m.entryId ? `tonelint.${m.ruleId}.${m.entryId}` : `tonelint.${m.ruleId}`;

function text(m: Message): string {
  let t = m.message;
  if (m.unit) t += ` (${m.unit})`;
  if (m.suggestions[0]) t += ` Try: ${m.suggestions[0]}`;
  return t;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n';

export const checkstyleStream: StreamFormatter = () => {
  let head = HEAD;
  const opening = () => {
    const text = head;
    head = '';
    return text;
  };
  return {
    *file(r) {
      if (!r.messages.length) {
        yield `${opening()}  <file name="${xmlAttribute(r.filePath)}"/>\n`;
        return;
      }
      yield `${opening()}  <file name="${xmlAttribute(r.filePath)}">\n`;
      for (const m of r.messages) {
        yield `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlAttribute(text(m))}" source="${xmlAttribute(source(m))}"/>\n`;
      }
      yield '  </file>\n';
    },
    end: () => [`${opening()}</checkstyle>\n`],
  };
};

export const checkstyle = whole(checkstyleStream);
