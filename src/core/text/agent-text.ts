// Finds text in a draft that is not the agent's own words: quoted history, forwards, signatures.

import type { Span } from '../types.js';

// Everything from one of these lines to the end of the reply is earlier correspondence or a signature.
const HISTORY_START = [
  // "On Mon, 2 March 2026, Sam Reed <sam@example.com> wrote:", "Am … schrieb …:", "14.05.2024 kirjutas Liis Kuusk:"
  /^.{0,200}(?<!\p{L})(wrote|writes|schrieb|a écrit|ha scritto|scrisse|escribió|schreef|kirjutas|kirjutasid|rakstīja|parašė|rašė|написал|napisał)(?!\p{L}).{0,120}:\s*$/iu,
  /^\s*-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Messaggio originale|Weitergeleitete Nachricht|Algne kiri|Sākotnējā ziņa|Originalus laiškas)\s*-{2,}\s*$/i,
  /^\s*(From|Von|Da|Saatja|No|Nuo):\s.+$\n^\s*(Sent|Date|Gesendet|Datum|Inviato|Data|Saadetud|Nosūtīts|Išsiųsta):/im,
  /^-- $/, // RFC 3676 signature separator
  /^\s*Sent from my \w+/i,
];

const QUOTED_LINE = /^[ \t]*>/;

// Every history start has a colon, a "--" rule or "Sent from": most lines skip the expensive patterns.
function mayStartHistory(line: string): boolean {
  return line.includes(':') || line.includes('--') || line.startsWith('Sent from') || line.startsWith(' Sent from');
}
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Spans of URLs and e-mail addresses: their words ("calm-down" in a slug) are nobody's tone. */
export function findAddresses(text: string): Span[] {
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return [];
  return [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Spans (sorted, non-overlapping) of `>` quoted lines and of trailing history or signature blocks. */
export function findForeignText(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  let historyFrom = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (mayStartHistory(clean) && HISTORY_START.some((re) => re.test(re.flags.includes('m') ? `${clean}\n${lines[i + 1] ?? ''}` : clean))) {
      historyFrom = offset;
      break;
    }
    if (QUOTED_LINE.test(clean)) {
      const last = spans[spans.length - 1];
      if (last && last.end === offset) last.end = offset + line.length + 1;
      else spans.push({ start: offset, end: offset + line.length + 1 });
    }
    offset += line.length + 1;
  }
  if (historyFrom >= 0) {
    while (spans.length && (spans[spans.length - 1] as Span).end > historyFrom) spans.pop();
    spans.push({ start: historyFrom, end: text.length });
  }
  for (const s of spans) s.end = Math.min(s.end, text.length);
  return spans;
}
