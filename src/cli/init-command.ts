// `tonelint init`: a starter config; questions only when a person is at the terminal.

import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { PROFILE_NAMES, PROFILES, type ProfileName } from '../core/profiles.js';
import { ToolError } from '../engine/errors.js';
import { builtinLanguages } from '../engine/languages.js';
import type { Io } from './io.js';

export const CONFIG_NAME = '.tonelintrc.json';

export interface InitFlags {
  profile?: ProfileName;
  lang?: string;
  force?: boolean;
  yes?: boolean;
}

async function ask(io: Io, flags: InitFlags, supported: string[]): Promise<{ profile: ProfileName; language: string }> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    let profile = flags.profile;
    while (!profile) {
      const answer = (await rl.question(`Channel profile (${PROFILE_NAMES.join(', ')}) [email]: `)).trim() || 'email';
      if ((PROFILE_NAMES as readonly string[]).includes(answer)) profile = answer as ProfileName;
      else io.stderr(`  "${answer}" is not a profile\n`);
    }
    let language = flags.lang;
    while (!language) {
      const answer = (await rl.question(`Language of the replies (auto, ${supported.join(', ')}) [auto]: `)).trim() || 'auto';
      if (answer === 'auto' || supported.includes(answer)) language = answer;
      else io.stderr(`  no lexicon for "${answer}"\n`);
    }
    return { profile, language };
  } finally {
    rl.close();
  }
}

export async function initCommand(flags: InitFlags, io: Io): Promise<number> {
  const target = resolve(io.cwd, CONFIG_NAME);
  if (existsSync(target) && !flags.force) throw new ToolError(`${CONFIG_NAME} already exists; use --force to overwrite it`);
  const supported = builtinLanguages().supported;
  if (flags.lang && flags.lang !== 'auto' && !supported.includes(flags.lang)) {
    throw new ToolError(`no lexicon for "${flags.lang}" (languages: ${supported.join(', ')})`);
  }
  const interactive = io.stdinIsTTY && io.stdoutIsTTY && !flags.yes && (!flags.profile || !flags.lang);
  const { profile, language } = interactive
    ? await ask(io, flags, supported)
    : { profile: flags.profile ?? 'email', language: flags.lang ?? 'auto' };
  const config = {
    language,
    profile,
    rules: { 'require-next-step': ['warning', { timeframe: profile !== 'helpcenter' }] },
    categories: {},
    ignorePatterns: ['node_modules/**'],
    overrides: [{ files: ['help-center/**'], profile: 'helpcenter' }],
  };
  writeFileSync(target, `${JSON.stringify(config, null, 2)}\n`);
  io.stdout(`Wrote ${CONFIG_NAME} (profile ${profile}: ${PROFILES[profile].description.toLowerCase()}, language ${language}).\nNext: tonelint .\n`);
  return 0;
}
