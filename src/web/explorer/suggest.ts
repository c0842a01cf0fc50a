import { searchActors, type ViewNode } from './api.js';

/** Suggestions shown while typing. */
export const MAX_SUGGESTIONS = 8;
/** Wait this long after the last key before asking the API, in milliseconds. */
const SUGGEST_DELAY_MS = 150;

/**
 * A search field with suggestions as you type (an ARIA combobox): arrows move, Enter picks, Escape
 * closes. `onPick` gets the chosen actor.
 */
export function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, onPick: (actor: ViewNode) => void) {
  let options: ViewNode[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const render = () => {
    list.replaceChildren(
      ...options.map((actor, index) => {
        const item = document.createElement('li');
        item.id = `${list.id}-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === active));
        item.dataset.actorId = actor.id;
        item.append(actor.name, ' ');
        const kind = document.createElement('small');
        kind.textContent = actor.kind.toLowerCase().replace('_', ' ');
        item.append(kind);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return item;
      }),
    );
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  };
  const pick = (index: number) => {
    const actor = options[index];
    if (!actor) return;
    input.value = actor.name;
    close();
    onPick(actor);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      options = [];
      close();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = (asked += 1);
      const found = await searchActors(text, MAX_SUGGESTIONS).catch(() => []);
      if (ticket !== asked) return;
      options = found;
      active = found.length > 0 ? 0 : -1;
      render();
    }, SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}
