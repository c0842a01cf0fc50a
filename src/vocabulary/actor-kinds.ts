export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'STATE', 'ARMED_GROUP', 'MEDIA'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
