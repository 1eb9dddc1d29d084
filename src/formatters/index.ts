// Formatters by name, loaded on demand so that `--format json` never loads the colour library.

import type { StreamFormatter } from './types.js';

const LOADERS: Record<string, () => Promise<StreamFormatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  json: async () => (await import('./json.js')).jsonStream,
  compact: async () => (await import('./compact.js')).compactStream,
  sarif: async () => (await import('./sarif.js')).sarifStream,
  github: async () => (await import('./github.js')).githubStream,
  junit: async () => (await import('./junit.js')).junitStream,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyleStream,
};

export const formatterNames = Object.keys(LOADERS);

export function loadFormatter(name: string): Promise<StreamFormatter> | undefined {
  return LOADERS[name]?.();
}

export type { Formatter, FormatOptions, ReportStream, StreamFormatter } from './types.js';
