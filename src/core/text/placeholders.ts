// Template placeholders are not the agent's words: matching looks through them, fixes never touch them.

import type { Span } from '../types.js';

// Longest, most specific forms first; a placeholder never spans a line break.
const PLACEHOLDER = new RegExp(
  [
    String.raw`\{\{[^{}\n]*\}\}`, // Liquid / Handlebars output {{ticket.requester.first_name}}
    String.raw`\{%[^\n]*?%\}`, // Liquid tags {% if %}, Help Scout {%customer.firstName,fallback=there%}
    String.raw`#\{[^{}\n]*\}`, // Zammad #{ticket.customer.firstname}
    String.raw`%\{[^{}\n]*\}`, // osTicket / Chatwoot %{ticket.number}
    String.raw`%[A-Za-z_][\w.-]*%`, // %name%
    String.raw`\{[A-Za-z_][\w.-]*\}`, // {name}
    String.raw`<attribute\b[^>\n]*/>`, // Intercom <attribute key="first_name"/>
    String.raw`<variable\b[^>\n]*>[^<\n]*</variable>`,
  ].join('|'),
  'g',
);

/** Spans of placeholders in `text`, sorted. */
export function findPlaceholders(text: string): Span[] {
  if (!/[{%<]/.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
