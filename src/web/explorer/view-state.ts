import type { Filters } from './api.js';

/** Everything a view is made of; the address bar holds it, so a view can be shared or bookmarked. */
export interface ViewState extends Filters {
  mode: 'neighborhood' | 'path';
  /** The actor whose neighborhood is drawn. */
  actor: string | null;
  /** Actors whose neighborhoods were added by clicking them. */
  expanded: string[];
  /** Path mode: from and to. */
  from: string | null;
  to: string | null;
  depth: number;
  limit: number;
}

export const DEFAULT_DEPTH = 1;
export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 2000;

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const boundedInt = (value: string | null, fallback: number, max: number) => {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 && parsed <= max ? parsed : fallback;
};

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  return {
    mode: params.get('mode') === 'path' ? 'path' : 'neighborhood',
    actor: params.get('actor'),
    expanded: list(params.get('expand')),
    from: params.get('from'),
    to: params.get('to'),
    types: list(params.get('types')),
    since: params.get('since'),
    until: params.get('until'),
    depth: boundedInt(params.get('depth'), DEFAULT_DEPTH, 4),
    limit: boundedInt(params.get('limit'), DEFAULT_LIMIT, MAX_LIMIT),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.mode === 'path') params.set('mode', 'path');
  if (state.mode === 'neighborhood' && state.actor) params.set('actor', state.actor);
  if (state.mode === 'neighborhood' && state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.mode === 'path' && state.from) params.set('from', state.from);
  if (state.mode === 'path' && state.to) params.set('to', state.to);
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.depth !== DEFAULT_DEPTH) params.set('depth', String(state.depth));
  if (state.limit !== DEFAULT_LIMIT) params.set('limit', String(state.limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}
