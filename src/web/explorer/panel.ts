import type { ActorDetail, RelationDetail } from './api.js';
import { colorOfType } from './colors.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

const label = (type: string) => type.toLowerCase().replace(/_/g, ' ');

/** Every relation between two actors, each with every sentence that states it and where it comes from. */
export function relationsPanel(relations: RelationDetail[]): HTMLElement {
  const body = element('div');
  const first = relations[0];
  if (!first) return body;
  body.append(element('h2', `${first.source.name} — ${first.target.name}`));
  for (const relation of relations) {
    const block = element('section', undefined, 'relation');
    block.style.borderLeftColor = colorOfType(relation.type);
    block.dataset.relationId = relation.id;
    const what = `${relation.source.name} ${relation.negated ? 'did not ' : ''}${label(relation.type)} ${relation.target.name}${relation.title ? ` (${relation.title})` : ''}`;
    block.append(element('h3', what));
    block.append(element('div', `${relation.date ?? 'date not stated'} · ${relation.modality.toLowerCase()}`, 'meta'));
    for (const evidence of relation.evidence) {
      const item = element('div', undefined, 'evidence');
      item.append(element('blockquote', evidence.quote));
      const meta = element('div', undefined, 'meta');
      const briefing = evidence.briefing.url ? element('a', evidence.briefing.title) : element('span', evidence.briefing.title);
      if (briefing instanceof HTMLAnchorElement) {
        briefing.href = evidence.briefing.url!;
        briefing.target = '_blank';
        briefing.rel = 'noopener noreferrer';
      }
      meta.append(briefing, ` · ${evidence.briefing.publishedAt}`);
      if (evidence.briefing.source) meta.append(` · ${evidence.briefing.source}`);
      meta.append(` · ${(evidence.modality ?? relation.modality).toLowerCase()}`);
      if (evidence.speaker) meta.append(` · speaker: ${evidence.speaker.name}`);
      item.append(meta);
      block.append(item);
    }
    body.append(block);
  }
  return body;
}

/** An actor's roles, aliases and relation counts, with buttons for its relations on screen. */
export function actorPanel(actor: ActorDetail, onScreen: { id: string; name: string; onSelect: () => void }[], onExpand: () => void): HTMLElement {
  const body = element('div');
  body.append(element('h2', actor.name));
  body.append(element('div', `${actor.kind.toLowerCase().replace('_', ' ')}${actor.wikidata ? ` · ${actor.wikidata}` : ''}`, 'meta'));
  const expand = element('button', 'Expand its neighborhood');
  expand.type = 'button';
  expand.addEventListener('click', onExpand);
  body.append(expand);
  body.append(element('h3', 'Roles'));
  const roles = element('ul');
  for (const role of actor.roles) {
    const period = role.from || role.to ? ` (${role.from ?? '…'} – ${role.to ?? '…'})` : '';
    roles.append(element('li', `${[role.title, role.of.name].filter(Boolean).join(', ')}${period}`));
  }
  if (actor.roles.length === 0) roles.append(element('li', 'none known'));
  body.append(roles);
  body.append(element('h3', 'Aliases'));
  body.append(element('p', actor.aliases.length > 0 ? actor.aliases.join(', ') : 'none'));
  body.append(element('h3', 'Relations (all dates)'));
  const counts = element('table', undefined, 'counts');
  for (const count of actor.counts) {
    const row = element('tr');
    row.append(element('td', label(count.type)), element('td', count.direction.toLowerCase()), element('td', String(count.count)));
    counts.append(row);
  }
  body.append(counts);
  if (onScreen.length > 0) {
    body.append(element('h3', 'Connected on screen'));
    const list = element('ul');
    for (const other of onScreen) {
      const item = element('li');
      const button = element('button', other.name, 'link');
      button.type = 'button';
      button.addEventListener('click', other.onSelect);
      item.append(button);
      list.append(item);
    }
    body.append(list);
  }
  return body;
}
