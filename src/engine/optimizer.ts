// Node's optimizing compiler pays off only after thousands of calls. For one draft its compile jobs are still
// running when the answer is ready, and Node waits for them before it exits: ~10 ms of a ~100 ms run.
// bin/tonelint.cjs starts the CLI with it off and hands over the switch; a run turns it back on as soon as it
// has more than a draft's worth of work. (The Node API never gets a switch: then this does nothing.)

let turnOn: (() => void) | undefined;

/** Called by the bin, which turned the optimizing compiler off: `on` turns it on again. */
export function deferOptimizer(on: () => void): void {
  turnOn = on;
}

// Past this many replies or characters a run is no longer one draft.
const REPLIES = 20;
const CHARACTERS = 100_000;

let replies = 0;
let characters = 0;

/** Turns the optimizing compiler on now: a run with more than a draft's work. */
export function optimizeNow(): void {
  turnOn?.();
  turnOn = undefined;
}

/** Told what is about to be linted: so many replies of so many characters. */
export function expectWork(count: number, length = 0): void {
  if (!turnOn) return;
  replies += count;
  characters += length;
  if (replies > REPLIES || characters > CHARACTERS) optimizeNow();
}
