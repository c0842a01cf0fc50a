import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import YAML from 'yaml';
import { schema } from '../../src/graphql/schema.js';
import { BriefingFileError } from '../../src/ingest/briefing-errors.js';
import { loadBriefingFile } from '../../src/ingest/parse-briefing.js';
import { ExtractionPool } from '../../src/review/extraction/extraction-pool.js';
import { openTestDatabase, SEED_BRIEFING_ID, uniquePrefix } from './support/graph.js';
import { generatedStrings, HOSTILE_STRINGS } from './support/hostile-strings.js';
import { startTestServer } from './support/http.js';
import { startToolingServer } from './support/tooling-server.js';

/**
 * Issue 8's fuzz test: hostile strings through EVERY string argument of the schema (found by
 * walking its fields, arguments and input fields, so a new argument is covered without a word here)
 * and every field of the briefing file format (JSON and YAML). Each value is either refused with a
 * named error (BAD_USER_INPUT or BAD_BRIEFING naming the argument or field) or taken as data: a
 * query answers, an ingest stores the value as sent (names trimmed) and changes the graph exactly
 * as the same briefing with plain values does; nothing else in the graph moves, and the server
 * keeps answering.
 */

const { db } = openTestDatabase();
const extraction = new ExtractionPool({ workers: 1, queue: 1_000, timeoutMs: 60_000, parser: { kind: 'surface' } });
// A long deadline: on a shared, loaded machine an ingest may wait; the test is about answers, not speed.
const server = await startTestServer(db, { extraction, requestTimeoutMs: 120_000 });
const folder = mkdtempSync(path.join(os.tmpdir(), 'diplograph-hostile-'));
// Every case's prefix, so that what the fuzz stored is removed at the end: hundreds of actors named alike would crowd
// the lists other test files read from the same store (sameAsSuggestions, briefings).
const casePrefixes: string[] = [];
const casePrefix = (label: string) => {
  const prefix = uniquePrefix(label);
  casePrefixes.push(prefix);
  return prefix;
};
afterAll(async () => {
  await db.driver.executeQuery(
    `MATCH (n)
     WHERE any(prefix IN $prefixes WHERE n.id STARTS WITH prefix OR n.briefingId STARTS WITH prefix OR n.subject STARTS WITH prefix
        OR EXISTS { (n)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH prefix })
     DETACH DELETE n`,
    { prefixes: casePrefixes },
    { database: db.name },
  );
  await server.stop();
  await extraction.close();
  await db.close();
  rmSync(folder, { recursive: true, force: true });
});

// ---- the schema's string arguments, found by walking it -------------------------------------------

/** Scalars that carry text from a client. */
const TEXT_SCALARS = new Set(['String', 'ID', 'Date']);

interface TypeNode {
  name?: string;
  /** The type as SDL writes it: "[ID!]", "BriefingInput!". */
  toString(): string;
  ofType?: TypeNode;
  constructor: { name: string };
  getFields?: () => Record<string, { name: string; type: TypeNode; args?: readonly ArgNode[] }>;
}
interface ArgNode {
  name: string;
  type: TypeNode;
  defaultValue?: unknown;
}

const named = (type: TypeNode): TypeNode => (type.ofType ? named(type.ofType) : type);
const isList = (type: TypeNode): boolean => type.constructor.name === 'GraphQLList' || (type.constructor.name === 'GraphQLNonNull' && isList(type.ofType!));
const isRequired = (arg: ArgNode) => arg.type.constructor.name === 'GraphQLNonNull' && arg.defaultValue === undefined;

/** One place a client can put a string: an argument, or a field inside an argument's input. */
interface Site {
  operation: 'query' | 'mutation' | 'subscription';
  owner: string;
  field: string;
  args: readonly ArgNode[];
  arg: ArgNode;
  /** Steps from the argument's value to the string: field names and list indexes. */
  steps: (string | number)[];
  scalar: string;
  /** How errors name it: "filter.actorIds.0", "input.actors.0.roles.0.title". */
  path: string;
}

function sitesOf(): Site[] {
  const roots = new Map<string, Site['operation']>([
    [schema.getQueryType()!.name, 'query'],
    [schema.getMutationType()!.name, 'mutation'],
    [schema.getSubscriptionType()!.name, 'subscription'],
  ]);
  const sites: Site[] = [];
  for (const type of Object.values(schema.getTypeMap()) as unknown as TypeNode[]) {
    if (type.constructor.name !== 'GraphQLObjectType' || type.name!.startsWith('__')) continue;
    for (const field of Object.values(type.getFields!())) {
      for (const arg of field.args ?? []) {
        const walk = (at: TypeNode, steps: (string | number)[], seen: readonly string[]) => {
          const here = isList(at) ? [...steps, 0] : steps;
          const base = named(at);
          if (TEXT_SCALARS.has(base.name!)) {
            sites.push({
              operation: roots.get(type.name!) ?? 'query',
              owner: type.name!,
              field: field.name,
              args: field.args!,
              arg,
              steps: here,
              scalar: base.name!,
              path: [arg.name, ...here].join('.'),
            });
          } else if (base.constructor.name === 'GraphQLInputObjectType' && !seen.includes(base.name!)) {
            for (const inner of Object.values(base.getFields!())) walk(inner.type, [...here, inner.name], [...seen, base.name!]);
          }
        };
        walk(arg.type, [], []);
      }
    }
  }
  return sites;
}

/** How a query reaches a type that is not a root: its fields' arguments are fuzzed through this. */
const ROUTES: Record<string, (inner: string) => string> = {
  Actor: (inner) => `actor(id: "russia") { ${inner} }`,
};

/** Values for the other required arguments of a field (a valid call apart from the fuzzed value). */
const REQUIRED = (prefix: string): Record<string, unknown> => ({
  query: 'russia',
  actorId: 'russia',
  fromId: 'russia',
  toId: 'turkey',
  a: 'russia',
  b: 'turkey',
  type: 'MET',
  // A merge with one side unknown merges nothing: the survivor is checked first, so a fuzzed
  // absorbedId meets a survivor that exists, and a fuzzed survivorId is refused before its partner.
  survivorId: 'russia',
  absorbedId: `${prefix}-nobody`,
});

// ---- the values an argument is built from ---------------------------------------------------------

/** A briefing that uses every field of the format once, all this case's own (ids, names, QID). */
function baseBriefing(prefix: string, qid: string) {
  const roleQuote = 'Ana Fuzz, envoy of Fuzzland, spoke.';
  const relationQuote = 'Ana Fuzz served as special envoy to Fuzzland.';
  return {
    briefing: {
      id: `${prefix}-b`,
      title: 'Fuzz briefing',
      url: 'https://news.test/fuzz',
      source: 'Fuzz Wire',
      publishedAt: '2024-06-01',
      text: null as string | null,
    },
    actors: [
      {
        id: `${prefix}-a`,
        name: 'Ana Fuzz',
        kind: 'PERSON',
        aliases: ['Ana F.'],
        roles: [
          {
            title: 'Envoy',
            of: `${prefix}-c`,
            from: '2020',
            to: '2023-05',
            evidence: { quote: roleQuote, speaker: `${prefix}-a`, extractor: 'fuzz-annotator' },
          },
        ],
        externalIds: { wikidata: qid },
      },
      { id: `${prefix}-c`, name: 'Fuzzland', kind: 'STATE', aliases: [] as string[] },
    ],
    relations: [
      {
        source: `${prefix}-a`,
        type: 'AFFILIATED_WITH',
        target: `${prefix}-c`,
        date: '2021-02',
        title: 'Special envoy',
        from: '2021',
        to: '2022',
        evidence: { quote: relationQuote, speaker: `${prefix}-a`, extractor: 'fuzz-annotator' },
      },
    ],
    annotator: 'fuzz-annotator',
  };
}

const baseText = (prefix: string) => ({
  id: `${prefix}-t`,
  text: 'the talks resumed after a long pause.',
  publishedAt: '2024-06-02',
  title: 'Fuzz text',
  url: 'https://news.test/text',
  source: 'Fuzz Wire',
});

let qidCounter = 0;
/** A Wikidata QID no other case (and no seed actor) uses: actors are matched across briefings by it. */
const freshQid = () => `Q9${process.pid}${Date.now() % 1_000_000}${(qidCounter += 1)}`;

function baseArgument(site: Site, prefix: string): unknown {
  switch (named(site.arg.type).name) {
    case 'BriefingInput':
      return baseBriefing(prefix, freshQid());
    case 'BriefingTextInput':
      return baseText(prefix);
    default:
      return isList(site.arg.type) ? [] : named(site.arg.type).getFields ? {} : undefined;
  }
}

/**
 * Puts `value` at the site inside `root.value` (an argument's value). In an input, an id replaced is
 * replaced wherever the input refers to it (a relation's source, a role's `of`), so the input stays
 * consistent; the briefing's text is the value followed by the quotes, which must occur in it.
 * Returns every path where the string now is, and the string placed at the site.
 */
function placeInto(root: { value: any }, site: Site, value: string): { at: string[]; placed: string } {
  if (site.steps.length === 0) {
    root.value = value;
    return { at: [site.path], placed: value };
  }
  let holder: any = root;
  let key: string | number = 'value';
  for (const step of site.steps) {
    holder[key] ??= typeof step === 'number' ? [] : {};
    holder = holder[key];
    key = step;
  }
  const old = holder[key] as unknown;
  let placed = value;
  if (site.path === 'input.briefing.text') {
    const quotes: string[] = [];
    JSON.stringify(root.value, (name, item: unknown) => (name === 'quote' && typeof item === 'string' ? (quotes.push(item), item) : item));
    placed = [value, ...quotes].join('\n');
  }
  holder[key] = placed;
  const at = [site.path];
  if (site.scalar === 'ID' && typeof old === 'string') {
    const replace = (node: any, trail: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [name, item] of Object.entries(node)) {
        if (item === old) {
          node[name] = value;
          at.push(`${trail}.${name}`);
        } else replace(item, `${trail}.${name}`);
      }
    };
    replace(root.value, site.arg.name);
  }
  return { at: [...new Set(at)], placed };
}

/** The argument's value for one case: its plain value with `value` at the site. */
function place(site: Site, prefix: string, value: string): { argument: unknown; at: string[]; placed: string } {
  const root = { value: baseArgument(site, prefix) };
  const { at, placed } = placeInto(root, site, value);
  return { argument: root.value, at, placed };
}

function operationFor(site: Site, prefix: string, argument: unknown): { query: string; variables: Record<string, unknown> } {
  const required = REQUIRED(prefix);
  const given = site.args.filter((arg) => arg === site.arg || isRequired(arg));
  const variables = Object.fromEntries(given.map((arg) => [arg.name, arg === site.arg ? argument : required[arg.name]]));
  for (const arg of given)
    if (variables[arg.name] === undefined) throw new Error(`add a valid value for required argument ${site.field}(${arg.name}:) to REQUIRED`);
  const selection = `${site.field}(${given.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) { __typename }`;
  let body = selection;
  if (site.owner !== schema.getQueryType()!.name && site.owner !== schema.getMutationType()!.name && site.owner !== schema.getSubscriptionType()!.name) {
    const route = ROUTES[site.owner];
    if (!route) throw new Error(`add a route to ${site.owner} in ROUTES so its arguments are fuzzed`);
    body = route(selection);
  }
  const declarations = given.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  return { query: `${site.operation} Fuzz(${declarations}) { ${body} }`, variables };
}

// ---- what counts as a named refusal ---------------------------------------------------------------

interface ErrorBody {
  message: string;
  extensions?: { code?: string; argument?: string; problems?: { path: string }[] };
}

/** A refusal names the site: the argument path, a briefing problem's path, or the variable coercion's path. */
function namesSite(error: ErrorBody, site: Site, at: readonly string[]): boolean {
  const extensions = error.extensions ?? {};
  if (extensions.argument !== undefined) return at.includes(extensions.argument);
  if (extensions.problems) return extensions.problems.some((problem) => at.includes(`${site.arg.name}.${problem.path}`));
  // graphql-js's variable coercion: 'Variable "$filter" got invalid value … at "filter.since"; …'.
  return error.message.includes(`"$${site.arg.name}"`) && (site.steps.length === 0 || at.some((where) => error.message.includes(`at "${where}"`)));
}

const REFUSAL_CODES = new Set(['BAD_USER_INPUT', 'BAD_BRIEFING']);

function expectNamedRefusal(errors: readonly ErrorBody[], site: Site, at: readonly string[], what: string): void {
  for (const error of errors) {
    expect(REFUSAL_CODES.has(error.extensions?.code ?? ''), `${what}: refused with ${error.extensions?.code}: ${error.message.slice(0, 300)}`).toBe(true);
    expect(namesSite(error, site, at), `${what}: the refusal does not name ${at.join(' or ')}: ${JSON.stringify(error).slice(0, 400)}`).toBe(true);
  }
}

// ---- the graph a case wrote -----------------------------------------------------------------------

interface Element {
  kind: string;
  properties: Record<string, unknown>;
}

/** Every node of a case (its id, briefing id or audit subject carries the prefix, or it is evidence FROM its briefing) and every relationship among them. */
async function dumpCase(prefix: string): Promise<Element[]> {
  const result = await db.driver.executeQuery(
    `MATCH (n)
     WHERE n.id STARTS WITH $prefix OR n.briefingId STARTS WITH $prefix OR n.subject STARTS WITH $prefix
        OR EXISTS { (n)-[:FROM]->(b:Briefing) WHERE b.id STARTS WITH $prefix }
     WITH collect(n) AS nodes
     UNWIND nodes AS n
     OPTIONAL MATCH (n)-[r]->(m) WHERE m IN nodes
     WITH n, collect(r) AS out
     RETURN [{kind: reduce(s = '', l IN labels(n) | s + ':' + l), properties: properties(n)}] +
            [r IN out | {kind: '-' + type(r), properties: properties(r)}] AS elements`,
    { prefix },
    { database: db.name },
  );
  return result.records.flatMap((record) => record.get('elements') as Element[]);
}

/** The elements' kinds and property names: what a briefing made, whatever its values. */
const shapeOf = (elements: readonly Element[]) => elements.map((element) => `${element.kind}{${Object.keys(element.properties).sort().join(',')}}`).sort();

/** A value for a failure message: its JSON, cut short (undefined has none). */
const show = (value: unknown) => ((JSON.stringify(value) as string | undefined) ?? 'undefined').slice(0, 80);

const holds = (stored: unknown, sent: string) =>
  Array.isArray(stored) ? stored.includes(sent) || stored.includes(sent.trim()) : stored === sent || stored === sent.trim();

/** Where each marker of a plain briefing was stored: element kind and property. */
function whereStored(elements: readonly Element[], sent: string): string[] {
  return elements.flatMap((element) => Object.entries(element.properties).flatMap(([key, stored]) => (holds(stored, sent) ? [`${element.kind}.${key}`] : [])));
}

/** What the seed's briefing holds: nothing a fuzzed value did may change it. */
async function seedFingerprint(): Promise<unknown> {
  const result = await db.driver.executeQuery(
    `MATCH (b:Briefing {id: $id})
     RETURN b.title AS title, b.text AS text, COUNT { (:Evidence)-[:FROM]->(b) } AS evidence,
            [(b)-[:MENTIONS]->(a:Actor) | a.id + ' ' + a.name + ' ' + a.kind] AS actors`,
    { id: SEED_BRIEFING_ID },
    { database: db.name },
  );
  const row = result.records[0]!.toObject();
  return { ...row, evidence: Number(row.evidence), actors: (row.actors as string[]).sort() };
}

// ---- running cases --------------------------------------------------------------------------------

const INGEST_FIELDS = 'briefingStatus briefing { id title url source text }';

async function send(site: Site, prefix: string, argument: unknown) {
  const { query, variables } = operationFor(site, prefix, argument);
  const selection = site.field === 'ingestBriefing' || site.field === 'ingestBriefingText' ? INGEST_FIELDS : '__typename';
  return server.post(query.replace('{ __typename }', `{ ${selection} }`), variables);
}

/** Runs `work` over `items`, `width` at a time. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const sites = sitesOf();
/**
 * Each site gets a third of the corpus (the strings whose index matches the site's, modulo 3),
 * so every argument meets hostile strings of many kinds and every string meets a third of the
 * arguments, in seconds rather than minutes.
 */
const SHARE = 3;
const casesFor = (selected: readonly Site[]) =>
  selected.flatMap((site, siteIndex) => HOSTILE_STRINGS.filter((_, index) => index % SHARE === siteIndex % SHARE).map((hostile) => ({ site, hostile })));
/** The test's own bound: generous, for a shared machine under load. */
const FUZZ_TIMEOUT_MS = 300_000;
const siteList = (operation: Site['operation'], field?: string) =>
  sites.filter((site) => site.operation === operation && (field === undefined || site.field === field));
let seedBefore: unknown;
beforeAll(async () => {
  seedBefore = await seedFingerprint();
});

describe('hostile strings through every string argument', () => {
  it('finds the schema’s string arguments by walking it (a new one is fuzzed without a change here)', () => {
    const paths = sites.map((site) => `${site.owner}.${site.field}(${site.path})`);
    // A few the walk must find, in queries, nested fields, inputs of mutations and subscriptions.
    for (const expected of [
      'Query.relations(filter.text)',
      'Query.paths(excludeActorIds.0)',
      'Actor.relations(since)',
      'Mutation.ingestBriefing(input.actors.0.roles.0.evidence.quote)',
      'Mutation.ingestBriefingText(input.text)',
      'Subscription.relationIngested(actorIds.0)',
    ])
      expect(paths).toContain(expected);
    expect(sites.length).toBeGreaterThan(80);
  });

  it(
    'queries: each value is answered as data or refused naming its argument',
    async () => {
      const cases = casesFor(siteList('query'));
      const prefix = casePrefix('fuzzq');
      await inPool(cases, 4, async ({ site, hostile }) => {
        const value = hostile.value(prefix);
        const { argument, at } = place(site, prefix, value);
        const response = await send(site, prefix, argument);
        const what = `${site.owner}.${site.field}(${site.path}) ← ${hostile.label}`;
        expect(response.status, `${what}: HTTP ${response.status} ${response.text.slice(0, 200)}`).toBeLessThan(500);
        if (response.body.errors) expectNamedRefusal(response.body.errors, site, at, what);
        else expect(response.body.data, what).toBeTruthy();
      });
      // Strings drawn by fast-check, seeded and bounded, through arguments drawn the same way.
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...siteList('query')), generatedStrings, async (site, value) => {
          const { argument, at } = place(site, prefix, value);
          const response = await send(site, prefix, argument);
          expect(response.status).toBeLessThan(500);
          if (response.body.errors) expectNamedRefusal(response.body.errors, site, at, `${site.field}(${site.path}) ← ${JSON.stringify(value)}`);
        }),
        { seed: 8, numRuns: 40 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'subscriptions: each value opens the subscription or is refused naming its argument',
    async () => {
      const live = await startToolingServer(db);
      const client = createClient({ url: `${live.url.replace(/^http/, 'ws')}graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
      try {
        const prefix = casePrefix('fuzzs');
        for (const site of siteList('subscription')) {
          for (const hostile of HOSTILE_STRINGS) {
            const { argument, at } = place(site, prefix, hostile.value(prefix));
            const { query, variables } = operationFor(site, prefix, argument);
            const errors: ErrorBody[][] = [];
            const stop = client.subscribe(
              { query, variables },
              { next: () => undefined, error: (error) => errors.push(error as ErrorBody[]), complete: () => undefined },
            );
            // Messages on one socket are answered in order: once a query is answered, the subscription was decided.
            await new Promise<void>((resolve) =>
              client.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => resolve(), complete: () => resolve() }),
            );
            stop();
            for (const refusal of errors) expectNamedRefusal(refusal, site, at, `${site.field}(${site.path}) ← ${hostile.label}`);
          }
        }
      } finally {
        await client.dispose();
        await live.stop();
      }
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'mutations: each value is refused naming its field, or stored as sent, changing the graph only by that data',
    async () => {
      // The same briefing with plain values: what a briefing makes (without and with a text)…
      const ingestSites = siteList('mutation', 'ingestBriefing');
      const INGEST = `mutation($input: BriefingInput!) { ingestBriefing(input: $input) { briefingStatus } }`;
      const plainPrefix = casePrefix('fuzzplain');
      expect((await server.post(INGEST, { input: baseBriefing(plainPrefix, freshQid()) })).body.errors).toBeUndefined();
      const plainShape = shapeOf(await dumpCase(plainPrefix));
      // …and with a marker in every free-text field (the text last: it holds the quotes): where each field is stored.
      const markerPrefix = casePrefix('fuzzmark');
      const marked = { value: baseBriefing(markerPrefix, freshQid()) as unknown };
      const markers = new Map<Site, string>();
      const textSites = ingestSites.filter((site) => site.scalar === 'String' && !/(^|\.)(url|date|from|to|wikidata)$/.test(site.path));
      for (const [index, site] of [
        ...textSites.filter((site) => site.path !== 'input.briefing.text'),
        ...textSites.filter((site) => site.path === 'input.briefing.text'),
      ].entries()) {
        markers.set(site, placeInto(marked, site, `Marker${index}zq`).placed);
      }
      expect((await server.post(INGEST, { input: marked.value })).body.errors).toBeUndefined();
      const markedDump = await dumpCase(markerPrefix);
      const textShape = shapeOf(markedDump);
      const stored = new Map([...markers].map(([site, marker]) => [site, whereStored(markedDump, marker)]));
      for (const [site, where] of stored) expect(where, `where ${site.path} is stored`).not.toEqual([]);

      const refusedPrefixes: string[] = [];
      const cases = casesFor(siteList('mutation'));
      await inPool(cases, 3, async ({ site, hostile }) => {
        const prefix = casePrefix('fuzzm');
        const value = hostile.value(prefix);
        const { argument, at, placed } = place(site, prefix, value);
        const response = await send(site, prefix, argument);
        const what = `${site.field}(${site.path}) ← ${hostile.label}`;
        expect(response.status, `${what}: HTTP ${response.status} ${response.text.slice(0, 200)}`).toBeLessThan(500);
        if (response.body.errors) {
          expectNamedRefusal(response.body.errors, site, at, what);
          refusedPrefixes.push(prefix);
          return;
        }
        const result = response.body.data[site.field];
        expect(result.briefingStatus, what).toBe('CREATED');
        if (site.field === 'ingestBriefingText') {
          // The briefing's own fields, as sent (the extractor's facts are derived from the text).
          const field = site.steps.at(-1) as string;
          if (['text', 'title', 'url', 'source'].includes(field))
            expect(holds(result.briefing[field], placed), `${what}: stored ${show(result.briefing[field])}`).toBe(true);
          if (field === 'id') expect(result.briefing.id).toBe(placed);
          return;
        }
        const written = await dumpCase(prefix);
        // Exactly what the plain briefing made: the same nodes and relationships, with the same properties…
        expect(shapeOf(written), `${what}: the graph changed by more than the data`).toEqual(site.path === 'input.briefing.text' ? textShape : plainShape);
        // …and the value where the field is stored, as sent.
        for (const where of stored.get(site) ?? []) {
          const [kind, key] = [where.slice(0, where.lastIndexOf('.')), where.slice(where.lastIndexOf('.') + 1)];
          expect(
            written.some((element) => element.kind === kind && holds(element.properties[key], placed)),
            `${what}: ${where} does not hold the value as sent`,
          ).toBe(true);
        }
        expect(whereStored(written, placed), `${what}: the value is stored nowhere as sent`).not.toEqual([]);
      });

      // A refused value wrote nothing; the seed is as it was.
      const leftovers = await db.driver.executeQuery(
        'UNWIND $prefixes AS prefix MATCH (n) WHERE n.id STARTS WITH prefix OR n.subject STARTS WITH prefix RETURN count(n) AS n',
        { prefixes: refusedPrefixes },
        { database: db.name },
      );
      expect(Number(leftovers.records[0]!.get('n'))).toBe(0);
      expect(refusedPrefixes.length).toBeGreaterThan(0);
      expect(await seedFingerprint()).toEqual(seedBefore);
      // And the server still answers.
      expect((await server.post('{ actor(id: "russia") { name } }')).body.data.actor.name).toBe('Russia');
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('hostile strings through every field of a briefing file (JSON and YAML)', () => {
  it(
    'each value is refused naming its field, or read as sent',
    async () => {
      const prefix = casePrefix('fuzzfile');
      const fileSites = siteList('mutation', 'ingestBriefing');
      let count = 0;
      for (const site of fileSites) {
        for (const hostile of HOSTILE_STRINGS) {
          const { argument, at, placed } = place(site, prefix, hostile.value(prefix));
          const fieldPath = site.steps.join('.');
          for (const [extension, text] of [
            ['json', JSON.stringify(argument)],
            ['yaml', YAML.stringify(argument)],
          ] as const) {
            const file = path.join(folder, `case-${(count += 1)}.${extension}`);
            writeFileSync(file, text);
            const what = `${fieldPath} ← ${hostile.label} (${extension})`;
            try {
              const read = await loadBriefingFile(file);
              let value: unknown = read;
              for (const step of site.steps) value = (value as Record<string | number, unknown>)[step];
              expect(holds(value, placed), `${what}: read ${show(value)}`).toBe(true);
            } catch (error) {
              expect(error, what).toBeInstanceOf(BriefingFileError);
              const problems = (error as BriefingFileError).problems;
              expect(
                problems.some((problem) => at.includes(`${site.arg.name}.${problem.path}`)),
                `${what}: ${(error as Error).message.slice(0, 300)}`,
              ).toBe(true);
            }
          }
        }
      }
      // textFile, a field of files only: a hostile path is refused naming it.
      for (const hostile of HOSTILE_STRINGS) {
        const file = path.join(folder, `textfile-${(count += 1)}.json`);
        const briefing = baseBriefing(prefix, 'Q1');
        writeFileSync(file, JSON.stringify({ ...briefing, briefing: { ...briefing.briefing, text: undefined, textFile: hostile.value(prefix) } }));
        await expect(loadBriefingFile(file), hostile.label).rejects.toMatchObject({ problems: [{ path: 'briefing.textFile' }] });
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});
