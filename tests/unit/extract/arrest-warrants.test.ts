import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** An arrest warrant accuses whoever it is for, and is its issuer's (stored parses). */
describe('arrest warrants', () => {
  it('"The International Criminal Court has issued arrest warrants for … Netanyahu and … Gallant" accuses both', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('icc-netanyahu-gallant-warrants-live-blog-2024-11-21'));
    expect(relations).toContain('International Criminal Court ACCUSED Benjamin Netanyahu');
    expect(relations).toContain('International Criminal Court ACCUSED Yoav Gallant');
  });
});
