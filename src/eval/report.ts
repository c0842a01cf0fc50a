import { addCounts, f1, precision, recall, strictPrecision, type Counts, type FileScore } from './score.js';

const pct = (x: number) => x.toFixed(2);
const cell = (c: Counts) => `${pct(precision(c))} ${pct(recall(c))} ${pct(f1(c))}  (${c.tp}/${c.fp}/${c.fn})`;

/** A readable table: per file and in total, P R F1 (tp/fp/fn) for actors and relations, and date accuracy; then the strict relation precision. */
export function formatReport(scores: FileScore[], verbose = false): string {
  const rows: string[][] = [['briefing', 'actors P R F1 (tp/fp/fn)', 'relations P R F1 (tp/fp/fn)', 'dates']];
  let actors: Counts = { tp: 0, fp: 0, fn: 0 };
  let relations: Counts = { tp: 0, fp: 0, fn: 0 };
  let dc = 0;
  let dt = 0;
  let optionalOnly = 0;
  for (const s of scores) {
    rows.push([s.id, cell(s.actors), cell(s.relations), `${s.datesCorrect}/${s.datesTotal}`]);
    actors = addCounts(actors, s.actors);
    relations = addCounts(relations, s.relations);
    dc += s.datesCorrect;
    dt += s.datesTotal;
    optionalOnly += s.optionalOnly;
  }
  rows.push(['TOTAL', cell(actors), cell(relations), `${dc}/${dt}${dt ? ` (${pct(dc / dt)})` : ''}`]);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c]!)).join(' | ');
  const out = [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.slice(1, -1).map(line),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    line(rows.at(-1)!),
    `strict relation precision ${pct(strictPrecision(relations, optionalOnly))}: the ${optionalOnly} proposed relations that matched only an optional gold relation counted wrong (${relations.tp}/${relations.fp + optionalOnly})`,
  ];
  if (verbose) {
    for (const s of scores) {
      out.push('', `${s.id}:`);
      for (const a of s.missedActors) out.push(`  missed actor   ${a}`);
      for (const a of s.extraActors) out.push(`  extra actor    ${a}`);
      for (const r of s.falseNegatives) out.push(`  missed         ${r.source} ${r.type} ${r.target} ${r.date ?? ''}`);
      for (const r of s.falsePositives) out.push(`  extra          ${r.source} ${r.type} ${r.target} ${r.date ?? ''}`);
      for (const r of s.dateMismatches) out.push(`  date           ${r.source} ${r.type} ${r.target} ${r.date ?? 'null'} (gold ${r.goldDate ?? 'null'})`);
    }
  }
  return out.join('\n');
}
