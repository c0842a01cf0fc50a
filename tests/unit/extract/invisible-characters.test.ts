import { describe, expect, it } from 'vitest';
import { RULES_COMBINE_MODE } from '../../../src/extract/combine-relations.js';
import { extractDraft } from '../../../src/extract/extract-briefing.js';
import { withoutInvisibleCharacters } from '../../../src/extract/invisible-characters.js';
import { briefingFileSchema } from '../../../src/ingest/briefing-format.js';
import { relationLines, storedRuleSentences } from './support/rule-sentences.js';

describe('invisible characters of a copied page', () => {
  it('removes soft hyphens, zero-width spaces, word joiners and byte-order marks, and keeps the non-joiners of Persian names', () => {
    expect(withoutInvisibleCharacters('\uFEFFSameh Shou\u00ADkry met\u200B the Ethio\u2060pian envoy')).toBe('Sameh Shoukry met the Ethiopian envoy');
    expect(withoutInvisibleCharacters('Mohammad\u00A0Javad Zarif of the Majles\u200C')).toBe('Mohammad\u00A0Javad Zarif of the Majles\u200C');
  });

  it('reads a story carrying them as it reads the story without them, quotes and offsets in the text it drafts', () => {
    const { text, meta, parse } = storedRuleSentences('hard-wrapped-unwrapped-2026-12-07');
    const pasted = text
      .replace('Sameh Shoukry', 'Sameh Shou\u00ADkry')
      .replace('Ethiopia of', 'Ethio\u00ADpia of')
      .replace('Cavusoglu condemned', 'Cavusoglu\u200B condemned');
    expect(pasted).not.toBe(text);
    const draft = extractDraft(pasted, meta, { parse, combine: RULES_COMBINE_MODE });
    const plain = extractDraft(text, meta, { parse, combine: RULES_COMBINE_MODE });
    expect(relationLines(draft)).toEqual(relationLines(plain));
    expect(relationLines(draft)).toEqual(expect.arrayContaining(['Abdalla Hamdok MET Sameh Shoukry', 'Abdalla Hamdok ACCUSED Ethiopia']));
    expect(draft.briefing.text).toBe(text);
    expect(briefingFileSchema.safeParse(draft).success).toBe(true);
  });
});
