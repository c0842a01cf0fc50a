/** Verbs that give their subject a role in the organization they name: "who now heads a group called X" (form → title). */
export const ROLE_VERBS: Record<string, string> = {
  heads: 'head',
  headed: 'head',
  head: 'head',
  leads: 'leader',
  led: 'leader',
  lead: 'leader',
  chairs: 'chair',
  chaired: 'chair',
  commands: 'commander',
  commanded: 'commander',
  runs: 'head',
  ran: 'head',
};
