import { describe, expect, it } from 'vitest';
import { extractDraft } from '../../../../src/extract/extract-briefing.js';
import type { BriefingFile } from '../../../../src/ingest/briefing-format.js';
import { draftOfDevelopmentBriefing } from '../support/rule-sentences.js';

/** A title written before a name may open with the body it is held in: the role is the rest of the title, in that body. */
const rolesOf = (draft: BriefingFile, person: string) => {
  const name = (id: string | null | undefined) => (id == null ? null : (draft.actors.find((a) => a.id === id)?.name ?? id));
  return draft.actors.find((a) => a.name === person)?.roles.map((r) => [r.title, name(r.of)]);
};

describe('titles that open with their body', () => {
  it('"Commonwealth Secretary-General Kamalesh Sharma" is the Secretary-General of the Commonwealth', () => {
    expect(rolesOf(draftOfDevelopmentBriefing('gambia-quits-commonwealth-banjul-wire-2013-10-03'), 'Kamalesh Sharma')).toContainEqual([
      'Secretary-General',
      'Commonwealth',
    ]);
  });

  it('an opening that names no actor stays part of the title: "Deputy Foreign Minister Sergei Ryabkov"', () => {
    const draft = extractDraft('Deputy Foreign Minister Sergei Ryabkov said Russia would respond.', { publishedAt: '2022-02-20', id: 't', title: 't' }, {});
    expect(rolesOf(draft, 'Sergei Ryabkov')?.every(([, of]) => of !== 'Deputy')).toBe(true);
    expect(rolesOf(draft, 'Sergei Ryabkov')?.map(([title]) => title)).toContain('Deputy Foreign Minister');
  });
});
