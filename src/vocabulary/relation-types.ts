/**
 * The relation vocabulary: the one allow-list of Neo4j relationship types the product writes and
 * reads, each mapped to the event standards analysts already use.
 *
 * This is the one place a relation type is written: schema.graphql's RelationType enum
 * (`npm run codegen`), the per-type indexes and statements of cypher/ (expanded at load), the
 * extractor's hints and the explorer's colours are derived from it (README "Adding a relation type").
 *
 * CAMEO codes are the Conflict and Mediation Event Observations codebook's; `goldstein` is the
 * Goldstein conflict–cooperation weight (-10 most hostile … +10 most cooperative) of that code,
 * which is the score PLOVER-coded data sets carry alongside the category. PLOVER has no category
 * for a denial nor for a standing affiliation: for those `plover` is null, on purpose. Neither
 * codebook codes an outlet publishing someone's words (the words are the event): PUBLISHED has no codes.
 */
export type PloverCategory = 'AGREE' | 'CONSULT' | 'SUPPORT' | 'COOPERATE' | 'AID' | 'REQUEST' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'SANCTION' | 'ASSAULT';

export interface PloverCoding {
  readonly category: PloverCategory;
  readonly mode: string | null;
}

interface RelationTypeFacts {
  /** What the relation says, for the schema's documentation and Query.relationTypes. */
  readonly description: string;
  /** Found from either end and counted once: (a)-[:MET]->(b) is the same fact as (b)-[:MET]->(a). */
  readonly symmetric: boolean;
  readonly cameo: string | null;
  readonly plover: PloverCoding | null;
  readonly goldstein: number | null;
  /** Holds over a period (support, membership) rather than happening on a day: the extractor gives it no event date from the briefing's. */
  readonly durative: boolean;
  /** Its direct object is usually a person or body: for the extractor, a lone unknown name there is a person. */
  readonly objectIsPerson: boolean;
  /** The explorer's edge colour, grouped by feeling: cooperation in greens and blues, conflict in reds. */
  readonly color: string;
}

const VOCABULARY = {
  MET: {
    description: 'Met or consulted in person.',
    symmetric: true,
    cameo: '040',
    plover: { category: 'CONSULT', mode: 'meet' },
    goldstein: 1.0,
    durative: false,
    objectIsPerson: true,
    color: '#1f77b4',
  },
  VISITED: {
    description: 'Made a visit to the target.',
    symmetric: false,
    cameo: '042',
    plover: { category: 'CONSULT', mode: 'visit' },
    goldstein: 1.9,
    durative: false,
    objectIsPerson: false,
    color: '#4e9bd6',
  },
  HOSTED: {
    description: 'Hosted a visit by the target.',
    symmetric: false,
    cameo: '043',
    plover: { category: 'CONSULT', mode: 'host' },
    goldstein: 2.8,
    durative: false,
    objectIsPerson: true,
    color: '#17becf',
  },
  PHONED: {
    description: 'Spoke by telephone.',
    symmetric: true,
    cameo: '041',
    plover: { category: 'CONSULT', mode: 'phone' },
    goldstein: 1.0,
    durative: false,
    objectIsPerson: true,
    color: '#6baed6',
  },
  NEGOTIATED_WITH: {
    description: 'Held talks or negotiations.',
    symmetric: true,
    cameo: '046',
    plover: { category: 'CONSULT', mode: 'negotiate' },
    goldstein: 7.0,
    durative: false,
    objectIsPerson: true,
    color: '#3182bd',
  },
  AGREED_WITH: {
    description: 'Agreed, or expressed intent to cooperate.',
    symmetric: true,
    cameo: '030',
    plover: { category: 'AGREE', mode: null },
    goldstein: 4.0,
    durative: false,
    objectIsPerson: false,
    color: '#2ca02c',
  },
  AGREED_TO_MEET: {
    description: 'Agreed or offered to meet the target.',
    symmetric: false,
    cameo: '036',
    plover: { category: 'AGREE', mode: 'meet' },
    goldstein: 4.0,
    durative: false,
    objectIsPerson: false,
    color: '#74c476',
  },
  INVITED: {
    description: 'Invited the target to meet, visit or attend.',
    symmetric: false,
    cameo: '026',
    plover: { category: 'REQUEST', mode: 'meet' },
    goldstein: 3.0,
    durative: false,
    objectIsPerson: true,
    color: '#9edae5',
  },
  PRAISED: {
    description: 'Praised or endorsed the target.',
    symmetric: false,
    cameo: '051',
    plover: { category: 'SUPPORT', mode: 'praise' },
    goldstein: 3.4,
    durative: false,
    objectIsPerson: true,
    color: '#31a354',
  },
  SIGNED_AGREEMENT: {
    description: 'Signed a formal agreement with the target.',
    symmetric: false,
    cameo: '057',
    plover: { category: 'AGREE', mode: 'formal' },
    goldstein: 8.0,
    durative: false,
    objectIsPerson: false,
    color: '#006d2c',
  },
  REQUESTED: {
    description: 'Demanded or requested something of the target.',
    symmetric: false,
    cameo: '100',
    plover: { category: 'REQUEST', mode: null },
    goldstein: -5.0,
    durative: false,
    objectIsPerson: true,
    color: '#bcbd22',
  },
  CRITICIZED: {
    description: 'Criticized or denounced the target.',
    symmetric: false,
    cameo: '111',
    plover: { category: 'ACCUSE', mode: 'disapprove' },
    goldstein: -2.0,
    durative: false,
    objectIsPerson: true,
    color: '#ff7f0e',
  },
  ACCUSED: {
    description: 'Accused the target of wrongdoing.',
    symmetric: false,
    cameo: '112',
    plover: { category: 'ACCUSE', mode: 'allege' },
    goldstein: -2.0,
    durative: false,
    objectIsPerson: true,
    color: '#e6550d',
  },
  DENIED: {
    description: 'Denied a claim or report made by or about the target.',
    symmetric: false,
    cameo: '016',
    plover: null,
    goldstein: -2.0,
    durative: false,
    objectIsPerson: false,
    color: '#8c6d31',
  },
  REJECTED: {
    description: 'Rejected a proposal or demand of the target.',
    symmetric: false,
    cameo: '120',
    plover: { category: 'REJECT', mode: null },
    goldstein: -4.0,
    durative: false,
    objectIsPerson: false,
    color: '#d6616b',
  },
  THREATENED: {
    description: 'Threatened the target.',
    symmetric: false,
    cameo: '130',
    plover: { category: 'THREATEN', mode: null },
    goldstein: -4.4,
    durative: false,
    objectIsPerson: true,
    color: '#d62728',
  },
  SANCTIONED: {
    description: 'Imposed sanctions or an embargo on the target.',
    symmetric: false,
    cameo: '163',
    plover: { category: 'SANCTION', mode: 'embargo' },
    goldstein: -8.0,
    durative: false,
    objectIsPerson: false,
    color: '#a50f15',
  },
  EXPELLED: {
    description: "Expelled the target's diplomats, nationals or peacekeepers (CAMEO 166 too).",
    symmetric: false,
    cameo: '174',
    plover: { category: 'SANCTION', mode: 'expel' },
    goldstein: -5.0,
    durative: false,
    objectIsPerson: false,
    color: '#843c39',
  },
  SUPPORTED: {
    description: 'Gave the target material, military or political support.',
    symmetric: false,
    cameo: '070',
    plover: { category: 'AID', mode: null },
    goldstein: 7.0,
    durative: true,
    objectIsPerson: false,
    color: '#9467bd',
  },
  COOPERATED_WITH: {
    description: 'Cooperated, coordinated or shared information.',
    symmetric: true,
    cameo: '060',
    plover: { category: 'COOPERATE', mode: null },
    goldstein: 6.0,
    durative: false,
    objectIsPerson: false,
    color: '#637939',
  },
  ATTACKED: {
    description: 'Attacked the target with force (CAMEO 18x too).',
    symmetric: false,
    cameo: '190',
    plover: { category: 'ASSAULT', mode: null },
    goldstein: -10.0,
    durative: false,
    objectIsPerson: false,
    color: '#67000d',
  },
  AFFILIATED_WITH: {
    description: 'Is a member, official, agent or part of the target; a role title and from/to dates where known.',
    symmetric: false,
    cameo: null,
    plover: null,
    goldstein: null,
    durative: true,
    objectIsPerson: false,
    color: '#999999',
  },
  PUBLISHED: {
    description: "Published or broadcast the target's statement (an outlet carrying an actor's words); the evidence says which statement.",
    symmetric: false,
    cameo: null,
    plover: null,
    goldstein: null,
    durative: false,
    objectIsPerson: true,
    color: '#7f7f7f',
  },
} as const satisfies Record<string, RelationTypeFacts>;

export type RelationType = keyof typeof VOCABULARY;

export interface RelationTypeInfo extends RelationTypeFacts {
  readonly type: RelationType;
}

/** Every type, in the vocabulary's order (the schema enum's and the exports'). */
export const RELATION_TYPES = Object.keys(VOCABULARY) as [RelationType, ...RelationType[]];

export const RELATION_TYPE_INFO: Readonly<Record<RelationType, RelationTypeInfo>> = Object.fromEntries(
  RELATION_TYPES.map((type) => [type, { type, ...VOCABULARY[type] }]),
) as Record<RelationType, RelationTypeInfo>;

export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((type) => RELATION_TYPE_INFO[type].symmetric);

const relationTypeSet: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(value: string): value is RelationType {
  return relationTypeSet.has(value);
}
