// Where a report goes as it is made: stdout or an -o file, in chunks, and a format's opening that needs the
// totals written before parts that were made first.

import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { ToolError } from '../engine/errors.js';
import type { Io } from './io.js';

export interface Report {
  write: (text: string) => void;
  /** The report is complete: an -o file takes its place. */
  close: () => void;
  /** The run failed: an -o file keeps what it had. */
  abandon: () => void;
}

/**
 * Where the report goes: stdout, or the -o file, opened before linting so that a bad path fails at once. The
 * report is written beside the file and moved over it when complete (as --fix writes files), so a run that
 * fails leaves the previous report as it was. A device or pipe (-o /dev/stderr) is written directly.
 */
export function openReport(outputFile: string | undefined, io: Io): Report {
  if (!outputFile) return { write: io.stdout, close: () => {}, abandon: () => {} };
  const failed = (err: unknown) => new ToolError(`${outputFile}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? err})`);
  const target = resolve(io.cwd, outputFile);
  let fd: number;
  let temp: string | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const existing = statOrUndefined(target);
    if (existing && !existing.isFile()) fd = openSync(target, 'w');
    else {
      temp = join(dirname(target), `.${basename(target)}.tonelint-${process.pid}.tmp`);
      fd = openSync(temp, 'w', existing?.mode);
    }
  } catch (err) {
    throw failed(err);
  }
  let open = true;
  const finish = (keep: boolean) => {
    if (!open) return;
    open = false;
    closeSync(fd);
    if (!temp) return;
    if (keep) renameSync(temp, target);
    else rmSync(temp, { force: true });
  };
  return {
    write: (text) => {
      try {
        writeSync(fd, text);
      } catch (err) {
        throw failed(err);
      }
    },
    close: () => {
      try {
        finish(true);
      } catch (err) {
        throw failed(err);
      }
    },
    abandon: () => finish(false),
  };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

// Writes to stdout are gathered into chunks of about this size: one write per file costs a system call.
const CHUNK = 1 << 16;

/**
 * Gathers writes to the report into chunks of about CHUNK characters. The pieces are joined once per chunk: a
 * chunk grown by `+=` is a rope of hundreds of strings, which costs six times as much to encode as a flat string.
 * @param hold keep everything until `end` (while a spinner is on the terminal).
 */
export function chunked(sink: (text: string) => void, hold = false) {
  let pieces: string[] = [];
  let length = 0;
  return {
    write: (text: string) => {
      pieces.push(text);
      length += text.length;
      if (length >= CHUNK && !hold) {
        sink(pieces.join(''));
        pieces = [];
        length = 0;
      }
    },
    end: () => {
      let from = 0;
      let size = 0;
      for (let i = 0; i < pieces.length; i++) {
        size += (pieces[i] as string).length;
        if (size < CHUNK && i < pieces.length - 1) continue;
        sink(pieces.slice(from, i + 1).join(''));
        from = i + 1;
        size = 0;
      }
      pieces = [];
      length = 0;
    },
  };
}

// Up to this many characters of a report wait in memory for their opening; beyond, in a temporary file.
const HELD_IN_MEMORY = 1 << 23;

/**
 * The files' parts of a report whose opening needs the totals (JUnit's counts), held until the opening can be
 * written: in memory for an ordinary run, in a temporary file beyond `limit` characters, so memory stays flat
 * however many files. The file is unlinked as soon as it is open (where the system allows it), so nothing is
 * left behind however the process ends: a broken pipe, Ctrl-C, a crash.
 */
export function setAside(limit = HELD_IN_MEMORY): { write: (text: string) => void; copyTo: (write: (text: string) => void) => void; discard: () => void } {
  let held: string[] = [];
  let size = 0;
  let fd: number | undefined;
  let leftover: string | undefined;
  const failed = (err: unknown) => new ToolError(`${tmpdir()}: cannot keep the report while it is made (${(err as NodeJS.ErrnoException).code ?? err})`);
  const discard = () => {
    held = [];
    size = 0;
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    if (leftover) rmSync(leftover, { recursive: true, force: true });
    leftover = undefined;
  };
  const open = (): number => {
    const dir = mkdtempSync(join(tmpdir(), 'tonelint-'));
    const path = join(dir, 'report.part');
    let opened: number;
    try {
      opened = openSync(path, 'wx+', 0o600);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    try {
      rmSync(path);
      rmSync(dir, { recursive: true });
    } catch {
      // An open file cannot be removed here (Windows): it goes when the run ends.
      leftover = dir;
      process.once('exit', discard);
    }
    return opened;
  };
  return {
    write: (text) => {
      try {
        if (fd !== undefined) {
          writeSync(fd, text);
          return;
        }
        held.push(text);
        size += text.length;
        if (size <= limit) return;
        fd = open();
        for (const piece of held) writeSync(fd, piece);
        held = [];
      } catch (err) {
        throw failed(err);
      }
    },
    copyTo: (write) => {
      for (const piece of held) write(piece);
      if (fd !== undefined) {
        const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        // Small pieces: a string over ~128 KB would be made outside the young generation, and left for the rare
        // full collections to free.
        const buffer = Buffer.allocUnsafe(1 << 15);
        for (let at = 0, n = 0; (n = readSync(fd, buffer, 0, buffer.length, at)) > 0; at += n) {
          write(decoder.decode(buffer.subarray(0, n), { stream: true }));
        }
        write(decoder.decode());
      }
      discard();
    },
    discard,
  };
}
