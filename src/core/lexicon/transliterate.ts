// A lexicon's transliterations ("ä" -> "ae"): how a word is typed on a keyboard without its special letters.

/** The word as typed without the special letters of `map`, or undefined when it has none of them. */
export function transliterator(map: Record<string, string> | undefined): ((word: string) => string | undefined) | undefined {
  const letters = Object.keys(map ?? {});
  if (!map || !letters.length) return undefined;
  const re = new RegExp(`[${letters.join('')}]`, 'g');
  return (word) => {
    const typed = word.replace(re, (c) => map[c] ?? c);
    return typed === word ? undefined : typed;
  };
}
