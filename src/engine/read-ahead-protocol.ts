// What read-ahead.ts and its thread share: the slots of their control array and the shape of a batch.

/** Next file index to claim: whichever thread claims an index reads that file. */
export const CLAIMED = 0;
/** Batches the thread has sent, and batches the main thread has taken. */
export const SENT = 1;
export const CONSUMED = 2;
/** Set when the thread has nothing more to send. */
export const FINISHED = 3;
/** Set while the thread waits for the main thread to take batches. */
export const WAITING = 4;
export const CONTROL_SLOTS = 5;

/** Batches read but not yet taken, at most. */
export const MAX_AHEAD = 8;
/**
 * A waiting thread goes on when no more than this many are left: waking a thread costs the main thread
 * ~0.1 ms on a small VM, so it is woken once per few batches rather than after each.
 */
export const RESUME_AT = 2;
/** Bytes of a batch buffer (a larger file comes in a buffer of its own). */
export const BATCH_BYTES = 256 * 1024;

export interface ReadAheadSetup {
  /** The paths, UTF-8, one after another in shared memory (100,000 strings copied to the thread: ~13 MB). */
  paths: SharedArrayBuffer;
  /** Where each path ends in `paths`. */
  pathEnds: SharedArrayBuffer;
  /** Files larger than this are left to the main thread (they may be streamed or refused). */
  largest: number;
  control: SharedArrayBuffer;
}

/** The paths as ReadAheadSetup shares them. */
export function sharePaths(paths: readonly string[]): Pick<ReadAheadSetup, 'paths' | 'pathEnds'> {
  // Encoded at once: a path holds no NUL, so NULs mark where each ends.
  const joined = paths.join('\0');
  const bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(joined)));
  bytes.write(joined);
  const ends = new Int32Array(new SharedArrayBuffer(paths.length * Int32Array.BYTES_PER_ELEMENT));
  let k = 0;
  for (let at = bytes.indexOf(0); at >= 0; at = bytes.indexOf(0, at + 1)) ends[k++] = at;
  if (paths.length) ends[k] = bytes.length;
  return { paths: bytes.buffer as SharedArrayBuffer, pathEnds: ends.buffer as SharedArrayBuffer };
}

export interface ReadAheadBatch {
  /** File indices; -1 - index for a file the main thread must read itself. */
  indices: Int32Array;
  /** Per entry, where its bytes end in `buffer`. */
  ends: Int32Array;
  /** Sent back to the thread once the files are copied out. */
  buffer: ArrayBuffer;
}
