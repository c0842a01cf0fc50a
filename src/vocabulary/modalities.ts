/**
 * How the text holds a relation: stated by the briefing itself, attributed to someone
 * ("reportedly", "X said"), announced for the future, denied by one of the parties, or conditional.
 * Negation ("did not meet") is a separate flag, so "will not visit" is planned and negated.
 */
export const MODALITIES = ['ASSERTED', 'REPORTED', 'PLANNED', 'DENIED', 'HYPOTHETICAL'] as const;
export type Modality = (typeof MODALITIES)[number];

/**
 * What aggregates count when no modality is asked for: what happened, stated by the briefing or
 * attributed to someone. Planned, denied and hypothetical events are not events yet.
 */
export const HAPPENED_MODALITIES: readonly Modality[] = ['ASSERTED', 'REPORTED'];
