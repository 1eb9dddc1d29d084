// lintReply: one reply's text in, findings and a tone score out. Pure and synchronous.

import type { CompiledLanguage, EntryMatch } from './lexicon/compile.js';
import { DEFAULT_PROFILE, PROFILES, type ProfileName } from './profiles.js';
import { rules } from './rules/index.js';
import type { ReplyAnalysis } from './rules/types.js';
import { toneScore } from './score.js';
import { findAddresses, findForeignText } from './text/agent-text.js';
import { findPlaceholders } from './text/placeholders.js';
import type { OrderCheck } from './language/english.js';
import { matchReply } from './match-reply.js';
import { tokenize, type Token } from './text/tokenize.js';
import { mergeSpans } from './text/spans.js';
import type { Category, Element, Finding, Severity, SeveritySetting, Span } from './types.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface LanguageSet {
  /** Codes that have a lexicon. */
  supported: readonly string[];
  get(code: string): CompiledLanguage | undefined;
}

/**
 * Tells the language of the agent's words: an ISO 639-1 code, null when it cannot be told, or undefined
 * when this detector is not sure and a stronger (slower) one should decide.
 */
export type Detector = (text: string, tokens: readonly Token[]) => string | null | undefined;

export interface ReplyOptions {
  languages: LanguageSet;
  /** A language code, or "auto" (default) to detect it per reply. */
  language?: string;
  detect?: Detector;
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  categories?: Partial<Record<Category, SeveritySetting>>;
  /** Spans that are not the agent's words beyond what tonelint finds itself (code, front matter, URLs). */
  skip?: readonly Span[];
  /** Treat the reply as a snippet: no require-* findings. Default: decided by length. */
  fragment?: boolean;
  /** English: tells orders from descriptions for orderOnly entries (loads an NLP library on first use). */
  isOrder?: OrderCheck;
}

export interface ReplyResult {
  language: string | null;
  /** The detector was not sure of the language; lint again with a stronger one. */
  undecided?: boolean;
  score: number;
  findings: Finding[];
}

// A snippet (greeting, sign-off, one-line text module) rather than a reply: very short, or one short
// sentence. Chat replies can be a single sentence of ten words ("Sorry, I can't do anything, that's our
// policy."), and whole replies in the Baltic languages are often under 15 words.
const FRAGMENT_WORDS = 6;
const ONE_SENTENCE_FRAGMENT_WORDS = 9;

function looksLikeFragment(tokens: readonly Token[]): boolean {
  if (tokens.length < FRAGMENT_WORDS) return true;
  return tokens.length < ONE_SENTENCE_FRAGMENT_WORDS && tokens[0]!.sentence === tokens[tokens.length - 1]!.sentence;
}

function keptText(text: string, skip: readonly Span[]): string {
  if (!skip.length) return text;
  let out = '';
  let at = 0;
  for (const s of skip) {
    out += text.slice(at, s.start) + '\n';
    at = s.end;
  }
  return out + text.slice(at);
}

function resolveRule(id: string, fallback: SeveritySetting, options: ReplyOptions, profile: ProfileName) {
  const setting = options.rules?.[id];
  const [severity, ruleOptions] = Array.isArray(setting) ? setting : [setting, undefined];
  return {
    severity: severity ?? PROFILES[profile].rules[id] ?? fallback,
    options: ruleOptions ?? {},
  };
}

/** Language, tokens and lexicon matches of a reply: the analysis every rule shares. */
export function analyzeReply(text: string, options: ReplyOptions): ReplyAnalysis {
  const skip = mergeSpans([...findForeignText(text), ...findAddresses(text), ...(options.skip ?? [])]);
  const placeholders = findPlaceholders(text);
  const tokens = tokenize(text, skip, placeholders);
  const forced = options.language && options.language !== 'auto' ? options.language : undefined;
  let language: string | null = forced ?? null;
  let undecided = false;
  if (!forced && tokens.length > 0 && options.detect) {
    const detected = options.detect(keptText(text, skip), tokens);
    undecided = detected === undefined;
    language = detected ?? null;
  }
  const lexicon = language ? options.languages.get(language) : undefined;
  const matches: EntryMatch[] = lexicon ? matchReply(text, tokens, lexicon, options.isOrder) : [];
  const elements = new Map<Element, EntryMatch[]>();
  for (const m of matches) {
    const element = m.entry.element;
    if (!element) continue;
    const list = elements.get(element);
    if (list) list.push(m);
    else elements.set(element, [m]);
  }
  return {
    text,
    tokens,
    language,
    undecided,
    unsupportedLanguage: language && !lexicon ? language : undefined,
    lexicon,
    matches,
    elements,
    isFragment: options.fragment ?? looksLikeFragment(tokens),
  };
}

export function lintReply(text: string, options: ReplyOptions): ReplyResult {
  const reply = analyzeReply(text, options);
  const profile = options.profile ?? DEFAULT_PROFILE;
  const categories = { ...PROFILES[profile].categories, ...options.categories };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { severity, options: ruleOptions } = resolveRule(rule.id, rule.defaultSeverity, options, profile);
    if (severity === 'off') continue;
    findings.push(...rule.check(reply, { severity: severity as Severity, options: ruleOptions, categories }));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { language: reply.language, undecided: reply.undecided || undefined, score: toneScore(findings), findings };
}
