// Source parsers for a run. Plain text and Markdown need no library; the parsers of exports (YAML, CSV,
// JSON with positions) are loaded only when a run has such a file, so linting a draft starts fast.

import { parseMarkdown } from '../sources/markdown.js';
import { parseText } from '../sources/txt.js';
import type { SourceOptions, SourceParser } from '../sources/types.js';
import { extensionOf } from '../sources/extension.js';

export type ParserFor = (filePath: string, options?: SourceOptions) => SourceParser;

const LIGHT: Record<string, SourceParser> = { txt: parseText, md: parseMarkdown, markdown: parseMarkdown, mdx: parseMarkdown };

let full: ParserFor | undefined;

/** A resolver for these files, loading the export parsers only if some file needs them. */
export async function parsersFor(filePaths: readonly string[]): Promise<ParserFor> {
  if (!full && filePaths.some((f) => {
    const ext = extensionOf(f);
    return ext !== '' && !(ext in LIGHT);
  })) {
    full = (await import('../sources/index.js')).sourceParserFor;
  }
  return (filePath, options) => {
    const light = LIGHT[extensionOf(filePath)];
    if (light) return light;
    return full ? full(filePath, options) : parseText;
  };
}
