// A read-only table kept as one string of sorted `key<TAB>value` lines: the build output stores tables of
// thousands of keys so, because start-up would spend longer building a Map of them than a run spends on the
// few keys it looks up.

/** The table of these rows, sorted by key in JavaScript string order (keys hold no tab or line break). */
export function sortedLines(rows: Iterable<readonly [string, string]>): string {
  return [...rows]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}\t${value}\n`)
    .join('');
}

/** The value of `key`, by binary search over the lines. */
export function lookupLine(table: string, key: string): string | undefined {
  // `lo` and `hi` are always the start of a line (or the end of the table).
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = table.lastIndexOf('\n', mid - 1) + 1;
    const tab = table.indexOf('\t', start);
    const end = table.indexOf('\n', tab);
    const found = table.slice(start, tab);
    if (found === key) return table.slice(tab + 1, end);
    if (found < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
