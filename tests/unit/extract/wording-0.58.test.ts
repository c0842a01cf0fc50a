import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing } from './support/rule-sentences.js';

describe('wordings of the 0.58.0 round', () => {
  it('reads "foreign ministry spokesperson" as the ministry\'s spokesperson, as "spokesman" was', () => {
    // "The same day, China's foreign ministry spokesperson Lu Kang told reporters in Beijing that …"
    const draft = draftOfDevelopmentBriefing('doklam-road-bhutan-protest-thimphu-weekly-2017-07-01');
    const ministry = draft.actors.find((a) => a.kind === 'ORGANIZATION' && /foreign ministry/i.test(a.name));
    expect(ministry?.roles.map((r) => r.of)).toContain('china');
    const luKang = draft.actors.find((a) => a.name === 'Lu Kang');
    expect(luKang?.roles.map((r) => r.of)).toContain(ministry?.id);
  });
});
