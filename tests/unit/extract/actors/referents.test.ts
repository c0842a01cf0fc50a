import { describe, expect, it } from 'vitest';
import { draftOfDevelopmentBriefing, readingOfDevelopmentBriefing, relationLines } from '../support/rule-sentences.js';

// Both read the stored CoreNLP parses of development briefings (tests/fixtures/parses/).
describe('persons sharing a surname, a title-case headline, envoys sent', () => {
  const kcna = relationLines(draftOfDevelopmentBriefing('clinton-pyongyang-journalists-pardon-kcna-2009-08-05'));

  it('"Kim Jong Il Receives Bill Clinton": the headline names two persons, not one', () => {
    expect(kcna).toContain('Kim Jong Il MET Bill Clinton');
  });

  it('"Clinton" before Hillary Clinton is named is Bill Clinton, the one named last', () => {
    expect(kcna).toContain('Bill Clinton VISITED North Korea');
    expect(kcna).not.toContain('Hillary Clinton VISITED North Korea');
  });

  const zimbabwe = relationLines(draftOfDevelopmentBriefing('zimbabwe-army-takeover-2017-11-16'));

  it('"a smiling Mugabe shaking hands with General Constantino Chiwenga": Robert Mugabe, though Grace Mugabe is named too', () => {
    expect(zimbabwe).toContain('Robert Mugabe MET Constantino Chiwenga');
  });

  it('"dispatched Defence Minister Nosiviwe Mapisa-Nqakula … to Harare to meet Mugabe": the envoys meet him, not the sender', () => {
    expect(zimbabwe).toContain('Nosiviwe Mapisa-Nqakula MET Robert Mugabe');
    expect(zimbabwe).toContain('Bongani Bongo MET Robert Mugabe');
    expect(zimbabwe).not.toContain('Jacob Zuma MET Robert Mugabe');
  });
});

describe('a person called by the given name', () => {
  it('"Isaias greeted him on the airport tarmac", "In May Meles told parliament": Isaias Afwerki and Meles Zenawi, named in full before', () => {
    expect(relationLines(draftOfDevelopmentBriefing('ethiopia-eritrea-peace-2018-07-09'))).toContain('Isaias Afwerki MET Abiy Ahmed');
    expect(relationLines(draftOfDevelopmentBriefing('badme-ethiopia-eritrea-air-war-analysis-1998-06-12'))).toContain('Meles Zenawi ACCUSED Eritrea');
  });

  it('"the SADC Organ on Politics, Defence and Security Cooperation": a word CoreNLP reads as no person is no given name ("Organ Troika")', () => {
    const lesotho = relationLines(draftOfDevelopmentBriefing('lesotho-thabane-flight-sadc-troika-pretoria-statement-2014-09-01'));
    expect(lesotho.some((line) => /Defence and Security Cooperation/.test(line))).toBe(false);
  });
});

describe('a House of Commons label', () => {
  it('"Sir Iain Duncan Smith (Chingford and Woodford Green) (Con):" is a member of the Conservative Party', () => {
    const hongKong = draftOfDevelopmentBriefing('hong-kong-security-law-commons-2020-07-01');
    const nameOf = new Map(hongKong.actors.map((a) => [a.id, a.name]));
    const parties = (name: string) => hongKong.actors.find((a) => a.name === name)?.roles.map((r) => r.of && nameOf.get(r.of));
    expect(parties('Iain Duncan Smith')).toContain('Conservative Party');
    expect(parties('Lisa Nandy')).toContain('Labour Party');
  });

  it('"The Parliamentary Under-Secretary of State for Foreign and Commonwealth Affairs (Meg Munn): … I pay tribute to … George Yeo": the minister praises, not the member who asked', () => {
    const burma = relationLines(draftOfDevelopmentBriefing('burma-nargis-aid-access-commons-questions-2008-05-20'));
    expect(burma).toContain('Meg Munn PRAISED George Yeo');
    expect(burma).not.toContain('Mike Gapes PRAISED George Yeo');
  });
});

describe("an official text's own Government", () => {
  // "The Government of the Republic of Chad informs … transported by the Government of Sudan …": "the Government" after is Chad's
  const chad = relationLines(draftOfDevelopmentBriefing('chad-sudan-ties-severed-ndjamena-communique-2006-04-15'));

  it('"the Government has decided to break off diplomatic relations with the Republic of Sudan": Chad, the first Government named', () => {
    expect(chad).toContain('Chad SANCTIONED Sudan');
    expect(chad).not.toContain('Sudanese government SANCTIONED Sudan');
  });
});

describe('"them" after a plural noun naming a group', () => {
  it('"said he had contacted both governments and urged them to resolve the matter": both governments are asked', () => {
    const gatuna = relationLines(draftOfDevelopmentBriefing('gatuna-border-closure-eastafrica-2019-03-08'));
    expect(gatuna).toContain('Liberat Mfumukeko REQUESTED Rwanda');
    expect(gatuna).toContain('Liberat Mfumukeko REQUESTED Uganda');
  });
});

describe("a title noun's appositive names the party", () => {
  it('"He accused the commission\'s chairman, Richard Butler, of writing a report to order": Butler, not the commission', () => {
    const desertFox = relationLines(draftOfDevelopmentBriefing('desert-fox-strikes-radio-bulletin-1998-12-17'));
    expect(desertFox).toContain('Tariq Aziz ACCUSED Richard Butler');
    expect(desertFox).not.toContain('Tariq Aziz ACCUSED UN Special Commission');
  });
});

describe('an unnamed voice stands for whom it speaks for', () => {
  it('"A State Department spokesman said … and urged both sides to resolve their dispute": the State Department asks', () => {
    const imia = relationLines(draftOfDevelopmentBriefing('imia-kardak-standoff-1996-01-31'));
    expect(imia).toContain('State Department REQUESTED Greece');
    expect(imia).toContain('State Department REQUESTED Turkey');
    expect(imia).not.toContain('United States REQUESTED Greece');
  });
});

describe('a broadcaster named after a city', () => {
  it('"Tehran radio" is an outlet of its own, not Iran', () => {
    const iranAir = relationLines(draftOfDevelopmentBriefing('iran-air-655-vincennes-shootdown-wire-1988-07-03'));
    expect(iranAir).toContain('Tehran radio PUBLISHED Iranian Foreign Ministry');
  });

  it('"Prague radio" is an outlet; "The radio read a proclamation" names it again, no outlet called "The radio"', () => {
    const prague = draftOfDevelopmentBriefing('czechoslovakia-occupation-presidium-protest-radio-monitoring-1968-08-22');
    const outlets = prague.actors.filter((a) => a.kind === 'MEDIA').map((a) => a.name);
    expect(outlets).toContain('Prague radio');
    expect(outlets).not.toContain('The radio');
  });

  it("a monitoring report's source line names its outlet, and one city's broadcaster is one outlet however named", () => {
    const exodus = draftOfDevelopmentBriefing('bulgaria-turkey-ethnic-turks-exodus-radio-monitoring-1989-06-06');
    const outlets = exodus.actors.filter((a) => a.kind === 'MEDIA');
    // "Ankara Radio in Turkish 1600 gmt 5 Jun 89", "Riyadh Home Service in Arabic …": lines read as headlines
    expect(outlets.map((a) => a.name)).toEqual(expect.arrayContaining(['Ankara Radio', 'Riyadh Home Service']));
    // "Sofia Home Service in Bulgarian …" and later "Sofia radio … broadcast"
    const sofia = outlets.filter((a) => /^Sofia /.test(a.name));
    expect(sofia).toHaveLength(1);
    expect([sofia[0]!.name, ...sofia[0]!.aliases].sort()).toEqual(['Sofia Home Service', 'Sofia radio']);
  });

  it('"Radio" and a place names the broadcaster, not the state: "Radio Mogadishu said"', () => {
    const horn = draftOfDevelopmentBriefing('balanbale-ethiopia-somalia-border-war-horn-digest-1982-07-27');
    expect(horn.actors.find((a) => a.name === 'Radio Mogadishu')?.kind).toBe('MEDIA');
  });

  it('"Voice of" and a place names the broadcaster too: "Voice of America … quoted State Department spokesman William Dyess as saying"', () => {
    const paquisha = draftOfDevelopmentBriefing('paquisha-clashes-quito-lima-radio-monitoring-1981-01-30');
    expect(paquisha.actors.find((a) => a.name === 'Voice of America')?.kind).toBe('MEDIA');
    expect(relationLines(paquisha)).toContain('Voice of America PUBLISHED William Dyess');
  });

  it('"told Russian television" names no outlet the annotations record (a demonym is no city)', () => {
    const karabakh = relationLines(draftOfDevelopmentBriefing('karabakh-moscow-truce-2020-10-10'));
    expect(karabakh.some((line) => line.startsWith('Russian television'))).toBe(false);
  });
});

describe('a transcript label naming an office, and in brackets its holder', () => {
  it('"The Prime Minister (Mrs Theresa May): … I have spoken to President Trump": the holder speaks', () => {
    const commons = relationLines(draftOfDevelopmentBriefing('skripal-salisbury-commons-statement-2018-03-14'));
    expect(commons).toContain('Theresa May PHONED Donald Trump');
    expect(commons).toContain('Theresa May PHONED Angela Merkel');
  });

  it('"OFFICIAL SPOKESPERSON (Nirupama Rao):" is Nirupama Rao\'s turn, not a person called "Spokesperson"', () => {
    const { reading } = readingOfDevelopmentBriefing('agra-summit-jaswant-singh-mea-briefing-2001-07-17');
    expect(reading.discourse.turns?.[0]?.speaker.name).toBe('Nirupama Rao');
  });

  it('"MALAYA:" after "Speakers: Jonathan Malaya, …" is Jonathan Malaya\'s turn: "We reject China\'s claim"', () => {
    const ayungin = relationLines(draftOfDevelopmentBriefing('ayungin-shoal-water-cannon-nsc-presser-2023-08-07'));
    expect(ayungin).toContain('Jonathan Malaya DENIED China');
  });

  it('"Rt Hon JIM BOLGER:" is Jim Bolger; "Mr BRERETON (Kingsford Smith):" is Laurie Brereton, not his seat', () => {
    expect(relationLines(draftOfDevelopmentBriefing('mururoa-test-nz-house-statement-1995-09-06'))).toContain('Jim Bolger PHONED Paul Keating');
    const { reading } = readingOfDevelopmentBriefing('speight-suva-hostages-canberra-question-time-2000-05-23');
    expect(reading.discourse.turns?.map((turn) => turn.speaker.name).slice(0, 2)).toEqual(['Laurie Brereton', 'Alexander Downer']);
  });
});
