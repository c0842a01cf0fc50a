/**
 * The README's cookbook as data: each ```graphql block followed by its ```json answer, in the
 * order a reader runs them (mutations change what later queries answer).
 */
export interface CookbookEntry {
  title: string;
  query: string;
  /** The answer as printed, parsed. */
  answer: unknown;
  /** Character offsets of the answer's JSON text in the README, for rewriting it. */
  answerStart: number;
  answerEnd: number;
}

export const COOKBOOK_HEADING = '## Example queries (the cookbook)';

const BLOCK = /```(graphql|json)\n([\s\S]*?)\n```/g;

export function cookbookEntries(readme: string): CookbookEntry[] {
  const start = readme.indexOf(COOKBOOK_HEADING);
  if (start < 0) throw new Error(`README has no "${COOKBOOK_HEADING}" section`);
  const next = readme.indexOf('\n## ', start + COOKBOOK_HEADING.length);
  const end = next < 0 ? readme.length : next;
  const entries: CookbookEntry[] = [];
  let pending: { title: string; query: string } | null = null;
  BLOCK.lastIndex = start;
  for (let match = BLOCK.exec(readme); match && match.index < end; match = BLOCK.exec(readme)) {
    const [, language, body] = match;
    if (language === 'graphql') {
      const heading = readme.lastIndexOf('\n### ', match.index);
      pending = { title: readme.slice(heading + 5, readme.indexOf('\n', heading + 5)).trim(), query: body! };
    } else if (pending) {
      const answerStart = match.index + '```json\n'.length;
      entries.push({ ...pending, answer: JSON.parse(body!), answerStart, answerEnd: answerStart + body!.length });
      pending = null;
    }
  }
  return entries;
}

const INLINE_WIDTH = 100;

/** Prints an answer as the README does: short objects and arrays on one line, others indented. */
export function formatAnswer(value: unknown, indent = ''): string {
  const inline = JSON.stringify(value);
  if (inline.length + indent.length <= INLINE_WIDTH || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => inner + formatAnswer(item, inner)).join(',\n')}\n${indent}]`;
  const fields = Object.entries(value as Record<string, unknown>).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatAnswer(item, inner)}`);
  return `{\n${fields.join(',\n')}\n${indent}}`;
}
