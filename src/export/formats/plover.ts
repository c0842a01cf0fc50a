import type { Exporter } from '../exporter.js';
import { edgeDay, type ExportGraph } from '../model.js';

/**
 * PLOVER-style event records, one JSON object per line, so the graph can be set beside event data
 * sets (POLECAT and other PLOVER-coded data). One line per relation that is an event with a PLOVER
 * category: AFFILIATED_WITH (a standing role) and DENIED (which PLOVER has no category for) are
 * left out. Negated relations ("did not meet") are kept and marked, as PLOVER has no negation.
 */
export const ploverExporter: Exporter = {
  format: 'plover',
  description: 'PLOVER-style JSON Lines, one event per line',
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: '.plover.jsonl',
  write(graph: ExportGraph): string {
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const lines = graph.edges.flatMap((edge) => {
      if (!edge.plover) return [];
      const first = edge.evidence[0];
      const event = {
        event_id: edge.id,
        event_date: edgeDay(edge),
        date_from_report: edge.date === null,
        event_type: edge.plover.category,
        event_mode: edge.plover.mode,
        event_intensity: edge.plover.score,
        cameo: edge.cameo,
        relation_type: edge.type,
        actor: edge.source.id,
        actor_name: names.get(edge.source.id) ?? null,
        recipient: edge.target.id,
        recipient_name: names.get(edge.target.id) ?? null,
        symmetric: edge.symmetric,
        modality: edge.modality,
        negated: edge.negated,
        mentions: edge.mentions,
        text: first?.quote ?? null,
        citation: first
          ? {
              briefing_id: first.briefing.id,
              title: first.briefing.title,
              url: first.briefing.url,
              publisher: first.briefing.source,
              published: first.briefing.publishedAt,
            }
          : null,
        sources: edge.evidence.map((evidence) => ({
          text: evidence.quote,
          modality: evidence.modality,
          speaker: evidence.speaker?.name ?? null,
          briefing_id: evidence.briefing.id,
          url: evidence.briefing.url,
          published: evidence.briefing.publishedAt,
        })),
      };
      return [JSON.stringify(event)];
    });
    return lines.map((line) => `${line}\n`).join('');
  },
};
