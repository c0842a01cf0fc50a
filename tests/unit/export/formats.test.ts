import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import graphology from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, exporterFor } from '../../../src/export/index.js';
import { csvField } from '../../../src/export/formats/csv.js';
import { FIXTURE } from './fixture.js';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof import('graphology').MultiDirectedGraph };

const write = (format: string) => exporterFor(format)!.write(FIXTURE);

function parseXml(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return document;
}

const elements = (parent: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string): XmlElement[] =>
  Array.from(parent.getElementsByTagName(name));

/** What both ends of a round trip must agree on: node ids and labels, edges with their ends and type. */
function fixtureShape() {
  return {
    nodes: FIXTURE.nodes.map((node) => node.id).sort(),
    edges: FIXTURE.edges.map((edge) => `${edge.id} ${edge.source.id}->${edge.target.id} ${edge.type}`).sort(),
  };
}

function graphShape(graph: import('graphology').MultiDirectedGraph, typeOf: (attributes: Record<string, unknown>) => unknown) {
  return {
    nodes: graph.nodes().sort(),
    edges: graph.mapEdges((key, attributes, source, target) => `${key} ${source}->${target} ${String(typeOf(attributes))}`).sort(),
  };
}

/** RFC 4180 reader, independent of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('exports', () => {
  it('offers each format once, with a content type and an extension', () => {
    expect(EXPORTERS.map((exporter) => exporter.format)).toEqual(['graphml', 'gexf', 'cytoscape', 'csv-nodes', 'csv-edges', 'plover']);
    expect(new Set(EXPORTERS.map((exporter) => exporter.extension)).size).toBe(EXPORTERS.length);
  });

  it('GraphML parses, declares every key it uses, and round-trips through graphology', () => {
    const text = write('graphml');
    const document = parseXml(text);
    const root = document.documentElement!;
    expect(root.localName).toBe('graphml');
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map(elements(document, 'key').map((key) => [key.getAttribute('id'), key]));
    for (const key of keys.values()) expect(['string', 'boolean', 'int', 'long', 'float', 'double']).toContain(key.getAttribute('attr.type'));
    for (const data of elements(document, 'data')) {
      const key = keys.get(data.getAttribute('key'));
      expect(key, `undeclared key ${data.getAttribute('key')}`).toBeDefined();
      expect(key!.getAttribute('for')).toBe((data.parentNode as XmlElement).localName);
    }
    const [graphElement] = elements(document, 'graph');
    expect(graphElement!.getAttribute('edgedefault')).toBe('directed');

    const graph = graphml.parse(MultiDirectedGraph, text);
    expect(graphShape(graph, (attributes) => attributes.type)).toEqual(fixtureShape());
    expect(graph.getNodeAttribute('russia', 'label')).toBe('Russia, "the Federation" & <co>');
    expect(graph.getEdgeAttribute('r-met', 'evidence')).toBe('Le Drian met Shoigu, "warmly",\nin Moscow & more.; They met again.');
    expect(graph.getEdgeAttribute('r-met', 'mentions')).toBe(2);
  });

  it('GEXF 1.3 parses, has a spell per dated relation, and round-trips through graphology', () => {
    const text = write('gexf');
    const document = parseXml(text);
    const root = document.documentElement!;
    expect(root.localName).toBe('gexf');
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('version')).toBe('1.3');
    const [graphElement] = elements(document, 'graph');
    expect(graphElement!.getAttribute('mode')).toBe('dynamic');
    expect(graphElement!.getAttribute('timeformat')).toBe('date');
    const declared = new Set(elements(document, 'attribute').map((attribute) => attribute.getAttribute('id')));
    for (const value of elements(document, 'attvalue')) expect(declared).toContain(value.getAttribute('for'));

    const spells = Object.fromEntries(
      elements(document, 'edge').map((edge) => {
        const [spell] = elements(edge, 'spell');
        return [edge.getAttribute('id'), spell ? [spell.getAttribute('start'), spell.getAttribute('end') || null] : null];
      }),
    );
    // Events on their day (or the day first reported), a role over its period, open end left open.
    expect(spells).toEqual({
      'r-met': ['2015-12-21', '2015-12-21'],
      'r-agreed': ['2015-12-21', '2015-12-21'],
      'r-role': ['2012-11-06', null],
      'r-denied': ['2015-12-22', '2015-12-22'],
    });

    const graph = gexf.parse(MultiDirectedGraph, text);
    expect(graphShape(graph, (attributes) => attributes.label)).toEqual(fixtureShape());
    expect(graph.getNodeAttribute('shoigu', 'label')).toBe('Sergei Shoigu');
    expect(graph.getNodeAttribute('shoigu', 'aliases')).toBe('Shoygu; Шойгу');
  });

  it('Cytoscape.js JSON holds every node and edge, edges pointing at nodes', () => {
    const document = JSON.parse(write('cytoscape'));
    const nodeIds = document.elements.nodes.map((node: { data: { id: string } }) => node.data.id);
    expect(nodeIds.sort()).toEqual(fixtureShape().nodes);
    const edges = document.elements.edges.map(({ data }: { data: Record<string, string> }) => `${data.id} ${data.source}->${data.target} ${data.type}`);
    expect(edges.sort()).toEqual(fixtureShape().edges);
    expect(document.elements.edges[0].data.evidence[0].briefing.url).toBe('https://example.org/a?b=1&c=2');
  });

  it('CSV tables read back to the same values, quotes and line breaks included', () => {
    const nodes = readCsv(write('csv-nodes'));
    expect(nodes[0]!.slice(0, 3)).toEqual(['id', 'label', 'kind']);
    expect(
      nodes
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(fixtureShape().nodes);
    expect(nodes.find((row) => row[0] === 'russia')![1]).toBe('Russia, "the Federation" & <co>');
    const edges = readCsv(write('csv-edges'));
    const header = edges[0]!;
    expect(header.slice(0, 4)).toEqual(['id', 'source', 'target', 'type']);
    const rows = edges.slice(1).map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
    expect(rows.map((row) => `${row.id} ${row.source}->${row.target} ${row.type}`).sort()).toEqual(fixtureShape().edges);
    expect(rows.find((row) => row.id === 'r-met')!.evidence).toBe('Le Drian met Shoigu, "warmly",\nin Moscow & more.; They met again.');
    expect(csvField(null)).toBe('');
  });

  it('PLOVER JSON Lines: one event per relation with a PLOVER category, with its text and citation', () => {
    const lines = write('plover')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const expected = FIXTURE.edges.filter((edge) => edge.plover);
    expect(lines.map((line) => line.event_id)).toEqual(expected.map((edge) => edge.id));
    const met = lines.find((line) => line.event_id === 'r-met');
    expect(met).toMatchObject({
      event_date: '2015-12-21',
      event_type: 'CONSULT',
      actor: 'le-drian',
      actor_name: 'Jean-Yves Le Drian',
      recipient: 'shoigu',
      recipient_name: 'Sergei Shoigu',
      text: 'Le Drian met Shoigu, "warmly",\nin Moscow & more.',
      citation: { briefing_id: 'b-1', url: 'https://example.org/a?b=1&c=2', published: '2015-12-22' },
    });
    expect(met.sources).toHaveLength(2);
  });
});
