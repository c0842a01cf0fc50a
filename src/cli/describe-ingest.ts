import type { SeedOutcome } from '../ingest/seed.js';

export function describeOutcome({ file, report, error }: SeedOutcome): string {
  if (error) return `✗ ${error.message}`;
  if (!report) return `? ${file}`;
  const created = report.actors.filter((actor) => actor.status === 'CREATED').length;
  return (
    `✓ ${file}: briefing ${report.briefingId} ${report.briefingStatus.toLowerCase()}; ` +
    `actors ${created} new, ${report.actors.length - created} matched; ` +
    `relations ${report.relationsCreated.length} new, ${report.relationsCorroborated.length} corroborated, ` +
    `${report.relationsUnchanged.length} unchanged; evidence +${report.evidenceAdded} −${report.evidenceRetracted}`
  );
}
