// A read-only table kept as one string of sorted `key<TAB>value` lines: the build output stores tables of
// thousands of keys so, because start-up would spend longer building a Map of them than a short run spends on
// the few keys it looks up. A long run looks up thousands: then the table becomes a Map after all.

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

// Lookups before a table's lines are counted, to know when it is worth a Map.
const LOOKUPS_BEFORE_COUNTING = 500;

/**
 * Sorted lines searched in place at first, and read into a Map once a run has looked up as many keys as the
 * table has lines: a binary search costs about as much as adding a line to a Map.
 */
export class LineTable {
  private map: Map<string, string> | undefined;
  private lookups = 0;
  private lines = Infinity;

  constructor(private readonly table: string) {}

  get(key: string): string | undefined {
    if (this.map) return this.map.get(key);
    if (++this.lookups === LOOKUPS_BEFORE_COUNTING) this.lines = countLines(this.table);
    if (this.lookups < LOOKUPS_BEFORE_COUNTING || this.lookups < this.lines) return lookupLine(this.table, key);
    const map = new Map<string, string>();
    const t = this.table;
    for (let start = 0; start < t.length; ) {
      const tab = t.indexOf('\t', start);
      const end = t.indexOf('\n', tab);
      map.set(t.slice(start, tab), t.slice(tab + 1, end));
      start = end + 1;
    }
    this.map = map;
    return map.get(key);
  }
}

function countLines(table: string): number {
  let n = 0;
  for (let nl = table.indexOf('\n'); nl >= 0; nl = table.indexOf('\n', nl + 1)) n++;
  return n;
}
