// The process edges the CLI touches, passed in so tests can run main() without a child process.

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

let stdoutReady = false;

/**
 * stdout, ready for a report of any size. Into a pipe (`| jq`), Node queues in memory whatever the reader
 * has not taken yet: a blocking pipe makes tonelint wait for the reader instead, so memory stays flat.
 * `tonelint ... | head` closes the pipe early: that ends the output, it is not a crash.
 */
function stdout(): NodeJS.WriteStream {
  const stream = process.stdout;
  if (!stdoutReady) {
    stdoutReady = true;
    (stream as unknown as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(true);
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
  return stream;
}

export function processIo(): Io {
  return {
    stdout: (text) => void stdout().write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
