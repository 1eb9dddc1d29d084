// Where a JSON value ends, by brackets and strings alone. A JSON export read a piece at a time (json-stream.ts)
// parses a record once all of it is at hand; the reader then finds any syntax error in it before that point,
// or at the end of the file, as it would reading the whole file.

// Characters a number or a literal (true, false, null) is written with.
const isToken = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46;

/** After the closing quote of the string that opens at `i`, or -1 if it does not close in `src`. */
export function stringEnd(src: string, i: number): number {
  for (let from = i + 1; ; ) {
    const q = src.indexOf('"', from);
    if (q < 0) return -1;
    let b = q - 1;
    while (b > i && src.charCodeAt(b) === 92) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/**
 * After the value that starts at `i`, or -1 if `src` ends first. An object or a list ends at its closing
 * bracket, or at the first bracket that closes the wrong one (the reader fails there); a number or a literal at
 * the first character that cannot be part of one.
 */
export function valueEnd(src: string, i: number): number {
  const n = src.length;
  const first = src.charCodeAt(i);
  if (first === 34) return stringEnd(src, i);
  if (first === 123 || first === 91) {
    const closers: number[] = [];
    for (let j = i; j < n; ) {
      const c = src.charCodeAt(j);
      if (c === 34) {
        j = stringEnd(src, j);
        if (j < 0) return -1;
        continue;
      }
      if (c === 123) closers.push(125);
      else if (c === 91) closers.push(93);
      else if ((c === 125 || c === 93) && (closers.pop() !== c || !closers.length)) return j + 1;
      j++;
    }
    return -1;
  }
  let j = i;
  while (j < n && isToken(src.charCodeAt(j))) j++;
  return j < n ? j : -1;
}
