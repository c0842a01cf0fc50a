/** One colour per relation type, grouped by feeling: cooperation in greens and blues, conflict in reds. */
export const TYPE_COLORS: Record<string, string> = {
  MET: '#1f77b4',
  VISITED: '#4e9bd6',
  HOSTED: '#17becf',
  PHONED: '#6baed6',
  NEGOTIATED_WITH: '#3182bd',
  AGREED_WITH: '#2ca02c',
  AGREED_TO_MEET: '#74c476',
  INVITED: '#9edae5',
  PRAISED: '#31a354',
  SIGNED_AGREEMENT: '#006d2c',
  REQUESTED: '#bcbd22',
  CRITICIZED: '#ff7f0e',
  ACCUSED: '#e6550d',
  DENIED: '#8c6d31',
  REJECTED: '#d6616b',
  THREATENED: '#d62728',
  SANCTIONED: '#a50f15',
  EXPELLED: '#843c39',
  SUPPORTED: '#9467bd',
  COOPERATED_WITH: '#637939',
  ATTACKED: '#67000d',
  AFFILIATED_WITH: '#999999',
};

export const KIND_COLORS: Record<string, string> = {
  PERSON: '#3b5b92',
  ORGANIZATION: '#7b4173',
  STATE: '#b5651d',
  ARMED_GROUP: '#8b0000',
  MEDIA: '#2f6f4f',
};

export const colorOfType = (type: string) => TYPE_COLORS[type] ?? '#555555';
export const colorOfKind = (kind: string) => KIND_COLORS[kind] ?? '#444444';
