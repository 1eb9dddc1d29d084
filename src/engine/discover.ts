// Turns the paths, folders and globs on the command line into the list of files to lint.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Ignore } from 'ignore';

export const DEFAULT_EXTENSIONS = ['.txt', '.md'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Discovery {
  files: string[];
  /** One line per input that could not be used. */
  errors: { path: string; message: string }[];
}

export interface DiscoverOptions {
  cwd: string;
  extensions: string[];
  ignorePatterns: string[];
  /** Read .gitignore and .tonelintignore in cwd. */
  useIgnoreFiles: boolean;
}

// The ignore and glob libraries are loaded only when there is something to ignore or expand, so that
// linting one named draft starts as fast as Node allows.
async function ignoreMatcher(options: DiscoverOptions): Promise<Ignore | undefined> {
  const rules = [...options.ignorePatterns];
  if (options.useIgnoreFiles) {
    for (const name of ['.gitignore', '.tonelintignore']) {
      const file = join(options.cwd, name);
      if (existsSync(file)) rules.push(readFileSync(file, 'utf8'));
    }
  }
  if (!rules.length) return undefined;
  const { default: ignore } = await import('ignore');
  return ignore().add(rules);
}

const GLOB_CHARS = /[*?[\]{}()!]/;

export async function discover(inputs: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const ig = await ignoreMatcher(options);
  const isIgnored = (file: string) => {
    if (!ig) return false;
    const rel = relative(options.cwd, file).split('\\').join('/');
    return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
  };
  const extensions = options.extensions.map((e) => e.replace(/^\./, ''));
  const extGlob = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: Discovery['errors'] = [];
  const add = (file: string) => {
    if (seen.has(file) || isIgnored(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && GLOB_CHARS.test(input)) {
        const { glob } = await import('tinyglobby');
        const matched = await glob(input, { cwd: options.cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
        if (matched.length === 0) errors.push({ path: input, message: 'no files match this pattern' });
        matched.sort().forEach(add);
      } else {
        errors.push({ path: input, message: code === 'ENOENT' ? 'no such file or directory' : `cannot access (${code})` });
      }
      continue;
    }
    if (stat.isDirectory()) {
      const { glob } = await import('tinyglobby');
      const matched = await glob(extGlob, { cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
      matched.sort().forEach(add);
    } else {
      // A file named explicitly is linted whatever its extension, unless an ignore file excludes it.
      add(abs);
    }
  }
  return { files, errors };
}
