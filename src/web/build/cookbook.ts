/** A query of the README's cookbook, offered as an example tab in the workbench. */
export interface CookbookQuery {
  title: string;
  query: string;
}

/** "Whom did Çavuşoğlu criticize?" → "WhomDidCavusogluCriticize". */
export function operationName(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : `Example${name}`;
}

const COOKBOOK_HEADING = '## Example queries (the cookbook)';

/**
 * The README's cookbook is the one source of example queries: every `### title` with a fenced
 * graphql block under the cookbook heading, up to the next `## ` section.
 */
export function cookbookQueries(readme: string): CookbookQuery[] {
  const start = readme.indexOf(COOKBOOK_HEADING);
  if (start < 0) return [];
  const rest = readme.slice(start + COOKBOOK_HEADING.length);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const queries: CookbookQuery[] = [];
  for (const part of section.split(/^### /m).slice(1)) {
    const title = part.slice(0, part.indexOf('\n')).trim();
    const blocks = [...part.matchAll(/^```graphql\n([\s\S]*?)^```/gm)];
    blocks.forEach((block, index) => {
      const body = block[1]!.trimEnd();
      // An anonymous query gets a name from its heading, so the workbench's tab says what it is.
      const name = `${operationName(title)}${blocks.length > 1 ? index + 1 : ''}`;
      const named = body.startsWith('{') ? `query ${name} ${body}` : body;
      queries.push({ title: blocks.length > 1 ? `${title} (${index + 1})` : title, query: `# ${title}\n${named}\n` });
    });
  }
  return queries;
}
