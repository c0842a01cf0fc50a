import { loadRules } from '../extract/rules.js';
import { foldName } from '../text/fold.js';

/** Folded demonym → state name ("russian" → "Russia"), from the extractor's state rules, for scoring (score.ts reads gold role titles with it). */
export function demonymMap(): Map<string, string> {
  const demonyms = new Map<string, string>();
  for (const s of loadRules().states.values()) for (const d of s.demonyms) demonyms.set(foldName(d), s.name);
  return demonyms;
}
