// Finds, validates and resolves configuration: file -> defaults, then overrides by glob, then CLI flags.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { ProfileName } from '../core/profiles.js';
import type { RuleSetting } from '../core/lint.js';
import { ruleIds } from '../core/rules/index.js';
import type { Category, SeveritySetting } from '../core/types.js';
import { configSchema } from './config-schema.js';
import type { SourceOptions, SourceShape } from '../sources/index.js';
import { ToolError } from './errors.js';

export interface Settings {
  language?: string;
  /** Custom export shapes that apply to the file, and whether to skip internal notes. */
  sourceOptions?: SourceOptions;
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  categories?: Partial<Record<Category, SeveritySetting>>;
  fragment?: boolean;
}

export interface Config extends Settings {
  lexicons?: string[];
  extensions?: string[];
  ignorePatterns?: string[];
  maxWarnings?: number;
  minScore?: number;
  maxFileSize?: number;
  skipInternalNotes?: boolean;
  sources?: SourceShape[];
  overrides?: (Settings & { files: string | string[] })[];
}

export interface LoadedConfig {
  config: Config;
  /** One matcher per entry of `overrides`, in order. */
  overrideMatchers: ((relativePath: string) => boolean)[];
  /** One matcher per entry of `sources`, in order. */
  sourceMatchers?: ((relativePath: string) => boolean)[];
  /** The config file, if one was found. */
  file?: string;
  /** Directory that globs and lexicon paths in the config are relative to. */
  base: string;
}

const SEARCH_PLACES = [
  'package.json',
  '.tonelintrc',
  '.tonelintrc.json',
  '.tonelintrc.yaml',
  '.tonelintrc.yml',
  'tonelint.config.js',
  'tonelint.config.mjs',
  'tonelint.config.cjs',
];

function describe(path: string): string {
  return path ? path.replace(/^\//, '').replace(/\//g, '.') : 'the config';
}

export async function validateConfig(raw: unknown, file: string): Promise<Config> {
  const { Ajv } = await import('ajv');
  const validate = new Ajv({ allErrors: false, strictTuples: false }).compile(configSchema);
  if (!validate(raw)) {
    const error = validate.errors![0]!;
    const params = error.params as Record<string, unknown>;
    const at = describe(error.instancePath);
    if (params.additionalProperty) throw new ToolError(`${file}: unknown key "${[at === 'the config' ? '' : at + '.', params.additionalProperty].join('')}"`);
    if (params.allowedValues) throw new ToolError(`${file}: ${at} must be one of ${(params.allowedValues as string[]).join(', ')}`);
    throw new ToolError(`${file}: ${at} ${error.message ?? 'is invalid'}`);
  }
  const config = raw as Config;
  for (const rules of [config.rules, ...(config.overrides ?? []).map((o) => o.rules)]) {
    for (const id of Object.keys(rules ?? {})) {
      if (!ruleIds.includes(id)) throw new ToolError(`${file}: unknown rule "${id}" (rules: ${ruleIds.join(', ')})`);
    }
  }
  return config;
}

/** Loads the config named by --config, or the nearest one from `cwd` up to the project root. */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ToolError(`${explicit}: config file not found`);
  } else if (!hasConfigNearby(cwd)) {
    return { config: {}, base: cwd, overrideMatchers: [] };
  }
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('tonelint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false });
  let result;
  try {
    result = explicit ? await explorer.load(resolve(cwd, explicit)) : await explorer.search(cwd);
  } catch (err) {
    const where = explicit ?? 'config';
    throw new ToolError(`${where}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!result || result.isEmpty) return { config: {}, file: result?.filepath, base: result ? dirname(result.filepath) : cwd, overrideMatchers: [] };
  const display = relative(cwd, result.filepath) || result.filepath;
  const config = await validateConfig(result.config, display);
  return {
    config,
    file: result.filepath,
    base: dirname(result.filepath),
    overrideMatchers: await globMatchers((config.overrides ?? []).map((o) => o.files)),
    sourceMatchers: await globMatchers((config.sources ?? []).map((s) => s.files)),
  };
}

async function globMatchers(globs: (string | string[])[]): Promise<((path: string) => boolean)[]> {
  if (!globs.length) return [];
  const { default: picomatch } = await import('picomatch');
  return globs.map((g) => picomatch(Array.isArray(g) ? g : [g], { dot: true }));
}

// cosmiconfig costs tens of milliseconds to import; most drafts are linted where there is no config.
// Same search as cosmiconfig's "project" strategy: up from cwd, stopping at the first package.json.
function hasConfigNearby(cwd: string): boolean {
  let dir = cwd;
  for (;;) {
    for (const place of SEARCH_PLACES) {
      const file = resolve(dir, place);
      if (!existsSync(file)) continue;
      if (place !== 'package.json') return true;
      if (packageHasConfig(file)) return true;
    }
    const parent = dirname(dir);
    if (parent === dir || existsSync(resolve(dir, 'package.json'))) return false;
    dir = parent;
  }
}

function packageHasConfig(file: string): boolean {
  try {
    return Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, 'tonelint');
  } catch {
    return true; // let cosmiconfig report the broken file
  }
}

/** The settings that apply to one file: config, then matching overrides in order, then CLI flags. */
// Without overrides or sources every file of a run has the same settings: they are worked out once.
const sameForEveryFile = new WeakMap<LoadedConfig, { cli: Settings; settings: Settings }>();

export function settingsFor(loaded: LoadedConfig, filePath: string, cli: Settings): Settings {
  const { config } = loaded;
  const perFile = Boolean(config.overrides?.length || config.sources?.length);
  const known = perFile ? undefined : sameForEveryFile.get(loaded);
  if (known?.cli === cli) return known.settings;
  const merged: Settings = {
    language: config.language,
    profile: config.profile,
    rules: { ...config.rules },
    categories: { ...config.categories },
    fragment: config.fragment,
  };
  const rel = relative(loaded.base, resolve(filePath)).split('\\').join('/');
  for (const [i, override] of (config.overrides ?? []).entries()) {
    if (!loaded.overrideMatchers[i]?.(rel)) continue;
    if (override.language) merged.language = override.language;
    if (override.profile) merged.profile = override.profile;
    if (override.fragment !== undefined) merged.fragment = override.fragment;
    Object.assign(merged.rules!, override.rules);
    Object.assign(merged.categories!, override.categories);
  }
  const shapes = (config.sources ?? []).filter((_, i) => loaded.sourceMatchers?.[i]?.(rel));
  if (shapes.length || config.skipInternalNotes) merged.sourceOptions = { sources: shapes, skipInternalNotes: config.skipInternalNotes };
  if (cli.language) merged.language = cli.language;
  if (cli.profile) merged.profile = cli.profile;
  Object.assign(merged.rules!, cli.rules);
  if (!perFile) sameForEveryFile.set(loaded, { cli, settings: merged });
  return merged;
}
