// Baselines let a team adopt tonelint on an existing library: today's findings are recorded, new ones fail.

import { readFileSync, writeFileSync } from 'node:fs';
import { fingerprints } from '../core/fingerprint.js';
import { countSeverities, type FileResult } from '../core/report.js';
import { ToolError } from './errors.js';

interface BaselineFile {
  version: 1;
  findings: { fingerprint: string; file: string; ruleId: string | null; entryId?: string; actual?: string }[];
}

export function writeBaseline(path: string, results: readonly FileResult[]): number {
  const findings: BaselineFile['findings'] = [];
  for (const r of results) {
    const prints = fingerprints(r.filePath, r.messages);
    r.messages.forEach((m, i) => {
      if (!m.fatal) findings.push({ fingerprint: prints[i]!, file: r.filePath, ruleId: m.ruleId, entryId: m.entryId, actual: m.actual });
    });
  }
  try {
    writeFileSync(path, `${JSON.stringify({ version: 1, findings } satisfies BaselineFile, null, 1)}\n`);
  } catch (err) {
    throw new ToolError(`${path}: cannot write the baseline (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  return findings.length;
}

/** Reads a baseline: the filter it gives drops from a file's result the findings the baseline knows. */
export function readBaseline(path: string): (result: FileResult) => FileResult {
  let known: Set<string>;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
    if (data.version !== 1 || !Array.isArray(data.findings)) throw new Error('not a tonelint baseline');
    known = new Set(data.findings.map((f) => f.fingerprint));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ToolError(`${path}: cannot read the baseline (${code ?? (err as Error).message})`);
  }
  return (r) => {
    if (!r.messages.length) return r;
    const prints = fingerprints(r.filePath, r.messages);
    const messages = r.messages.filter((m, i) => m.fatal || !known.has(prints[i]!));
    return { ...r, messages, ...countSeverities(messages) };
  };
}
