// --cache: results keyed by file content and everything that decides them (settings, lexicons, version).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { FileResult } from '../core/report.js';

interface CacheFile {
  version: string;
  /** Hash of the config, lexicons and tool version: when it changes, every entry is stale. */
  setup: string;
  files: Record<string, { hash: string; result: Omit<FileResult, 'source'> }>;
}

export const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

export class ResultCache {
  private data: CacheFile;
  private dirty = false;

  constructor(
    private readonly path: string,
    version: string,
    setup: string,
  ) {
    this.data = { version, setup, files: {} };
    try {
      const loaded = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
      if (loaded.version === version && loaded.setup === setup && loaded.files) this.data = loaded;
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
  }

  get(filePath: string, hash: string): Omit<FileResult, 'source'> | undefined {
    const entry = this.data.files[filePath];
    return entry?.hash === hash ? entry.result : undefined;
  }

  set(filePath: string, hash: string, result: FileResult): void {
    const { source: _source, ...stored } = result;
    this.data.files[filePath] = { hash, result: stored };
    this.dirty = true;
  }

  /** Saves the cache; returns an error message instead of failing the run when the location is not writable. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      writeFileSync(this.path, JSON.stringify(this.data));
      return undefined;
    } catch (err) {
      return `cannot write the cache ${this.path} (${(err as NodeJS.ErrnoException).code ?? err}); results were not cached`;
    }
  }
}
