// What read-ahead.ts and its thread share: the slots of their control array and the shape of a batch.

/** Next file index to claim: whichever thread claims an index reads that file. */
export const CLAIMED = 0;
/** Batches the thread has sent, and batches the main thread has taken. */
export const SENT = 1;
export const CONSUMED = 2;
/** Set when the thread has nothing more to send. */
export const FINISHED = 3;
export const CONTROL_SLOTS = 4;

/** Batches read but not yet taken, at most. */
export const MAX_AHEAD = 8;

export interface ReadAheadSetup {
  paths: readonly string[];
  /** Files larger than this are left to the main thread (they may be streamed or refused). */
  largest: number;
  control: SharedArrayBuffer;
}

export interface ReadAheadBatch {
  /** File indices; -1 - index for a file the main thread must read itself. */
  indices: Int32Array;
  /** Per entry, where its bytes end in `buffer`. */
  ends: Int32Array;
  buffer: ArrayBuffer;
}
