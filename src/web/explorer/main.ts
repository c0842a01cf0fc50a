import { createClient } from 'graphql-ws';
import { gexfExporter } from '../../export/formats/gexf.js';
import { graphmlExporter } from '../../export/formats/graphml.js';
import type { ExportGraph } from '../../export/model.js';
import { actorDetails, neighborhood, paths, relationDetails, relationTypes, type Subgraph, type ViewEdge, type ViewNode } from './api.js';
import { TYPE_COLORS, colorOfType } from './colors.js';
import { GraphView, type DrawMetrics } from './graph-view.js';
import { actorPanel, relationsPanel } from './panel.js';
import { attachSuggestions } from './suggest.js';
import { readState, writeState, type ViewState } from './view-state.js';
import './explorer.css';

/** Paths drawn in path mode; the shortest are highlighted. */
const PATHS_SHOWN = 3;
/** Wait this long after a live update before redrawing, so a briefing's burst redraws once (ms). */
const LIVE_REDRAW_DELAY_MS = 400;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it looks up
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const panel = $('panel');
const panelBody = $('panel-body');
const view = new GraphView($('graph'));
let state: ViewState = readState(window.location.search);
let current: Subgraph = { nodes: [], edges: [], truncated: false, edgesTruncated: false };
let loadTicket = 0;

/** What tests and the bench read: the last drawing's size and timing, and the view itself. */
const probe = { draws: 0, lastDraw: null as DrawMetrics | null, loading: false, view, error: null as string | null };
(window as unknown as { __explorer: typeof probe }).__explorer = probe;

function setStatus(text: string) {
  status.textContent = text;
}

function navigate(change: Partial<ViewState>, push = true) {
  state = { ...state, ...change };
  const url = `${window.location.pathname}${writeState(state)}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  void load();
}

function merge(parts: Subgraph[]): Subgraph {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const edge of part.edges) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: parts.some((part) => part.truncated),
    edgesTruncated: parts.some((part) => part.edgesTruncated),
  };
}

async function load() {
  const ticket = (loadTicket += 1);
  probe.loading = true;
  probe.error = null;
  syncControls();
  try {
    let subgraph: Subgraph;
    let centers: string[];
    let highlight: Set<string> | undefined;
    if (state.mode === 'path') {
      if (!state.from || !state.to) {
        setStatus('Pick two actors to see the shortest paths between them.');
        subgraph = { nodes: [], edges: [], truncated: false, edgesTruncated: false };
        centers = [];
      } else {
        const found = await paths(state.from, state.to, PATHS_SHOWN, state);
        subgraph = merge(found.map((path) => ({ ...path, truncated: false, edgesTruncated: false })));
        centers = [state.from, state.to];
        const shortest = Math.min(...found.map((path) => path.edges.length));
        highlight = new Set(found.filter((path) => path.edges.length === shortest).flatMap((path) => path.edges.map((edge) => edge.id)));
        setStatus(found.length === 0 ? 'No path between them with these filters.' : `${found.length} paths; the shortest (${shortest} steps) highlighted.`);
      }
    } else if (!state.actor) {
      setStatus('Search an actor to draw its neighborhood.');
      subgraph = { nodes: [], edges: [], truncated: false, edgesTruncated: false };
      centers = [];
    } else {
      const parts = await Promise.all([
        neighborhood(state.actor, state.depth, state.limit, state),
        ...state.expanded.map((id) => neighborhood(id, 1, state.limit, state)),
      ]);
      subgraph = merge(parts);
      centers = [state.actor, ...state.expanded];
    }
    if (ticket !== loadTicket) return;
    current = subgraph;
    const named = (id: string | null) => subgraph.nodes.find((node) => node.id === id)?.name;
    if (document.activeElement !== actorInput) actorInput.value = named(state.mode === 'path' ? state.from : state.actor) ?? actorInput.value;
    if (state.mode === 'path' && document.activeElement !== toInput) toInput.value = named(state.to) ?? toInput.value;
    const metrics = await view.draw(subgraph, { centers, highlight });
    if (ticket !== loadTicket) return;
    probe.lastDraw = metrics;
    probe.draws += 1;
    if (state.mode === 'neighborhood' && state.actor) {
      const cuts = [subgraph.truncated ? 'actors cut at the limit' : '', subgraph.edgesTruncated ? 'relations between the busiest actors left out' : ''];
      const cut = cuts.filter(Boolean).join('; ');
      setStatus(`${metrics.nodes} actors, ${metrics.edges} relations${cut ? ` (${cut})` : ''}.`);
    }
    closePanel();
    watchLive();
  } catch (error) {
    if (ticket !== loadTicket) return;
    probe.error = (error as Error).message;
    setStatus(`Error: ${(error as Error).message}`);
  } finally {
    if (ticket === loadTicket) probe.loading = false;
  }
}

// ---- controls -------------------------------------------------------------------------------

const actorInput = $<HTMLInputElement>('actor-input');
const toInput = $<HTMLInputElement>('to-input');
const depthInput = $<HTMLInputElement>('depth');
const sinceInput = $<HTMLInputElement>('since');
const untilInput = $<HTMLInputElement>('until');
const legend = $<HTMLUListElement>('legend');
const ALL_TYPES = Object.keys(TYPE_COLORS);

function syncControls() {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) radio.checked = radio.value === state.mode;
  for (const element of document.querySelectorAll<HTMLElement>('.path-only')) element.hidden = state.mode !== 'path';
  for (const element of document.querySelectorAll<HTMLElement>('.neighborhood-only')) element.hidden = state.mode !== 'neighborhood';
  $('actor-label').textContent = state.mode === 'path' ? 'From' : 'Actor';
  depthInput.value = String(state.depth);
  sinceInput.value = state.since ?? '';
  untilInput.value = state.until ?? '';
  for (const box of legend.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.types.length === 0 || state.types.includes(box.value);
  }
}

function buildLegend(descriptions: Map<string, string>) {
  legend.replaceChildren(
    ...ALL_TYPES.map((type) => {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type;
      box.addEventListener('change', () => {
        const checked = [...legend.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
        navigate({ types: checked.length === ALL_TYPES.length ? [] : checked }, false);
      });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colorOfType(type);
      label.title = descriptions.get(type) ?? '';
      label.append(box, swatch, type.toLowerCase().replace(/_/g, ' '));
      item.append(label);
      return item;
    }),
  );
}

attachSuggestions(actorInput, $('actor-suggestions'), (actor) =>
  state.mode === 'path' ? navigate({ from: actor.id }) : navigate({ actor: actor.id, expanded: [] }),
);
attachSuggestions(toInput, $('to-suggestions'), (actor) => navigate({ to: actor.id }));
for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
  radio.addEventListener('change', () => navigate({ mode: radio.value === 'path' ? 'path' : 'neighborhood', from: state.from ?? state.actor }));
}
depthInput.addEventListener('change', () => {
  const depth = Number(depthInput.value);
  if (Number.isInteger(depth) && depth >= 1 && depth <= 4) navigate({ depth }, false);
});
const onDates = () => navigate({ since: sinceInput.value || null, until: untilInput.value || null }, false);
sinceInput.addEventListener('change', onDates);
untilInput.addEventListener('change', onDates);
$('clear-dates').addEventListener('click', () => navigate({ since: null, until: null }, false));
$('all-types').addEventListener('click', () => navigate({ types: [] }, false));
$('no-types').addEventListener('click', () => navigate({ types: ['AFFILIATED_WITH'] }, false));
const keyInput = $<HTMLInputElement>('api-key');
keyInput.value = sessionStorage.getItem('diplograph-api-key') ?? '';
keyInput.addEventListener('change', () => {
  sessionStorage.setItem('diplograph-api-key', keyInput.value.trim());
  void load();
});
window.addEventListener('popstate', () => {
  state = readState(window.location.search);
  void load();
});
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    actorInput.focus();
  } else if (event.key === 'Escape' && !typing) {
    closePanel();
  }
});

// ---- details panel --------------------------------------------------------------------------

function openPanel(content: HTMLElement) {
  panelBody.replaceChildren(content);
  panel.hidden = false;
}

function closePanel() {
  panel.hidden = true;
  panelBody.replaceChildren();
}
$('close-panel').addEventListener('click', () => {
  closePanel();
  view.selectNode(null);
  $('graph').focus();
});

async function showEdge(edge: string) {
  view.selectEdge(edge);
  const [a, b] = view.graph.extremities(edge);
  const ids = view.edgesBetween(a, b);
  const relations = await relationDetails(ids);
  openPanel(relationsPanel(relations));
}

async function showActor(id: string) {
  view.selectNode(id);
  const actor = await actorDetails(id);
  if (!actor) return;
  const onScreen = view.graph.hasNode(id)
    ? view.graph.neighbors(id).map((other) => ({
        id: other,
        name: String(view.graph.getNodeAttribute(other, 'label')),
        onSelect: () => void showEdge(view.edgesBetween(id, other)[0]!),
      }))
    : [];
  openPanel(
    actorPanel(actor, onScreen, () => {
      if (state.mode === 'neighborhood' && id !== state.actor && !state.expanded.includes(id)) navigate({ expanded: [...state.expanded, id] });
    }),
  );
}

view.onEdgeClick = (edge) => void showEdge(edge).catch((error: unknown) => setStatus(`Error: ${error instanceof Error ? error.message : String(error)}`));
view.onNodeClick = (id) => {
  if (state.mode === 'neighborhood' && id !== state.actor && !state.expanded.includes(id)) {
    navigate({ expanded: [...state.expanded, id] });
    return;
  }
  void showActor(id).catch((error: unknown) => setStatus(`Error: ${error instanceof Error ? error.message : String(error)}`));
};
view.onStageClick = () => {
  view.selectNode(null);
  closePanel();
};

// ---- exports of what is on screen -----------------------------------------------------------

function download(blob: Blob, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function onScreenGraph(): ExportGraph {
  return {
    truncated: current.truncated,
    nodes: current.nodes.map((node) => ({ ...node, roles: [] })),
    edges: current.edges.map((edge) => ({ ...edge, evidence: [] })),
  };
}

const viewName = () => `diplograph-${state.mode === 'path' ? `${state.from}--${state.to}` : (state.actor ?? 'view')}`;
$('export-png').addEventListener('click', () => void view.toPng().then((png) => download(png, `${viewName()}.png`)));
$('export-graphml').addEventListener('click', () =>
  download(new Blob([graphmlExporter.write(onScreenGraph())], { type: 'application/graphml+xml' }), `${viewName()}.graphml`),
);
$('export-gexf').addEventListener('click', () =>
  download(new Blob([gexfExporter.write(onScreenGraph())], { type: 'application/gexf+xml' }), `${viewName()}.gexf`),
);

// ---- live updates ---------------------------------------------------------------------------

let live: ReturnType<typeof createClient> | null = null;
let stopWatching: (() => void) | null = null;
let redrawTimer: number | undefined;

/** Redraws when a briefing brings relations touching an actor on screen: the view grows by itself. */
function watchLive() {
  stopWatching?.();
  stopWatching = null;
  const ids = current.nodes.map((node) => node.id);
  if (ids.length === 0) return;
  live ??= createClient({
    url: new URL('/graphql', window.location.href).href.replace(/^http/, 'ws'),
    connectionParams: () => {
      const key = sessionStorage.getItem('diplograph-api-key');
      return key ? { authorization: `Bearer ${key}` } : {};
    },
    lazy: true,
    retryAttempts: 3,
  });
  stopWatching = live.subscribe(
    { query: 'subscription ($ids: [ID!]) { relationIngested(actorIds: $ids) { status relation { id } } }', variables: { ids } },
    {
      next: () => {
        window.clearTimeout(redrawTimer);
        redrawTimer = window.setTimeout(() => void load(), LIVE_REDRAW_DELAY_MS);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}

// ---- start ----------------------------------------------------------------------------------

buildLegend(new Map());
syncControls();
void relationTypes()
  .then((types) => {
    buildLegend(new Map(types.map((type) => [type.type, type.description])));
    syncControls();
  })
  .catch(() => undefined);
if (state.actor) actorInput.value = state.actor;
if (state.mode === 'path' && state.from) actorInput.value = state.from;
if (state.to) toInput.value = state.to;
void load();
