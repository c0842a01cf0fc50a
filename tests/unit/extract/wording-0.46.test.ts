import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

describe('wordings of the 0.46.0 round', () => {
  it('envoys received or met who name no one themselves stand for the states they are "of"', () => {
    // "State Secretary Popovic yesterday received the ambassadors of the United States, Britain and France …"
    const belgrade = relationLines(draftOfDevelopmentBriefing('belgrade-declaration-tito-bulganin-khrushchev-tanjug-wire-translation-1955-06-02'));
    expect(belgrade).toEqual(expect.arrayContaining(['Koca Popovic HOSTED United States', 'Koca Popovic HOSTED United Kingdom', 'Koca Popovic HOSTED France']));
    // "On Wednesday evening the President received the Ambassador of the Russian Federation, who expressed …"
    expect(relationLines(draftOfDevelopmentBriefing('nicaragua-oas-resolution-state-media-2018-07-19'))).toContain('Daniel Ortega HOSTED Russia');
    // "Foreign Minister Kasit Piromya met the ambassadors of the United States, Canada, Australia and the Netherlands …"
    expect(relationLines(draftOfDevelopmentBriefing('huay-nam-khao-hmong-deportation-laos-ngo-situation-report-2009-12-29'))).toEqual(
      expect.arrayContaining(['Kasit Piromya MET United States', 'Kasit Piromya MET Canada', 'Kasit Piromya MET Australia', 'Kasit Piromya MET Netherlands']),
    );
  });
});
