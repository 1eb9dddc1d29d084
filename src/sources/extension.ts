// Formats are told by a file's extension: one reading of it for the parsers, the stream readers, fixes and
// disable comments.

/** The extension of `filePath` in lower case, without its dot; "" when it has none. */
export function extensionOf(filePath: string): string {
  return /\.([^./\\]+)$/.exec(filePath)?.[1]?.toLowerCase() ?? '';
}
