// Formatters by name, loaded on demand so that `--format json` never loads the colour library.

import type { Formatter } from './types.js';

const LOADERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
};

export const formatterNames = Object.keys(LOADERS);

export function loadFormatter(name: string): Promise<Formatter> | undefined {
  return LOADERS[name]?.();
}

export type { Formatter, FormatOptions } from './types.js';
