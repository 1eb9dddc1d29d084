// The version tonelint reports (--version, SARIF, cache keys); kept equal to package.json by a test.
export const TOOL_VERSION = '0.1.0';
