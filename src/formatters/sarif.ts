// sarif: a SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers, with fingerprints that survive edits.

import type { FileResult, Message } from '../core/report.js';
import { rules as knownRules } from '../core/rules/index.js';
import type { Severity } from '../core/types.js';
import { whole, type StreamFormatter } from './types.js';

/** The tonelint version written into the log (kept equal to package.json by a test). */
export const TONELINT_VERSION = '0.1.0';
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/tonelint/tonelint';
/** The key of our fingerprint in `partialFingerprints`; bump the version if the hashed key ever changes. */
export const FINGERPRINT_KEY = 'tonelintFinding/v1';
export const SRCROOT = '%SRCROOT%';

export const helpUri = (ruleId: string) => `${INFORMATION_URI}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;

/** Rules that are not in the rule list: findings the engine adds itself. */
const EXTRA_RULES: Record<string, { description: string; defaultSeverity: Severity }> = {
  'min-score': { description: 'A reply whose tone score is below the required minimum (--min-score).', defaultSeverity: 'error' },
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

// Fingerprints live in the core: the baseline uses the same ones, so a finding has one identity.
export { fingerprints, fnv1a64, normalizeActual } from '../core/fingerprint.js';
import { Fingerprints } from '../core/fingerprint.js';

// ---------------------------------------------------------------------------------------------
// Paths -> URIs

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const encodeSegment = (s: string) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'));
const isWindows = (cwd: string) => /^[A-Za-z]:[\\/]/.test(cwd) || cwd.startsWith('\\\\');

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * Where a file is, as SARIF wants it: relative to %SRCROOT% (the directory tonelint ran in) with forward
 * slashes and percent-encoding; an absolute path outside that directory becomes a file:// URI.
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const windows = isWindows(cwd);
  const slashed = (p: string) => (windows ? p.replace(/\\/g, '/') : p);
  let path = slashed(filePath);
  const root = slashed(cwd).replace(/\/+$/, '');
  const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
  const prefix = `${root}/`;
  if (cwd && isAbsolute(path) && (windows ? path.toLowerCase().startsWith(prefix.toLowerCase()) : path.startsWith(prefix))) {
    path = path.slice(prefix.length);
  }
  if (isAbsolute(path)) {
    const drive = /^([A-Za-z]:)\//.exec(path);
    const rest = (drive ? path.slice(2) : path).replace(/^\/+/, '/');
    return { uri: `file://${drive ? `/${drive[1]}` : ''}${rest.split('/').map(encodeSegment).join('/')}` };
  }
  return { uri: path.replace(/^(\.\/)+/, '').split('/').map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}

// ---------------------------------------------------------------------------------------------
// The log

/** The message with the first rewrite appended, as code scanning shows no separate fix text. */
export const messageText = (m: Message) => (m.suggestions[0] ? `${m.message} Try: ${m.suggestions[0]}` : m.message);

function region(m: Message) {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  const endLine = Math.max(startLine, m.endLine);
  let endColumn = Math.max(1, m.endColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  const r: Record<string, unknown> = { startLine, startColumn, endLine, endColumn };
  if (m.actual) r.snippet = { text: m.actual };
  return r;
}

interface RuleInfo {
  description: string;
  defaultSeverity: Severity | 'off';
}

function ruleInfo(id: string): RuleInfo {
  const rule = knownRules.find((r) => r.id === id);
  if (rule) return rule;
  return EXTRA_RULES[id] ?? { description: `The tonelint rule ${id}.`, defaultSeverity: 'warning' };
}

function ruleDescriptor(id: string, example: Message | undefined, categories: ReadonlySet<string>) {
  const info = ruleInfo(id);
  const uri = helpUri(id);
  const full = categories.size ? `${info.description} Categories found in this run: ${[...categories].sort().join(', ')}.` : info.description;
  const rewrite = example?.suggestions[0];
  const textLines = [`${id}: ${info.description}`];
  const mdLines = [`**${id}**: ${mdEscape(info.description)}`];
  if (rewrite) {
    const actual = example.actual ? normalizeSpace(example.actual) : undefined;
    textLines.push(actual ? `Example rewrite: "${actual}" -> "${rewrite}"` : `Example rewrite: "${rewrite}"`);
    mdLines.push(actual ? `Example rewrite: *${mdEscape(actual)}* → *${mdEscape(rewrite)}*` : `Example rewrite: *${mdEscape(rewrite)}*`);
  }
  textLines.push(`Documentation: ${uri}`);
  mdLines.push(`[Rule documentation](${uri})`);
  return {
    id,
    shortDescription: { text: info.description },
    fullDescription: { text: full },
    help: { text: textLines.join('\n'), markdown: mdLines.join('\n\n') },
    helpUri: uri,
    defaultConfiguration: info.defaultSeverity === 'off' ? { enabled: false } : { level: LEVEL[info.defaultSeverity] },
    properties: { tags: ['tone'] },
  };
}

const normalizeSpace = (s: string) => s.replace(/\s+/g, ' ').trim();
const mdEscape = (s: string) => normalizeSpace(s).replace(/[\\`*_[\]<>|]/g, '\\$&');

/** JSON as JSON.stringify(value, null, 2) writes it, for a place `depth` spaces in. */
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);

// The log up to its list of results, as JSON.stringify(log, null, 2) would write it.
const OPENING = `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "columnKind": "utf16CodeUnits",\n      "results": [`;

/**
 * The log, a file's results at a time. The results come before the tool's description (JSON does not order
 * an object's members): the rules are described from what the run found, and each rule's index is the
 * order it first appeared in.
 */
export const sarifStream: StreamFormatter = (options) => {
  const index = new Map<string, number>();
  const examples = new Map<string, Message>();
  const categories = new Map<string, Set<string>>();
  const notifications: unknown[] = [];
  let first = true;
  return {
    *file(r) {
      const artifact = artifactLocation(r.filePath, options.cwd);
      const prints = new Fingerprints(artifact.uri);
      for (const m of r.messages) {
        if (m.ruleId === null || m.fatal) {
          notifications.push({
            level: 'error',
            message: { text: m.message },
            locations: [{ physicalLocation: { artifactLocation: artifact, region: { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) } } }],
            descriptor: { id: 'fatal' },
          });
          continue;
        }
        const ruleId = m.ruleId;
        if (!index.has(ruleId)) index.set(ruleId, index.size);
        if (m.category) categories.set(ruleId, (categories.get(ruleId) ?? new Set()).add(m.category));
        if (!examples.has(ruleId) && m.suggestions[0]) examples.set(ruleId, m);
        const properties: Record<string, unknown> = {};
        if (m.entryId) properties.entryId = m.entryId;
        if (m.category) properties.category = m.category;
        if (m.element) properties.element = m.element;
        if (m.unit) properties.unit = m.unit;
        if (m.lang) properties.lang = m.lang;
        if (m.suggestions.length) properties.suggestions = m.suggestions;
        const result = {
          ruleId,
          ruleIndex: index.get(ruleId),
          level: LEVEL[m.severity],
          message: { text: messageText(m) },
          locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
          partialFingerprints: { [FINGERPRINT_KEY]: prints.next(m) },
          ...(Object.keys(properties).length ? { properties } : {}),
        };
        yield `${first ? `${OPENING}\n` : ',\n'}        ${indented(result, 8)}`;
        first = false;
      }
    },
    end() {
      const tool = {
        driver: {
          name: 'tonelint',
          informationUri: INFORMATION_URI,
          version: TONELINT_VERSION,
          semanticVersion: TONELINT_VERSION,
          rules: [...index.keys()].map((id) => ruleDescriptor(id, examples.get(id), categories.get(id) ?? new Set())),
        },
      };
      const invocations = [notifications.length ? { executionSuccessful: false, toolExecutionNotifications: notifications } : { executionSuccessful: true }];
      const results = first ? `${OPENING}]` : '\n      ]';
      return [`${results},\n      "tool": ${indented(tool, 6)},\n      "invocations": ${indented(invocations, 6)}\n    }\n  ]\n}\n`];
    },
  };
};

export const sarif = whole(sarifStream);
