import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

/** Wordings the 0.35.0 round's rules read, on development briefings with their stored parses (no service needed). */
describe('wordings of the 0.35.0 round', () => {
  it('asking a question is no request: "asked whether the President wanted him to go", "asked Iran and Russia what kind of nation wanted …"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('marcos-flight-aquino-recognition-tv-bulletin-1986-02-26'))).not.toContain(
      'Ferdinand Marcos REQUESTED Paul Laxalt',
    );
    const strikes = relationLines(draftOfDevelopmentBriefing('syria-strikes-douma-us-uk-france-live-blog-2018-04-14'));
    expect(strikes).not.toContain('Donald Trump REQUESTED Iran');
    expect(strikes).not.toContain('Donald Trump REQUESTED Russia');
    expect(relationLines(draftOfDevelopmentBriefing('litvinenko-inquiry-putin-probably-approved-tv-transcript-2016-01-21'))).not.toContain(
      'Andy Burnham REQUESTED Russia',
    );
  });
  it('a question of what a named party would do is a request put politely: "asked the Foreign Minister whether France would at least acknowledge …"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('bizerte-crisis-bourguiba-de-gaulle-un-analysis-1961-07-31'))).toContain(
      'Adlai Stevenson REQUESTED M. Couve de Murville',
    );
  });
  it('a request with an infinitive stays one whatever follows: "asked Britain to extradite Dikko"', () => {
    expect(relationLines(draftOfDevelopmentBriefing('dikko-crate-stansted-envoys-expelled-lagos-wire-1984-07-13'))).toContain(
      'Muhammadu Buhari REQUESTED United Kingdom',
    );
  });
  it('an order to go told with "asked" is an expulsion, not a request: "Saudi Arabia has asked Britain\'s ambassador, Sir James Craig, to leave the kingdom"', () => {
    const relations = relationLines(draftOfDevelopmentBriefing('middle-east-digest-princess-film-craig-asked-to-leave-1980-04-24'));
    expect(relations).toContain('Saudi Arabia EXPELLED James Craig');
    expect(relations.filter((line) => line.startsWith('Saudi Arabia REQUESTED'))).toEqual([]);
  });
});
