// A spinner on stderr for long runs in a terminal. Short runs, CI, pipes and machine formats never see it,
// and they never load ora: the spinner is imported only once a run has taken longer than DELAY.

import type { Io } from './io.js';

const DELAY_MS = 400;

export interface Progress {
  /** Whether a spinner may show: then nothing else should be written to the terminal until `stop`. */
  readonly shown: boolean;
  update(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { shown: false, update: () => {}, stop: () => {} };

export function progressFor(io: Io, format: string): Progress {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (format !== 'stylish' || ci || io.env.TERM === 'dumb' || !io.stderrIsTTY || !io.stdoutIsTTY) return silent;
  let done = 0;
  let total = 0;
  let spinner: { text: string; stop(): void } | undefined;
  let stopped = false;
  const text = () => `Linting ${done}${total ? ` of ${total}` : ''} file${total === 1 ? '' : 's'}…`;
  const timer = setTimeout(async () => {
    const { default: ora } = await import('ora');
    if (stopped) return;
    spinner = ora({ text: text(), stream: process.stderr }).start();
  }, DELAY_MS);
  timer.unref();
  return {
    shown: true,
    update(d, t) {
      done = d;
      total = t;
      if (spinner && (d % 50 === 0 || d === t)) spinner.text = text();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      spinner?.stop();
    },
  };
}
