// Lints one input file end to end (read, lint, cache, fix); shared by the main thread and the workers.

import type { FileResult } from '../core/report.js';
import { settingsFor, type LoadedConfig, type Settings } from './config.js';
import type { RunDetector } from './detection.js';
import { encode, FileChangedError, fixUntilStable, writeAtomically } from './fix.js';
import type { Languages } from './languages.js';
import { failedFile, lintDocument, type DocumentOptions } from './lint-document.js';
import { InputError, type Decoded, type LargeFile } from './read.js';
import type { StreamSettings } from './stream.js';
import type { ResultCache } from './cache.js';
import type { ParserFor } from './parsers.js';
import { parseText } from '../sources/txt.js';
import { canStream } from '../sources/stream-types.js';

const defaultParsers: ParserFor = () => parseText;

export interface FileLintOptions {
  cli: Settings;
  minScore?: number;
  reportUnusedDirectives?: boolean;
  fix?: 'write' | 'dry-run';
  /** Keep the file text in the result (for formatters that show the offending line). */
  keepSource?: boolean;
  /** Read exports larger than `above` bytes record by record (not when fixing, nor with custom `sources`). */
  stream?: StreamSettings;
  /** Bytes held at once: a file read whole, or one record of an export read record by record. */
  maxFileSize?: number;
  /** Messages of large exports are read from a compact store (see message-store.ts); they cannot be cloned. */
  compactResults?: boolean;
}

/**
 * Reads the file: whole, or, given a size above which it would rather stream, possibly only its size (a
 * LargeFile). Standard input is always read whole.
 */
export type ReadInput = (streamAbove?: number) => Decoded | LargeFile;

export interface FileOutcome {
  result?: FileResult;
  problem?: string;
  diff?: string;
}

type DiffLib = typeof import('diff');

export class FileLinter {
  constructor(
    private readonly config: LoadedConfig,
    private readonly languages: Languages,
    private readonly detector: RunDetector | undefined,
    private readonly options: FileLintOptions,
    private readonly cache?: { cache: ResultCache; sha1: (data: string | Uint8Array) => string },
    private readonly diffLib?: DiffLib,
    private readonly parserFor: ParserFor = defaultParsers,
  ) {}

  async lint(path: string, display: string, read: ReadInput): Promise<FileOutcome> {
    const { detector, options } = this;
    try {
      const settings = settingsFor(this.config, path, options.cli);
      const documentOptions: DocumentOptions = {
        settings,
        languages: this.languages,
        detect: detector?.detect,
        minScore: options.minScore,
        reportUnusedDirectives: options.reportUnusedDirectives,
        sources: settings.sourceOptions,
        parserFor: this.parserFor,
      };
      const lintOnce = (text: string) => lintDocument(display, text, documentOptions);
      // A reply the quick detector cannot place makes the file be linted again once franc is loaded.
      const lint = async (text: string) => {
        const result = lintOnce(text);
        if (!result.undecided || !detector || detector.hasStrong) return result;
        await detector.loadStrong();
        return lintOnce(text);
      };
      const finish = (result: FileResult): FileResult => {
        if (options.keepSource) return result;
        const { source: _source, ...rest } = result;
        return rest;
      };
      const { stream } = options;
      let input = read(stream && !options.fix && canStream(path, settings.sourceOptions) ? stream.above : undefined);
      if ('large' in input) {
        // Not cached: the result of a large export is large, and its key would need the whole file hashed.
        // Loaded only for such a file: linting a draft starts without it.
        const { lintLargeFile } = await import('./stream.js');
        const result = await lintLargeFile(input, display, documentOptions, { ...stream!, maxFileSize: options.maxFileSize ?? Infinity, views: options.compactResults }, detector);
        if (result) return { result };
        input = read();
      }
      const decoded = input as Decoded;
      if (this.cache && decoded.bytes) {
        const { cache, sha1 } = this.cache;
        const key = sha1(decoded.bytes) + sha1(JSON.stringify(settings));
        const hit = cache.get(display, key);
        if (hit) return { result: finish({ ...hit, source: decoded.text }) };
        const result = await lint(decoded.text);
        if (!result.messages.some((m) => m.fatal)) cache.set(display, key, result);
        return { result: finish(result) };
      }
      if (!options.fix || !decoded.bytes) return { result: finish(await lint(decoded.text)) };
      if (detector) await detector.loadStrong();
      const fixed = fixUntilStable(decoded.text, lintOnce);
      const outcome: FileOutcome = { result: finish(fixed.result) };
      if (fixed.text === decoded.text) return outcome;
      if (this.diffLib) outcome.diff = this.diffLib.createTwoFilesPatch(display, display, decoded.text, fixed.text, '', '', { context: 2 });
      else writeAtomically(path, encode(decoded, fixed.text), decoded.bytes);
      return outcome;
    } catch (err) {
      if (err instanceof FileChangedError) return { problem: `${display}: ${err.message}` };
      if (!(err instanceof InputError)) throw err;
      return {
        problem: `${display}${err.line ? `:${err.line}:${err.column}` : ''}: ${err.message}`,
        result: failedFile(display, err.message, err.line, err.column),
      };
    }
  }
}
