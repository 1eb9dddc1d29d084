// placeholder-syntax: a broken placeholder reaches the customer as raw braces ("Hi {{ticket.requester.name,").

import { findPlaceholders } from '../text/placeholders.js';
import type { Finding, Span } from '../types.js';
import type { Rule } from './types.js';

// Openers and the closer each needs, longest first so "{%" is not read as "{".
const DELIMITERS: [open: string, close: string][] = [
  ['{{', '}}'],
  ['{%', '%}'],
  ['#{', '}'],
  ['%{', '}'],
];

// What may stand inside {{ }}: a dotted name, optionally with Liquid filters or a fallback.
const LIQUID_BODY = /^\s*[A-Za-z_][\w.-]*(\s*\|\s*[\w]+(:\s*("[^"]*"|'[^']*'|[\w.]+)(\s*,\s*("[^"]*"|'[^']*'|[\w.]+))*)?)*\s*$/;
const COMMON_NAMESPACES = /^\s*(ticket|current_user|user|requester|customer|contact|conversation|agent|organization|company|account|satisfaction|dc|helpdesk|mailbox|site|event|brand|order|first_name|last_name|name|email)\b/;

function finding(span: Span, message: string, severity: Finding['severity']): Finding {
  return { ruleId: 'placeholder-syntax', severity, message, span, suggestions: [], cost: 0 };
}

export const placeholderSyntax: Rule = {
  id: 'placeholder-syntax',
  description: 'Placeholders with unbalanced delimiters or an unusual body, which customers would see raw.',
  defaultSeverity: 'error',
  check(reply, context) {
    const text = reply.text;
    if (!/[{%#]/.test(text)) return [];
    const findings: Finding[] = [];
    const whole = findPlaceholders(text);
    const inside = (i: number) => whole.some((s) => s.start <= i && i < s.end);
    for (const [open, close] of DELIMITERS) {
      for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + open.length)) {
        if (inside(i)) continue;
        const lineEnd = text.indexOf('\n', i);
        const end = lineEnd < 0 ? text.length : lineEnd;
        if (text.slice(i + open.length, end).includes(close)) continue;
        findings.push(finding({ start: i, end: Math.min(end, i + 40) }, `"${open}" is never closed with "${close}" on this line: customers would see it as typed.`, context.severity));
      }
    }
    for (const s of whole) {
      const raw = text.slice(s.start, s.end);
      if (!raw.startsWith('{{')) continue;
      const body = raw.slice(2, -2);
      if (!LIQUID_BODY.test(body)) findings.push(finding(s, `"${raw}" is not a valid placeholder (a dotted name, optionally with filters).`, context.severity));
      else if (body.includes('.') && !COMMON_NAMESPACES.test(body)) {
        findings.push(finding(s, `"${raw}" uses an unusual namespace; check it against your help desk's placeholder list.`, 'info'));
      }
    }
    return findings;
  },
};
