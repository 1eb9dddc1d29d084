// Language of a reply, by franc's trigram model restricted to languages support teams write in.
// franc itself is passed in: it is an ES module with ~1 MB of trigram data that only some runs load.

export type Franc = (text: string, options: { only: string[]; minLength: number }) => string;

// ISO 639-3 (franc) -> ISO 639-1 (lexicon folders). Besides our six, the languages a support inbox in
// Europe sees most, plus common non-Latin scripts, so that a French or Chinese reply is named, not forced
// into one of ours.
const CODES: Record<string, string> = {
  eng: 'en', deu: 'de', ita: 'it', ekk: 'et', lvs: 'lv', lit: 'lt',
  fra: 'fr', spa: 'es', por: 'pt', nld: 'nl', pol: 'pl', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb',
  ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', hrv: 'hr', slv: 'sl', tur: 'tr',
  rus: 'ru', ukr: 'uk', bul: 'bg', ell: 'el', heb: 'he', arb: 'ar', pes: 'fa', hin: 'hi',
  cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', vie: 'vi',
};
const ONLY = Object.keys(CODES);

/** ISO 639-1 code of the text's language, or null when the text is too short or ambiguous. */
export function detectLanguage(franc: Franc, text: string): string | null {
  const code = franc(text.length > 2000 ? text.slice(0, 2000) : text, { only: ONLY, minLength: 3 });
  return CODES[code] ?? null;
}
