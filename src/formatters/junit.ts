// junit: JUnit XML for CI test reports, one test case per file that fails when the file has problems.

import type { FileResult, Message } from '../core/report.js';
import type { Severity } from '../core/types.js';
import { whole, type StreamFormatter } from './types.js';

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text for an XML attribute value; line breaks and tabs survive as character references. */
export const xmlAttribute = (s: string) => s.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);

/** Escapes text for XML element content (CR kept as a reference, since parsers would turn CRLF into LF). */
export const xmlText = (s: string) => s.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (c) => ENTITY[c]!);

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const isFatal = (m: Message) => m.fatal === true || m.ruleId === null;
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

function line(m: Message): string {
  const rule = isFatal(m) ? 'fatal' : m.entryId ? `${m.ruleId}/${m.entryId}` : m.ruleId;
  const unit = m.unit ? ` (${m.unit})` : '';
  const rewrite = m.suggestions[0] ? ` Try: ${m.suggestions[0]}` : '';
  return oneLine(`${m.line}:${m.column} ${m.severity} ${m.message}${unit}${rewrite} [${rule}]`);
}

function summary(messages: readonly Message[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of messages) counts[m.severity]++;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(`${counts.info} info`);
  return `${plural(messages.length, 'problem')} (${parts.join(', ')})`;
}

const highest = (messages: readonly Message[]): Severity =>
  messages.reduce<Severity>((top, m) => (RANK[m.severity] > RANK[top] ? m.severity : top), 'info');

function testcase(r: FileResult): { xml: string; failed: boolean; errored: boolean } {
  const name = xmlAttribute(r.filePath);
  const fatal = r.messages.filter(isFatal);
  const found = r.messages.filter((m) => !isFatal(m));
  const open = `    <testcase classname="${name}" name="${name}" time="0"`;
  if (!fatal.length && !found.length) return { xml: `${open}/>`, failed: false, errored: false };
  const children: string[] = [];
  if (fatal.length) {
    const message = fatal.length === 1 ? fatal[0]!.message : `${fatal.length} errors: the file could not be checked`;
    children.push(`      <error message="${xmlAttribute(oneLine(message))}" type="fatal">${xmlText(fatal.map(line).join('\n'))}</error>`);
  }
  if (found.length) {
    children.push(`      <failure message="${xmlAttribute(summary(found))}" type="${highest(found)}">${xmlText(found.map(line).join('\n'))}</failure>`);
  }
  return { xml: `${open}>\n${children.join('\n')}\n    </testcase>`, failed: found.length > 0, errored: fatal.length > 0 };
}

/** The suite's counts open the XML: the CLI keeps the test cases aside until they are known (ReportStream.head). */
export const junitStream: StreamFormatter = () => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  return {
    file(r) {
      const c = testcase(r);
      tests++;
      if (c.failed) failures++;
      if (c.errored) errors++;
      return [`${c.xml}\n`];
    },
    end: () => ['  </testsuite>\n</testsuites>\n'],
    head() {
      const counts = `tests="${tests}" failures="${failures}" errors="${errors}"`;
      return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tonelint" ${counts} time="0">\n  <testsuite name="tonelint" ${counts} skipped="0" time="0">\n`;
    },
  };
};

export const junit = whole(junitStream);
