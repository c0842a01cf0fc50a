import { RELATION_TYPE_INFO, RELATION_TYPES } from '../../vocabulary/relation-types.js';

/** One colour per relation type, from the vocabulary (cooperation in greens and blues, conflict in reds). */
export const TYPE_COLORS: Record<string, string> = Object.fromEntries(RELATION_TYPES.map((type) => [type, RELATION_TYPE_INFO[type].color]));

export const KIND_COLORS: Record<string, string> = {
  PERSON: '#3b5b92',
  ORGANIZATION: '#7b4173',
  STATE: '#b5651d',
  ARMED_GROUP: '#8b0000',
  MEDIA: '#2f6f4f',
};

export const colorOfType = (type: string) => TYPE_COLORS[type] ?? '#555555';
export const colorOfKind = (kind: string) => KIND_COLORS[kind] ?? '#444444';
