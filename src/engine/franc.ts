// franc, the strong language detector, loaded on first need (see detection.ts).

import { detectLanguage } from '../core/language/detect.js';

export type StrongDetector = (text: string) => string | null;

export async function loadStrongDetector(): Promise<StrongDetector> {
  const { franc } = await import('franc');
  return (text) => detectLanguage(franc, text);
}
