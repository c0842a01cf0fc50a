import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { Subgraph, ViewEdge, ViewNode } from './api.js';
import { colorOfKind, colorOfType } from './colors.js';

/** Up to this many actors the layout runs before the first draw; above it, in a worker after it. */
export const SYNC_LAYOUT_MAX_NODES = 300;
const SYNC_LAYOUT_ITERATIONS = 150;
/** How long the worker layout refines a large graph, in milliseconds. */
export const WORKER_LAYOUT_MS = 4000;
const MIN_NODE_SIZE = 6;
const DIMMED = '#e4e4e4';
/** How far from a line a click still selects it, in CSS pixels. */
const EDGE_CLICK_TOLERANCE_PX = 6;

export interface DrawOptions {
  /** Actors drawn larger, with their label always shown (the searched actor, path ends). */
  centers: string[];
  /** Relations to highlight (path mode); the others are dimmed. */
  highlight?: Set<string>;
}

export interface DrawMetrics {
  nodes: number;
  edges: number;
  /** From the call to draw to the end of the first frame, in milliseconds. */
  firstDrawMs: number;
}

/** A stable pseudo-random number in [0, 1) for an id, so the same view lays out the same way. */
function hash01(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100000) / 100000;
}

/** Breadth-first rings around the centres: a readable start for the force layout. */
function initialPositions(subgraph: Subgraph, centers: string[], previous: Map<string, { x: number; y: number }>) {
  const neighbours = new Map<string, string[]>();
  for (const edge of subgraph.edges) {
    neighbours.set(edge.source.id, [...(neighbours.get(edge.source.id) ?? []), edge.target.id]);
    neighbours.set(edge.target.id, [...(neighbours.get(edge.target.id) ?? []), edge.source.id]);
  }
  const level = new Map<string, number>();
  const queue = centers.filter((id) => subgraph.nodes.some((node) => node.id === id));
  if (queue.length === 0 && subgraph.nodes[0]) queue.push(subgraph.nodes[0].id);
  for (const id of queue) level.set(id, 0);
  for (let i = 0; i < queue.length; i += 1) {
    for (const next of neighbours.get(queue[i]!) ?? []) {
      if (!level.has(next)) {
        level.set(next, level.get(queue[i]!)! + 1);
        queue.push(next);
      }
    }
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of subgraph.nodes) {
    const kept = previous.get(node.id);
    if (kept) {
      positions.set(node.id, kept);
      continue;
    }
    const ring = level.get(node.id) ?? 3;
    const angle = hash01(node.id) * Math.PI * 2;
    const radius = ring * 100 + hash01(`${node.id}#r`) * 60;
    positions.set(node.id, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  }
  return positions;
}

/** The WebGL drawing (sigma + graphology): node size by degree, edge colour by type. */
export class GraphView {
  readonly graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  private readonly renderer: Sigma;
  private layout: FA2Layout | null = null;
  private layoutTimer: number | undefined;
  private selectedEdgePair: string | null = null;
  private selectedNode: string | null = null;
  private highlight: Set<string> | null = null;
  onNodeClick: (id: string) => void = () => undefined;
  onEdgeClick: (id: string) => void = () => undefined;
  onStageClick: () => void = () => undefined;

  constructor(container: HTMLElement) {
    this.renderer = new Sigma(this.graph, container, {
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 6,
      zIndex: true,
      edgeReducer: (edge, data) => {
        const pair = this.pairOf(edge);
        if (this.highlight) {
          return this.highlight.has(edge) ? { ...data, size: 4, zIndex: 2 } : { ...data, color: DIMMED, zIndex: 0 };
        }
        if (this.selectedEdgePair && pair === this.selectedEdgePair) return { ...data, size: 5, zIndex: 2 };
        if (this.selectedNode && !this.graph.hasExtremity(edge, this.selectedNode)) return { ...data, color: DIMMED, zIndex: 0 };
        return data;
      },
      nodeReducer: (node, data) => {
        if (this.selectedNode && node !== this.selectedNode && !this.graph.areNeighbors(node, this.selectedNode)) {
          return { ...data, color: DIMMED, label: '' };
        }
        return node === this.selectedNode ? { ...data, highlighted: true } : data;
      },
    });
    this.renderer.on('clickNode', ({ node }) => this.onNodeClick(node));
    this.renderer.on('clickEdge', ({ edge }) => this.onEdgeClick(edge));
    // Edge picking on the GPU misses thin lines on software WebGL: a click near a line counts too.
    this.renderer.on('clickStage', ({ event }) => {
      const edge = this.edgeNear(event.x, event.y);
      if (edge) this.onEdgeClick(edge);
      else this.onStageClick();
    });
    this.renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
    this.renderer.on('leaveNode', () => (container.style.cursor = ''));
    this.renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.renderer.on('leaveEdge', () => (container.style.cursor = ''));
  }

  /** The two actors of a relation, in a fixed order: every relation between them is one "edge" to click. */
  pairOf(edge: string): string {
    return [this.graph.source(edge), this.graph.target(edge)].sort().join('|');
  }

  edgesBetween(a: string, b: string): string[] {
    return [...new Set([...this.graph.edges(a, b), ...(a === b ? [] : this.graph.edges(b, a))])];
  }

  /** Replaces what is drawn, keeping the places of actors already on screen. */
  draw(subgraph: Subgraph, options: DrawOptions): Promise<DrawMetrics> {
    const started = performance.now();
    this.stopLayout();
    const previous = new Map(this.graph.mapNodes((node, attributes) => [node, { x: attributes.x as number, y: attributes.y as number }] as const));
    const positions = initialPositions(subgraph, options.centers, previous);
    this.graph.clear();
    this.highlight = options.highlight ?? null;
    this.selectedEdgePair = null;
    this.selectedNode = null;
    for (const node of subgraph.nodes) this.addNode(node, positions.get(node.id)!, options.centers.includes(node.id));
    for (const edge of subgraph.edges) this.addEdge(edge);
    this.graph.forEachNode((node, attributes) => {
      const degree = this.graph.degree(node);
      const base = MIN_NODE_SIZE + 2 * Math.sqrt(degree);
      this.graph.mergeNodeAttributes(node, { size: attributes.center ? base + 4 : base, degree });
    });
    const large = this.graph.order > SYNC_LAYOUT_MAX_NODES;
    if (!large && this.graph.order > 1 && previous.size === 0) {
      forceAtlas2.assign(this.graph, { iterations: SYNC_LAYOUT_ITERATIONS, settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: false } });
    }
    return new Promise((resolve) => {
      this.renderer.once('afterRender', () => {
        resolve({ nodes: this.graph.order, edges: this.graph.size, firstDrawMs: performance.now() - started });
        if (large) this.runWorkerLayout();
      });
      this.renderer.refresh();
    });
  }

  private addNode(node: ViewNode, position: { x: number; y: number }, center: boolean) {
    this.graph.addNode(node.id, {
      ...position,
      label: node.name,
      color: colorOfKind(node.kind),
      kind: node.kind,
      center,
      forceLabel: center,
    });
  }

  private addEdge(edge: ViewEdge) {
    if (!this.graph.hasNode(edge.source.id) || !this.graph.hasNode(edge.target.id) || this.graph.hasEdge(edge.id)) return;
    this.graph.addDirectedEdgeWithKey(edge.id, edge.source.id, edge.target.id, {
      color: colorOfType(edge.type),
      size: edge.type === 'AFFILIATED_WITH' ? 1 : 2,
      type: edge.symmetric ? 'line' : 'arrow',
      relationType: edge.type,
      date: edge.date ?? edge.firstSeen,
    });
  }

  private runWorkerLayout() {
    this.layout = new FA2Layout(this.graph, { settings: { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: true } });
    this.layout.start();
    this.layoutTimer = window.setTimeout(() => this.stopLayout(), WORKER_LAYOUT_MS);
  }

  private stopLayout() {
    window.clearTimeout(this.layoutTimer);
    this.layout?.kill();
    this.layout = null;
  }

  selectEdge(edge: string | null) {
    this.selectedEdgePair = edge && this.graph.hasEdge(edge) ? this.pairOf(edge) : null;
    this.selectedNode = null;
    this.renderer.refresh({ skipIndexation: true });
  }

  selectNode(node: string | null) {
    this.selectedNode = node && this.graph.hasNode(node) ? node : null;
    this.selectedEdgePair = null;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Where a relation's middle is on screen, in CSS pixels of the container (for tests and keyboard focus). */
  edgeMidpoint(edge: string): { x: number; y: number } | null {
    if (!this.graph.hasEdge(edge)) return null;
    const [source, target] = this.graph.extremities(edge).map((node) => this.renderer.getNodeDisplayData(node)!);
    const a = this.renderer.framedGraphToViewport(source!);
    const b = this.renderer.framedGraphToViewport(target!);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  /** The relation whose line passes within EDGE_CLICK_TOLERANCE_PX of a point of the container. */
  edgeNear(x: number, y: number): string | null {
    let best: string | null = null;
    let bestDistance = EDGE_CLICK_TOLERANCE_PX;
    const screen = new Map<string, { x: number; y: number }>();
    const at = (node: string) => {
      let point = screen.get(node);
      if (!point) {
        point = this.renderer.framedGraphToViewport(this.renderer.getNodeDisplayData(node)!);
        screen.set(node, point);
      }
      return point;
    };
    this.graph.forEachEdge((edge, _attributes, source, target) => {
      const a = at(source);
      const b = at(target);
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / length2));
      const distance = Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = edge;
      }
    });
    return best;
  }

  nodePosition(node: string): { x: number; y: number } | null {
    const data = this.renderer.getNodeDisplayData(node);
    return data ? this.renderer.framedGraphToViewport(data) : null;
  }

  /** The drawing as it is on screen, as a PNG: the WebGL layers and labels flattened on white. */
  toPng(): Promise<Blob> {
    this.renderer.refresh();
    const canvases = Object.values(this.renderer.getCanvases());
    const { width, height } = canvases[0]!;
    const output = document.createElement('canvas');
    output.width = width;
    output.height = height;
    const context = output.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    for (const canvas of canvases) context.drawImage(canvas, 0, 0, width, height);
    return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  }
}
