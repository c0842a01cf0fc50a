import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, relationLines } from './support/rule-sentences.js';

const lines = (id: string) => relationLines(draftOfDevelopmentBriefing(id));

describe('wordings of the 0.51.0 round', () => {
  it('denies a trespass told in a "that" clause to whoever it wronged', () => {
    // "Hanoi last night denied that any Vietnamese soldier had set foot on Thai soil."
    expect(lines('non-mak-mun-vietnamese-incursion-siddhi-protest-bangkok-daily-front-page-1980-06-25')).toContain('Vietnam DENIED Thailand');
    // "Sankara denied that Burkinabe census agents had entered Malian territory, …"
    expect(lines('mali-burkina-agacher-ceasefire-radio-monitoring-1985-12-31')).toContain('Capt Thomas Sankara DENIED Mali');
    // "… dismissed reports that Indonesian troops had crossed into PNG as "exaggerated" …": a claim of no one's, likewise
    expect(lines('png-indonesia-border-overflights-irian-refugees-port-moresby-wire-1984-04-05')).toContain('Mochtar Kusumaatmadja DENIED PNG');
  });

  it('names no accuser from a denied deed that wrongs no one there', () => {
    // "Russia's Defence Ministry denied that the aircraft had left Syrian airspace": leaving a place wrongs nobody in it
    expect(lines('turkey-downs-russian-jet-2015-11-24').filter((l) => / DENIED Syria$/.test(l))).toEqual([]);
    // "… denied that his government had sent any weapons to Somalia": Somalia is no accuser
    expect(lines('au-sirte-summit-bashir-icc-eritrea-sanctions-communique-2009-07-04').filter((l) => / DENIED Somalia$/.test(l))).toEqual([]);
  });

  it('reads an envoy of no one named by its demonym: a guest received, an owner thanked', () => {
    // "In Tunis, President Habib Bourguiba received the Moroccan ambassador yesterday, …"
    expect(lines('oujda-treaty-arab-african-union-hassan-qadhafi-rabat-arabic-daily-translation-1984-08-15')).toContain('Habib Bourguiba HOSTED Morocco');
    // "… and thanked the American mediators for their patience."
    expect(lines('may-17-agreement-khalde-kiryat-shmona-assad-rejects-beirut-newspaper-diplomatic-column-1983-05-18')).toContain(
      'Elie Salem PRAISED United States',
    );
  });

  it('does not read a summoned envoy as a meeting with the state, nor a leader as the state', () => {
    // "We also summoned the Iranian ambassador, because …": a protest, not a meeting
    expect(lines('cavusoglu-caatsa-s400-sanctions-newspaper-interview-2020-12-17').filter((l) => / MET Iran$/.test(l))).toEqual([]);
    // "The President, he added, asked the Malaysian leader to use his influence …": a person, not Malaysia
    expect(lines('sabah-claim-marcos-kuala-lumpur-summit-manila-wire-1977-08-05').filter((l) => / REQUESTED Malaysia$/.test(l))).toEqual([]);
  });

  it('sees a parse reading reverse the surface one across two spellings the registry joined', () => {
    // "President Biden called President Recep Tayyip Erdogan yesterday to congratulate him on his reelection.": the
    // surface rules read Erdogan praising Biden; the parse, whose actor is spelled "Erdoğan", reads it right
    const found = lines('zvecan-kfor-clashes-state-department-briefing-transcript-2023-05-30');
    expect(found).toContain('Joe Biden PRAISED Recep Tayyip Erdoğan');
    expect(found).not.toContain('Recep Tayyip Erdoğan PRAISED Joe Biden');
  });
});
