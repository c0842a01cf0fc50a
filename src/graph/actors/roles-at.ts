import type { RoleRecord } from '../shared/records.js';

/** How far from the briefings that state an undated role it is still taken to hold. */
export const UNDATED_ROLE_REACH_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * The roles held on a day. A role with a period (from/to; either end may be open) holds within
 * it; a role without one holds within a year of the briefings that state it ("French Defense
 * Minister" in a 2015 briefing says nothing of 2020).
 */
export function rolesHeldAt<T extends Pick<RoleRecord, 'from' | 'to' | 'firstSeen' | 'lastSeen'>>(roles: readonly T[], day: string): T[] {
  return roles.filter((role) => {
    if (role.from || role.to) {
      return (!role.from || role.from <= day) && (!role.to || day <= role.to);
    }
    if (!role.firstSeen || !role.lastSeen) return false;
    const at = Date.parse(day);
    return at >= Date.parse(role.firstSeen) - UNDATED_ROLE_REACH_DAYS * DAY_MS && at <= Date.parse(role.lastSeen) + UNDATED_ROLE_REACH_DAYS * DAY_MS;
  });
}
