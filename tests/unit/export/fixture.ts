import type { ExportEdge, ExportGraph } from '../../../src/export/index.js';

const briefing = { id: 'b-1', title: 'Talks & "tensions" <Moscow>', url: 'https://example.org/a?b=1&c=2', source: 'Wire, daily', publishedAt: '2015-12-22' };

function edge(partial: Partial<ExportEdge> & Pick<ExportEdge, 'id' | 'type' | 'source' | 'target'>): ExportEdge {
  return {
    date: null,
    modality: 'ASSERTED',
    negated: false,
    symmetric: false,
    title: null,
    from: null,
    to: null,
    mentions: 1,
    firstSeen: '2015-12-22',
    lastSeen: '2015-12-22',
    confidence: 1,
    cameo: null,
    plover: null,
    evidence: [],
    ...partial,
  };
}

/** Awkward on purpose: XML and CSV metacharacters, accents, line breaks, two relations on one pair. */
export const FIXTURE: ExportGraph = {
  truncated: false,
  nodes: [
    {
      id: 'shoigu',
      name: 'Sergei Shoigu',
      kind: 'PERSON',
      aliases: ['Shoygu', 'Шойгу'],
      wikidata: 'Q314589',
      roles: [{ title: 'Defense Minister', of: { id: 'russia', name: 'Russia' } }],
    },
    { id: 'le-drian', name: 'Jean-Yves Le Drian', kind: 'PERSON', aliases: [], wikidata: null, roles: [] },
    { id: 'russia', name: 'Russia, "the Federation" & <co>', kind: 'STATE', aliases: ['Moscow'], wikidata: null, roles: [] },
  ],
  edges: [
    edge({
      id: 'r-met',
      type: 'MET',
      symmetric: true,
      source: { id: 'le-drian' },
      target: { id: 'shoigu' },
      date: '2015-12-21',
      cameo: '040',
      plover: { category: 'CONSULT', mode: null, score: 1 },
      mentions: 2,
      evidence: [
        { quote: 'Le Drian met Shoigu, "warmly",\nin Moscow & more.', modality: 'ASSERTED', speaker: null, briefing },
        { quote: 'They met again.', modality: 'REPORTED', speaker: { id: 'le-drian', name: 'Jean-Yves Le Drian' }, briefing: { ...briefing, id: 'b-2' } },
      ],
    }),
    edge({
      id: 'r-agreed',
      type: 'AGREED_WITH',
      symmetric: true,
      source: { id: 'le-drian' },
      target: { id: 'shoigu' },
      date: '2015-12-21',
      modality: 'REPORTED',
      cameo: '030',
      plover: { category: 'AGREE', mode: null, score: 4 },
      evidence: [{ quote: 'They agreed.', modality: 'REPORTED', speaker: null, briefing }],
    }),
    edge({
      id: 'r-role',
      type: 'AFFILIATED_WITH',
      source: { id: 'shoigu' },
      target: { id: 'russia' },
      title: 'Defense Minister',
      from: '2012-11-06',
      to: null,
      evidence: [{ quote: 'Russian Defense Minister Sergei Shoigu', modality: 'ASSERTED', speaker: null, briefing }],
    }),
    edge({
      id: 'r-denied',
      type: 'DENIED',
      source: { id: 'russia' },
      target: { id: 'le-drian' },
      negated: true,
      modality: 'DENIED',
      cameo: '016',
      firstSeen: '2015-12-22',
      evidence: [{ quote: 'Russia denied it.', modality: 'DENIED', speaker: null, briefing }],
    }),
  ],
};
