// compact: file:line:col: severity message [rule], one line each, for editors and problem matchers.

import { whole, type StreamFormatter } from './types.js';

export const compactStream: StreamFormatter = () => ({
  *file(r) {
    for (const m of r.messages) {
      const rule = m.entryId ? `${m.ruleId}/${m.entryId}` : m.ruleId ?? 'fatal';
      yield `${r.filePath}:${m.line}:${m.column}: ${m.severity} ${m.message.replace(/\s*\n\s*/g, ' ')} [${rule}]\n`;
    }
  },
  end: () => [],
});

export const compact = whole(compactStream);
