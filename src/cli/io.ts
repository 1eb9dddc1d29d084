// The process edges the CLI touches, passed in so tests can run main() without a child process.

import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
}

let stdoutStream: NodeJS.WriteStream | undefined;

/**
 * stdout as a stream, for when a write to the file descriptor would block (a non-blocking pipe). Into a pipe
 * (`| jq`), Node queues in memory whatever the reader has not taken yet: a blocking pipe makes tonelint wait
 * for the reader instead, so memory stays flat. `tonelint ... | head` closes the pipe early: that ends the
 * output, it is not a crash.
 */
function stdoutStreamOf(): NodeJS.WriteStream {
  if (!stdoutStream) {
    stdoutStream = process.stdout;
    (stdoutStream as unknown as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(true);
    stdoutStream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      quietExit();
    });
  }
  return stdoutStream;
}

const quietExit = () => process.exit(process.exitCode ?? 0);

/**
 * Writes straight to the file descriptor: making process.stdout costs a few milliseconds of a run that answers
 * one draft in a hundred. Falls back to the stream when the descriptor would block.
 */
function writeStdout(text: string): void {
  if (stdoutStream) {
    stdoutStream.write(text);
    return;
  }
  let bytes: Buffer | undefined;
  let at = 0;
  try {
    // The text is written as it is (Node encodes it on the way); only a partial write needs the bytes.
    const length = Buffer.byteLength(text);
    at = writeSync(1, text);
    if (at < length) {
      bytes = Buffer.from(text);
      while (at < bytes.length) at += writeSync(1, bytes, at);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') quietExit();
    if (code !== 'EAGAIN') throw err;
    stdoutStreamOf().write((bytes ?? Buffer.from(text)).subarray(at));
  }
}

// node:tty loads node:net and the streams: a few milliseconds, so only on demand.
let tty: typeof import('node:tty') | undefined;
const isatty = (fd: number): boolean => (tty ??= createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);

export function processIo(): Io {
  return {
    stdout: writeStdout,
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    // Asked of the descriptors when needed: a JSON report of one draft never loads the terminal modules.
    get stdoutIsTTY() {
      return isatty(1);
    },
    get stdinIsTTY() {
      return isatty(0);
    },
    get stderrIsTTY() {
      return isatty(2);
    },
  };
}
