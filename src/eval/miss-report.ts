import type { GoldRelationFacts } from './miss-facts.js';
import { classifyMiss, MISS_CATEGORIES, MISS_CATEGORY_NAMES, type MissCategory, type MissVerdict } from './misses.js';

/** One briefing's required gold relations with their facts, and which of them the draft missed (their indices). */
export interface BriefingMisses {
  id: string;
  relations: GoldRelationFacts[];
  missed: ReadonlySet<number>;
}

export interface MissTable {
  total: number;
  required: number;
  byCategory: Record<MissCategory, number>;
  /** category → gold type → count */
  byType: Record<MissCategory, Map<string, number>>;
  /** category → detail → count */
  byDetail: Record<MissCategory, Map<string, number>>;
  /** Required gold relations whose two actors the learned layer has as a pair candidate in the evidence (its recall ceiling). */
  candidates: number;
  lines: string[];
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const perCategory = <T>(make: () => T) => Object.fromEntries(MISS_CATEGORIES.map((c) => [c, make()])) as Record<MissCategory, T>;

/** Every missed relation in one category, counted by category, gold type and detail. Pure. */
export function tabulateMisses(briefings: readonly BriefingMisses[]): MissTable {
  const table: MissTable = {
    total: 0,
    required: 0,
    byCategory: perCategory(() => 0),
    byType: perCategory(() => new Map<string, number>()),
    byDetail: perCategory(() => new Map<string, number>()),
    candidates: 0,
    lines: [],
  };
  for (const b of briefings) {
    b.relations.forEach((r, i) => {
      table.required += 1;
      if (r.candidate) table.candidates += 1;
      if (!b.missed.has(i)) return;
      const verdict: MissVerdict = classifyMiss(r.facts);
      table.total += 1;
      table.byCategory[verdict.category] += 1;
      bump(table.byType[verdict.category], r.relation.type);
      bump(table.byDetail[verdict.category], verdict.detail);
      table.lines.push(
        `${b.id}: (${verdict.category}) ${verdict.detail}  ${r.relation.source} ${r.relation.type} ${r.relation.target}  | ${r.relation.evidence ?? ''}`,
      );
    });
  }
  return table;
}

const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '-');
const sorted = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));

/** The table as text: per category its count and share, its details, and its gold types; then the candidate ceiling. */
export function formatMissTable(table: MissTable, verbose = false): string {
  const out = [`missed required gold relations: ${table.total} of ${table.required}`];
  for (const c of MISS_CATEGORIES) {
    const n = table.byCategory[c];
    out.push(`(${c}) ${MISS_CATEGORY_NAMES[c].padEnd(46)} ${String(n).padStart(4)}  ${pct(n, table.total).padStart(4)}`);
    if (!n) continue;
    out.push(
      `      by detail: ${sorted(table.byDetail[c])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    out.push(
      `      by type:   ${sorted(table.byType[c])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  out.push(
    `pair-candidate ceiling: ${table.candidates} of ${table.required} required gold relations (${pct(table.candidates, table.required)}) have both actors linked in one evidence sentence the learned layer reads`,
  );
  if (verbose) out.push('', ...table.lines);
  return out.join('\n');
}
