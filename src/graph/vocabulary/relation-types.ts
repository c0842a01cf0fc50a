/**
 * The relation vocabulary: the one allow-list of Neo4j relationship types the product writes and
 * reads, each mapped to the event standards analysts already use.
 *
 * CAMEO codes are the Conflict and Mediation Event Observations codebook's; `goldstein` is the
 * Goldstein conflict–cooperation weight (-10 most hostile … +10 most cooperative) of that code,
 * which is the score PLOVER-coded data sets carry alongside the category. PLOVER has no category
 * for a denial nor for a standing affiliation: for those `plover` is null, on purpose.
 */
export const RELATION_TYPES = [
  'MET',
  'VISITED',
  'HOSTED',
  'PHONED',
  'NEGOTIATED_WITH',
  'AGREED_WITH',
  'AGREED_TO_MEET',
  'INVITED',
  'PRAISED',
  'SIGNED_AGREEMENT',
  'REQUESTED',
  'CRITICIZED',
  'ACCUSED',
  'DENIED',
  'REJECTED',
  'THREATENED',
  'SANCTIONED',
  'EXPELLED',
  'SUPPORTED',
  'COOPERATED_WITH',
  'ATTACKED',
  'AFFILIATED_WITH',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export type PloverCategory = 'AGREE' | 'CONSULT' | 'SUPPORT' | 'COOPERATE' | 'AID' | 'REQUEST' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'SANCTION' | 'ASSAULT';

export interface PloverCoding {
  category: PloverCategory;
  mode: string | null;
}

export interface RelationTypeInfo {
  type: RelationType;
  /** Found from either end and counted once: (a)-[:MET]->(b) is the same fact as (b)-[:MET]->(a). */
  symmetric: boolean;
  cameo: string | null;
  plover: PloverCoding | null;
  goldstein: number | null;
  description: string;
}

const info = (
  type: RelationType,
  symmetric: boolean,
  cameo: string | null,
  plover: PloverCoding | null,
  goldstein: number | null,
  description: string,
): RelationTypeInfo => ({ type, symmetric, cameo, plover, goldstein, description });

export const RELATION_TYPE_INFO: Readonly<Record<RelationType, RelationTypeInfo>> = {
  MET: info('MET', true, '040', { category: 'CONSULT', mode: 'meet' }, 1.0, 'Met or consulted in person.'),
  VISITED: info('VISITED', false, '042', { category: 'CONSULT', mode: 'visit' }, 1.9, 'Made a visit to the target.'),
  HOSTED: info('HOSTED', false, '043', { category: 'CONSULT', mode: 'host' }, 2.8, 'Hosted a visit by the target.'),
  PHONED: info('PHONED', true, '041', { category: 'CONSULT', mode: 'phone' }, 1.0, 'Spoke by telephone.'),
  NEGOTIATED_WITH: info('NEGOTIATED_WITH', true, '046', { category: 'CONSULT', mode: 'negotiate' }, 7.0, 'Held talks or negotiations.'),
  AGREED_WITH: info('AGREED_WITH', true, '030', { category: 'AGREE', mode: null }, 4.0, 'Agreed, or expressed intent to cooperate.'),
  AGREED_TO_MEET: info('AGREED_TO_MEET', false, '036', { category: 'AGREE', mode: 'meet' }, 4.0, 'Agreed or offered to meet the target.'),
  INVITED: info('INVITED', false, '026', { category: 'REQUEST', mode: 'meet' }, 3.0, 'Invited the target to meet, visit or attend.'),
  PRAISED: info('PRAISED', false, '051', { category: 'SUPPORT', mode: 'praise' }, 3.4, 'Praised or endorsed the target.'),
  SIGNED_AGREEMENT: info('SIGNED_AGREEMENT', false, '057', { category: 'AGREE', mode: 'formal' }, 8.0, 'Signed a formal agreement with the target.'),
  REQUESTED: info('REQUESTED', false, '100', { category: 'REQUEST', mode: null }, -5.0, 'Demanded or requested something of the target.'),
  CRITICIZED: info('CRITICIZED', false, '111', { category: 'ACCUSE', mode: 'disapprove' }, -2.0, 'Criticized or denounced the target.'),
  ACCUSED: info('ACCUSED', false, '112', { category: 'ACCUSE', mode: 'allege' }, -2.0, 'Accused the target of wrongdoing.'),
  DENIED: info('DENIED', false, '016', null, -2.0, 'Denied a claim or report made by or about the target. PLOVER has no category for denials.'),
  REJECTED: info('REJECTED', false, '120', { category: 'REJECT', mode: null }, -4.0, 'Rejected a proposal or demand of the target.'),
  THREATENED: info('THREATENED', false, '130', { category: 'THREATEN', mode: null }, -4.4, 'Threatened the target.'),
  SANCTIONED: info('SANCTIONED', false, '163', { category: 'SANCTION', mode: 'embargo' }, -8.0, 'Imposed sanctions or an embargo on the target.'),
  EXPELLED: info(
    'EXPELLED',
    false,
    '174',
    { category: 'SANCTION', mode: 'expel' },
    -5.0,
    'Expelled the target (diplomats, nationals, peacekeepers; CAMEO 166/174).',
  ),
  SUPPORTED: info('SUPPORTED', false, '070', { category: 'AID', mode: null }, 7.0, 'Gave the target material, military or political support.'),
  COOPERATED_WITH: info('COOPERATED_WITH', true, '060', { category: 'COOPERATE', mode: null }, 6.0, 'Cooperated, coordinated or shared information.'),
  ATTACKED: info('ATTACKED', false, '190', { category: 'ASSAULT', mode: null }, -10.0, 'Attacked the target with force (CAMEO 18x–19x).'),
  AFFILIATED_WITH: info(
    'AFFILIATED_WITH',
    false,
    null,
    null,
    null,
    'Is a member, official, agent or part of the target; a role title and from/to dates where known.',
  ),
};

const relationTypeSet: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(value: string): value is RelationType {
  return relationTypeSet.has(value);
}

export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((type) => RELATION_TYPE_INFO[type].symmetric);
