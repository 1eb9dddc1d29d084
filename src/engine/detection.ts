// Language detection for a run: signature words first, franc (loaded on first need) for the rest.

import type { Detector } from '../core/lint.js';
import { SignatureDetector } from '../core/language/signature.js';
import type { Languages } from './languages.js';

type Strong = (text: string) => string | null;

export class RunDetector {
  private readonly quick: SignatureDetector;
  private strong?: Strong;

  private readonly supported: Set<string>;

  constructor(languages: Languages, strong?: Strong) {
    this.quick = new SignatureDetector(languages.signatures());
    this.supported = new Set(languages.supported);
    this.strong = strong;
  }

  /**
   * Without franc loaded, an unclear reply comes back undecided (undefined). franc misreads very short
   * replies ("Hey Sara, thanks for reaching out") as Danish or Norwegian; when it names a language we have
   * no lexicon for but the reply's signature words all point to one we have, those win.
   */
  readonly detect: Detector = (text, tokens) => {
    const quick = this.quick.detect(tokens);
    if (quick || !this.strong) return quick;
    const strong = this.strong(text);
    if (strong && this.supported.has(strong)) return strong;
    return this.quick.lean(tokens) ?? strong;
  };

  get hasStrong(): boolean {
    return this.strong !== undefined;
  }

  /** franc costs about 20 ms to load: only runs with a reply the signature words cannot place pay it. */
  async loadStrong(): Promise<void> {
    this.strong ??= await (await import('./franc.js')).loadStrongDetector();
  }
}
