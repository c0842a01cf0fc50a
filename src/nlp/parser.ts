import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../config/env.js';
import { annotate } from './client.js';
import { PARSE_FORMAT_VERSION, parsedDocumentSchema, textHash, type ParsedDocument } from './document.js';
import { operativeNumbers } from './operative-paragraphs.js';
import { repairParse } from './repairs.js';
import { localNlpOptions, startLocalNlp } from './local/service.js';

/** Text (and the briefing's date, for relative dates) → its parse. */
export interface Parser {
  parse(text: string, docDate: string | null): Promise<ParsedDocument>;
}

const parseKey = (hash: string, docDate: string | null) => `${hash}-${docDate ?? 'undated'}`;

/** Reads a stored parse, refusing one of another format. */
export function readParse(file: string): ParsedDocument {
  const result = parsedDocumentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: not a stored parse of this format: ${result.error.message.slice(0, 200)}`);
  // parses stored before a repair of CoreNLP's readings get it on reading (the repair is idempotent)
  return repairParse(result.data);
}

/** Parses stored as files (tests/fixtures/parses/*.json), found by the hash of the text they are of. */
export class StoredParses {
  private readonly byKey = new Map<string, string>();

  constructor(readonly dir: string) {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const file = path.join(dir, f);
      const head = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; textHash?: string; docDate?: string | null };
      // a parse of another format (an older or newer release's cache) is stale: parsed again, never read wrongly
      if (head.textHash && head.format === PARSE_FORMAT_VERSION) this.byKey.set(parseKey(head.textHash, head.docDate ?? null), file);
    }
  }

  get(text: string, docDate: string | null): ParsedDocument | undefined {
    const file = this.byKey.get(parseKey(textHash(text), docDate));
    if (!file) return undefined;
    const doc = readParse(file);
    // a text whose operative paragraphs were read otherwise when it was parsed (or not at all) is parsed again
    const given = (doc.implicitSubjects ?? []).map((s) => s.start).join();
    return given ===
      operativeNumbers(text)
        .map((n) => n.start)
        .join()
      ? doc
      : undefined;
  }

  save(name: string, doc: ParsedDocument): string {
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(doc)}\n`);
    this.byKey.set(parseKey(doc.textHash, doc.docDate), file);
    return file;
  }
}

export interface ServiceParserOptions {
  /** Stored parses consulted before the service (the development fixtures). */
  stored?: StoredParses[];
  /** Keep every new parse in NLP_DIR/cache, so the same text is never parsed twice. */
  cache?: boolean;
  log?: (line: string) => void;
}

/**
 * The CoreNLP service NLP_URL names, or else the project's local one, started (detached, so later runs
 * find it warm) on the first text that needs it. Works with no graph running.
 */
export function serviceParser(env: Env, options: ServiceParserOptions = {}): Parser {
  let url: Promise<string> | null = null;
  const cache = options.cache ? new StoredParses(path.join(env.NLP_DIR, 'cache')) : null;
  const serviceUrl = () => {
    url ??= env.NLP_URL ? Promise.resolve(env.NLP_URL) : startLocalNlp(localNlpOptions(env, options.log), true).then((s) => s.url);
    return url;
  };
  return {
    async parse(text, docDate) {
      for (const store of options.stored ?? []) {
        const hit = store.get(text, docDate);
        if (hit) return hit;
      }
      const cached = cache?.get(text, docDate);
      if (cached) return cached;
      const doc = await annotate(text, docDate, { url: await serviceUrl(), timeoutMs: env.NLP_TIMEOUT_MS });
      cache?.save(parseKey(doc.textHash, docDate), doc);
      return doc;
    },
  };
}

/** Only stored parses: for unit tests and anything that must not reach a service. */
export function storedParser(...stores: StoredParses[]): Parser {
  return {
    async parse(text, docDate) {
      for (const store of stores) {
        const hit = store.get(text, docDate);
        if (hit) return hit;
      }
      throw new Error(
        `no stored parse for this text (sha256 ${textHash(text).slice(0, 12)}, date ${docDate ?? 'none'}) in ${stores.map((s) => s.dir).join(', ')}`,
      );
    },
  };
}

let defaultInstance: Parser | null = null;

/** The parser the product uses when the caller names none: the configured CoreNLP service, with the parse cache. */
export function defaultParser(env: Env, log?: (line: string) => void): Parser {
  defaultInstance ??= serviceParser(env, { cache: true, log: log ?? ((line) => process.stderr.write(`${line}\n`)) });
  return defaultInstance;
}
