import type { ActorKind } from '../vocabulary/actor-kinds.js';
import { editDistance } from '../text/edit-distance.js';
import { foldName, slugify } from '../text/fold.js';
import type { Rules } from './rules.js';

/** An actor the caller already knows (the graph's), matched by folded name or alias, or fuzzily. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

export interface DraftRole {
  title: string;
  of: Actor | null;
  sentence: number;
}

export interface Actor {
  key: number;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  roles: DraftRole[];
  /** Emitted in the draft: persons and bodies always, states only when they act, are served or are named. */
  active: boolean;
  knownId: string | null;
  /** For persons from the gazetteer: the state served, to name its government. */
  state: string | null;
  /** Matched to a known actor only approximately. */
  fuzzy: boolean;
  mergedInto: Actor | null;
}

/** How far two folded names may differ and still be taken for one: none under 5 letters. */
const fuzzyLimit = (length: number) => (length < 5 ? 0 : length < 9 ? 1 : 2);

/** The actor a merge left standing for this one (itself when never merged). */
export function resolveMerged(actor: Actor): Actor {
  let a = actor;
  while (a.mergedInto) a = a.mergedInto;
  return a;
}

export class ActorRegistry {
  readonly actors: Actor[] = [];
  private readonly index = new Map<string, Actor>();
  private readonly surnames = new Map<string, Actor[]>();

  constructor(
    private readonly rules: Rules,
    known: readonly KnownActor[] = [],
  ) {
    for (const k of known) {
      const actor = this.create(k.name, k.kind, k.aliases, { knownId: k.id, active: false });
      actor.active = false;
    }
  }

  resolve(actor: Actor): Actor {
    return resolveMerged(actor);
  }

  find(name: string): Actor | undefined {
    const folded = nameKey(name);
    const hit = this.index.get(folded);
    if (hit) return this.resolve(hit);
    // "al-Burhan", "el-Sisi": the surname with its article, which surnames are kept without
    const namesakes = this.personsBySurname(SURNAME_ARTICLE.test(name) ? name.replace(SURNAME_ARTICLE, '') : folded);
    return namesakes.length === 1 ? namesakes[0] : undefined;
  }

  /** Every distinct person known by this surname (empty when none). */
  personsBySurname(name: string): Actor[] {
    const list = this.surnames.get(nameKey(name));
    // most words are nobody's surname: no set to build for them
    if (!list) return [];
    return [...new Set(list.map((a) => this.resolve(a)))];
  }

  /**
   * The one person the text names in full whose given name is this word ("Isaias" for Isaias Afwerki, "Somchai" for
   * Somchai Wongsawat), undefined when none or several: Ethiopians, Eritreans, Thais and Icelanders go by their given
   * name. Only persons the text itself named (not the graph's, whose short names are their aliases), and never a word
   * that is someone's surname.
   */
  personByGivenName(word: string): Actor | undefined {
    const folded = foldName(word);
    if (this.personsBySurname(folded).length) return undefined;
    const found = new Set<Actor>();
    for (const actor of this.actors) {
      if (actor.mergedInto || actor.kind !== 'PERSON' || actor.knownId) continue;
      const words = nameWordsPastTitles(actor.name, this.rules);
      if (words.length >= 2 && words[0] === folded) found.add(actor);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** Of the persons sharing a surname, the one registered first (undefined when none). */
  firstBySurname(name: string): Actor | undefined {
    const list = this.surnames.get(nameKey(name));
    return list?.length ? this.resolve(list[0]!) : undefined;
  }

  /** A known actor whose name, alias or (for persons) surname is within a small edit distance. */
  findFuzzy(name: string, kind: ActorKind, knownOnly = false): Actor | undefined {
    const folded = nameKey(name);
    const limit = fuzzyLimit(folded.length);
    if (limit === 0) return undefined;
    let best: { actor: Actor; distance: number } | undefined;
    for (const actor of this.actors) {
      if (knownOnly && !actor.knownId) continue;
      if (actor.mergedInto || (actor.kind !== kind && !(kind !== 'PERSON' && actor.kind !== 'PERSON'))) continue;
      const surname = actor.kind === 'PERSON' ? surnameOf(actor.name, this.rules) : null;
      for (const candidate of [actor.name, ...actor.aliases, ...(surname ? [surname] : [])]) {
        const d = editDistance(folded, nameKey(candidate), limit);
        if (d <= limit && (!best || d < best.distance)) best = { actor, distance: d };
      }
    }
    return best?.actor;
  }

  create(name: string, kind: ActorKind, aliases: readonly string[] = [], options: { knownId?: string; active?: boolean; state?: string | null } = {}): Actor {
    const actor: Actor = {
      key: this.actors.length,
      name,
      kind,
      aliases: new Set(),
      roles: [],
      active: options.active ?? kind !== 'STATE',
      knownId: options.knownId ?? null,
      state: options.state ?? null,
      fuzzy: false,
      mergedInto: null,
    };
    this.actors.push(actor);
    this.indexName(actor, name);
    for (const alias of aliases) this.addAlias(actor, alias, false);
    return actor;
  }

  /** Finds an actor by name (exactly, then fuzzily among same-kind actors), or creates it. */
  getOrCreate(name: string, kind: ActorKind, aliases: readonly string[] = [], state: string | null = null): Actor {
    const found = this.find(name) ?? this.findFuzzy(name, kind);
    if (found) {
      if (foldName(found.name) !== foldName(name)) {
        if (!this.index.has(nameKey(name))) found.fuzzy = true;
        this.addAlias(found, name);
      }
      for (const alias of aliases) this.addAlias(found, alias, false);
      if (state && !found.state) found.state = state;
      return found;
    }
    return this.create(name, kind, aliases, { state });
  }

  /** The state actor named in the rules (created on first use, inactive until it acts). */
  state(name: string): Actor {
    const existing = this.find(name);
    if (existing && existing.kind === 'STATE') return existing;
    const info = this.rules.states.get(name);
    const actor = this.create(name, 'STATE', []);
    if (info) for (const alias of info.aliases) this.indexName(actor, alias);
    return actor;
  }

  /** Adds an alias; `show` false keeps it for lookup only (not written in the draft). */
  addAlias(actor: Actor, alias: string, show = true): void {
    const a = this.resolve(actor);
    const clean = alias.replace(/^the /i, '').trim();
    if (!clean) return;
    if (show && foldName(clean) !== foldName(a.name)) a.aliases.add(clean);
    this.indexName(a, clean);
  }

  /**
   * Gives an actor the name a better reading found ("George" → "George W. Bush"), and the kind when given; the old
   * name still finds it but is not written. When another actor already bears the new name, the two become one.
   */
  rename(actor: Actor, name: string, kind?: ActorKind): Actor {
    const a = this.resolve(actor);
    const holder = this.index.get(nameKey(name));
    const old = a.name;
    a.name = name;
    if (kind) a.kind = kind;
    a.aliases.delete(name);
    this.indexName(a, name);
    this.indexName(a, old);
    const other = holder ? this.resolve(holder) : undefined;
    return other && other !== a && other.kind === a.kind ? this.merge(a, other) : a;
  }

  merge(from: Actor, into: Actor): Actor {
    const a = this.resolve(from);
    const b = this.resolve(into);
    if (a === b) return b;
    a.mergedInto = b;
    b.active = b.active || a.active;
    if (!b.knownId && a.knownId) b.knownId = a.knownId;
    this.addAlias(b, a.name);
    for (const alias of a.aliases) this.addAlias(b, alias);
    for (const role of a.roles) b.roles.push(role);
    return b;
  }

  private indexName(actor: Actor, name: string) {
    const folded = nameKey(name);
    if (!folded) return;
    if (!this.index.has(folded)) this.index.set(folded, actor);
    if (actor.kind === 'PERSON') {
      // "Tayyip Erdogan" for "Recep Tayyip Erdoğan": the trailing two or more words of a longer name
      const words = folded.split(' ');
      for (let i = 1; i <= words.length - 2; i += 1) {
        const tail = words.slice(i).join(' ');
        if (!this.index.has(tail)) this.index.set(tail, actor);
      }
      const surname = surnameOf(name, this.rules);
      // "Kim Jong Un" → "Kim", "Lee Hsien Loong" → "Lee": East Asian names put the family name first
      const first = folded.split(' ')[0] ?? '';
      const family = words.length >= 2 && this.rules.cues.sets.familyNameFirst.has(first) ? first : null;
      // "Patrick Muyaya Katembwe" → "Muyaya", "Luiz Inacio Lula da Silva" → "Lula": a three-part name's middle word may be
      // the name it goes by (Congolese, Spanish and Portuguese usage), when it is no particle
      // (only for persons the text names, not the graph's: a known name's given words would shadow other persons' names)
      const middle = family || actor.knownId ? null : middleNameOf(name, surname, this.rules);
      for (const key of new Set([surname, family, middle])) {
        if (!key || key === folded) continue;
        const list = this.surnames.get(key) ?? [];
        if (!list.includes(actor)) list.push(actor);
        this.surnames.set(key, list);
      }
    }
  }

  /** Stable, unique ids: known ids kept, others slugified from the name. */
  assignIds(): Map<Actor, string> {
    const ids = new Map<Actor, string>();
    const used = new Set<string>();
    for (const actor of this.actors) {
      if (actor.mergedInto || !actor.knownId) continue;
      ids.set(actor, actor.knownId);
      used.add(actor.knownId);
    }
    for (const actor of this.actors) {
      if (actor.mergedInto || ids.has(actor)) continue;
      const base = slugify(actor.name) || `actor-${actor.key}`;
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
      used.add(id);
      ids.set(actor, id);
    }
    return ids;
  }
}

/** A name as the registry indexes it: folded, without a leading "the" (as `replace(/^the /, '')`, without the pattern, for the many lookups). */
function nameKey(name: string): string {
  const folded = foldName(name);
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

const PATRONYMICS = new Set(['bin', 'ibn', 'bint', 'ould', 'ag', 'ben']);
/** Words of descent put before a name ("Seyed Ali Khamenei"), after which the middle word is the given name. */
const LINEAGE_TITLES = new Set(['seyed', 'sayyid', 'sayed', 'syed']);

/** A person's name as folded words, past the honorifics and inner titles before it ("Sir", "Sheikh"; and any `more` given). */
function nameWordsPastTitles(name: string, rules: Rules, more: ReadonlySet<string> = new Set()): string[] {
  const words = foldName(name).split(' ');
  const { honorifics, innerTitles } = rules.cues.sets;
  while (words.length && (honorifics.has(words[0]!) || innerTitles.has(words[0]!) || more.has(words[0]!))) words.shift();
  return words;
}

/** The word before a three-or-more-word person name's surname, which may be the name it goes by; null when it is the first word or a particle. */
function middleNameOf(name: string, surname: string | null, rules: Rules): string | null {
  // "Ayatollah Ali Khamenei", "Sir Julius Chan": after an honorific, the middle word is the given name
  const words = nameWordsPastTitles(name, rules, LINEAGE_TITLES);
  // "Khalifa bin Hamad Al Thani": after a patronymic the middle word is the father's name
  if (!surname || words.length < 3 || words.some((w) => PATRONYMICS.has(w))) return null;
  // "Jean-Jacques Gaillard": a hyphenated given name is one name, whose second part is nobody's name alone ("Jacques
  // Chirac" is someone else)
  if (name.trim().split(/\s+/).length < 3) return null;
  // a name of more than four words is no person's own ("Foreign Trade and Economic Cooperation Shi Guangsheng", a title run on)
  if (words.filter((w) => !rules.cues.sets.particles.has(w)).length > 4) return null;
  const before = words.length - surname.split(' ').length - 1;
  const word = words[before];
  // nor is a family name that goes first ("Shi" of a Chinese name) anyone's middle name
  if (before < 1 || !word || word.length < 3 || rules.cues.sets.particles.has(word) || rules.cues.sets.familyNameFirst.has(word)) return null;
  return word;
}

/** "Jean-Yves Le Drian" → "le drian"; "Bashar al-Assad" → "assad"; "Sergei Shoigu" → "shoigu". */
/** The Arabic article a surname is written with ("al-Assad", "el-Sisi"), which its key leaves out. */
const SURNAME_ARTICLE = /^(al|el|ad|as|ash|an)-/i;

export function surnameOf(name: string, rules: Rules): string | null {
  const words = name.trim().split(/\s+/);
  // "Ferdinand Marcos Jr" → "marcos": a generational suffix is no surname
  while (words.length > 2 && rules.cues.sets.nameSuffixes.has(words.at(-1)!.toLowerCase().replace(/\.$/, ''))) words.pop();
  if (words.length < 2) return null;
  let i = words.length - 1;
  while (i > 1 && rules.cues.sets.particles.has(words[i - 1]!.toLowerCase())) i -= 1;
  const surname = words.slice(i).join(' ');
  return foldName(surname.replace(SURNAME_ARTICLE, '')) || null;
}
