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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const isFatal = (m: Message) => m.fatal === true || m.ruleId === null;
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

function line(m: Message): string {
  const rule = isFatal(m) ? 'fatal' : m.entryId ? `${m.ruleId}/${m.entryId}` : m.ruleId;
  const unit = m.unit ? ` (${m.unit})` : '';
  const rewrite = m.suggestions[0] ? ` Try: ${m.suggestions[0]}` : '';
  return oneLine(`${m.line}:${m.column} ${m.severity} ${m.message}${unit}${rewrite} [${rule}]`);
}

function summary(counts: Record<Severity, number>): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.info) parts.push(`${counts.info} info`);
  return `${plural(counts.error + counts.warning + counts.info, 'problem')} (${parts.join(', ')})`;
}

const highest = (counts: Record<Severity, number>): Severity => (counts.error ? 'error' : counts.warning ? 'warning' : 'info');

/** Message lines as element text, a line at a time: a large export's file has a line per message. */
function* lines(messages: Iterable<Message>, wanted: (m: Message) => boolean): Generator<string> {
  let first = true;
  for (const m of messages) {
    if (!wanted(m)) continue;
    yield `${first ? '' : '\n'}${xmlText(line(m))}`;
    first = false;
  }
}

/** One file's test case, in pieces. */
function* testcase(r: FileResult, fatal: number, firstFatal: Message | undefined, counts: Record<Severity, number>): Generator<string> {
  const name = xmlAttribute(r.filePath);
  const open = `    <testcase classname="${name}" name="${name}" time="0"`;
  const found = counts.error + counts.warning + counts.info;
  if (!fatal && !found) {
    yield `${open}/>\n`;
    return;
  }
  yield `${open}>\n`;
  if (fatal) {
    const message = fatal === 1 ? firstFatal!.message : `${fatal} errors: the file could not be checked`;
    yield `      <error message="${xmlAttribute(oneLine(message))}" type="fatal">`;
    yield* lines(r.messages, isFatal);
    yield '</error>\n';
  }
  if (found) {
    yield `      <failure message="${xmlAttribute(summary(counts))}" type="${highest(counts)}">`;
    yield* lines(r.messages, (m) => !isFatal(m));
    yield '</failure>\n';
  }
  yield '    </testcase>\n';
}

/** The suite's counts open the XML: the CLI keeps the test cases aside until they are known (ReportStream.head). */
export const junitStream: StreamFormatter = () => {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  return {
    file(r) {
      let fatal = 0;
      let firstFatal: Message | undefined;
      const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      for (const m of r.messages) {
        if (!isFatal(m)) counts[m.severity]++;
        else if (fatal++ === 0) firstFatal = m;
      }
      tests++;
      if (counts.error + counts.warning + counts.info) failures++;
      if (fatal) errors++;
      return testcase(r, fatal, firstFatal, counts);
    },
    end: () => ['  </testsuite>\n</testsuites>\n'],
    head() {
      const counts = `tests="${tests}" failures="${failures}" errors="${errors}"`;
      return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tonelint" ${counts} time="0">\n  <testsuite name="tonelint" ${counts} skipped="0" time="0">\n`;
    },
  };
};

export const junit = whole(junitStream);
