import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing } from './support/rule-sentences.js';

/** The date each relation takes (docs/extraction.md, dates), on development briefings with their stored parses. */
const datesOf = (id: string) => {
  const draft = draftOfDevelopmentBriefing(id);
  const nameOf = new Map(draft.actors.map((a) => [a.id, a.name]));
  return new Map(draft.relations.map((r) => [`${nameOf.get(r.source)} ${r.type} ${nameOf.get(r.target)}`, r.date ?? null]));
};

describe('relation dates (development briefings, real parses)', () => {
  it('a weekday that is the publication day’s own is that day, not a week before: "severed relations … on Tuesday" in a Tuesday wire', () => {
    expect(datesOf('panama-taiwan-ties-severed-cna-2017-06-13').get('Taiwan SANCTIONED Panama')).toBe('2017-06-13');
    const bucha = datesOf('europe-brief-bucha-expulsions-2022-04-05');
    expect(bucha.get('Italy EXPELLED Russia')).toBe('2022-04-05');
    expect(bucha.get('Spain EXPELLED Russia')).toBe('2022-04-05');
  });

  it('a past perfect is background with no date of the news: "Armenia had formally asked the CSTO … and had also appealed to Russia"', () => {
    const armenia = datesOf('armenia-azerbaijan-border-readout-2022-09-13');
    expect(armenia.has('Armenia REQUESTED Russia')).toBe(true);
    expect(armenia.get('Armenia REQUESTED Russia')).toBeNull();
  });
});
