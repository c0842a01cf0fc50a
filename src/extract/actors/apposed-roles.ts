import type { Actor, ActorRegistry } from '../actors.js';
import type { Sentence } from '../segment.js';
import type { ActorSpan } from '../structure/actor-spans.js';
import { addRole, loadRoles } from './parse-roles.js';

/**
 * Roles told in the text's own words beside a name, for the sentences whose parse hides them (src/extract/actors/
 * parse-roles.ts reads the rest): "Mr John Hume, leader of the Social Democratic and Labour Party, welcomed …"
 * (CoreNLP made the party the verb's subject), "Gholamreza Aghazadeh, the head of the Atomic Energy Organisation of
 * Iran", "Al Jazeera's acting director-general, Mostefa Souag", "the chairman of the AU Commission, Alpha Oumar
 * Konaré", "Raul Reyes, the Revolutionary Armed Forces of Colombia's second-in-command", "Labour leader Tony Blair",
 * "Labour's Andy Burnham", "the Democratic Revolutionary Council (CDR), led by Acheikh Ibn Oumar". The person's name and
 * the body's touch the role phrase on either side, with nothing else between them; the role noun is one of
 * rules/roles.json 'roleNouns', after at most three words of its title ("acting", "deputy secretary"), and a body "led",
 * "headed" or "chaired by" someone takes the title of its 'leadVerbs'. Only bodies (not states, whose roles are titles:
 * docs/annotating.md), and only for a person who holds no role in a body or state yet, except a body's leader by a verb
 * (a head of state may lead a bloc's mediation). On the development briefings (0.47.0 round) the readings of that round
 * added 29 roles, 24 of them affiliations the gold states (most of the other five true, unannotated), and lost one wrong.
 * Since 0.48.0 what a title is "of the" is a body even where its name was first read as a person's ("the president of
 * the Frente Amplio, General Líber Seregni", "the Chairman of the State Duma, Boris Gryzlov"): 5 roles more, 3 stated.
 * Since 0.49.0 a body named by its leader ("the FNLA of Holden Roberto", "the UNITA rebels of Jonas Savimbi") gives him
 * its lead: 3 roles more on the development briefings, all stated by the gold.
 */

const BODY_KINDS = new Set<Actor['kind']>(['ORGANIZATION', 'ARMED_GROUP', 'MEDIA']);
/** Words that end a title or make the phrase no title: "the Prime Minister and Minister of", "statement of the spokesman". */
const NOT_TITLE_WORD = String.raw`(?!(?:and|or|the|a|an|of|with|together|as|by|to|in|on|for|at|from|his|her|its|their|who|which|was|is|said|told|asked|statement)\b)`;
/** Up to three words of a title before its noun, then the noun: "acting director-general", "political leader". */
const TITLE = String.raw`((?:${NOT_TITLE_WORD}[A-Za-z][\w-]*\s+){0,3}?(${NOT_TITLE_WORD}[A-Za-z][\w-]*))`;
/** "<person>, the leader of the <body>": the text between the two names. */
const PERSON_THEN_BODY = new RegExp(String.raw`^,\s+(?:the\s+|its\s+)?${TITLE}\s+(?:of|for|at)\s+(?:the\s+)?$`);
/** "<person>, the <body>'s second-in-command": the text between the two names, then the text after the body. */
const PERSON_THEN_OWNER = /^,\s+(?:the\s+)?$/;
const OWNED_TITLE = new RegExp(String.raw`^['’]s?\s+${TITLE}(?=\s*[,;.)]|\s+(?:who|and|since)\b)`);
/** "<body>, led by <person>", "<body> (CDR), headed by <person>": the lead verb's participle between the two. */
const BODY_LED_BY_PERSON = /^(?:\s*\([^()]*\))?,?\s+(\w+)\s+by\s+$/;
/**
 * "<body> of <person>", "<body> rebels of Marshal <person>": a body named by its leader, a plural or collective noun
 * for its members at most between, and a title's words (capitalised, or "former") before the name.
 */
const BODY_OF_PERSON =
  /^(?:\s+(?:rebels|forces|fighters|militia|militiamen|guerrillas|troops|party|movement|faction|leadership|junta))?\s+of\s+(?:(?:former|\p{Lu}[\p{L}.-]*)\s+){0,3}$/u;
/** "<body>'s acting director-general, <person>" */
const BODY_OWNS_PERSON = new RegExp(String.raw`^['’]s?\s+${TITLE},\s+$`);
/** "<body> leader <person>", "<body> caucus whip <person>": a title compounded between the two names. */
const BODY_TITLES_PERSON = new RegExp(String.raw`^\s+${TITLE}\s+$`);
/** "<body>'s <person>" ("Labour's Andy Burnham"): the body's own member. */
const BODY_POSSESSES_PERSON = /^['’]s?\s+$/;
/** "the chairman of the <body>, <person>": the text before the body, and between the two. */
const ROLE_BEFORE_BODY = new RegExp(String.raw`(?:^|\s)the\s+${TITLE}\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$`);

/** "lead" → "led", "head" → "headed", "found" → "founded" (the lead verbs' participles as the text writes them). */
function pastParticiple(verb: string): string {
  if (verb === 'lead') return 'led';
  return verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
}

/** The lower-case title words a mention opens with, and the space after them ("leader Tony Blair": "leader "). */
function titleInside(mention: string): string {
  return /^(?:[a-z][\w-]*\s+){1,4}(?=\p{Lu})/u.exec(mention)?.[0] ?? '';
}

/** A name's first word: capitalised, and no pronoun. */
const NAME = /^(?!(?:He|She|His|Her|They|It)\b)\p{Lu}/u;

export function addApposedRoles(text: string, sentences: readonly Sentence[], spans: readonly ActorSpan[], registry: ActorRegistry): void {
  const { roleNouns: nouns, memberTitle, leadVerbs: leadTitles } = loadRoles();
  const leaderTitle = leadTitles.get('lead') ?? 'leader';
  const participles = new Map([...leadTitles.keys()].map((verb) => [pastParticiple(verb), verb]));
  const isRole = (noun: string) => nouns.has(noun.toLowerCase());
  const give = (person: Actor, title: string, body: Actor, sentence: number) => {
    if (person.roles.some((r) => r.of)) return;
    person.roles.push({ title, of: body, sentence });
  };
  // a "person" named with the article after "of" ("the president of the Frente Amplio") is a body's name misread; only
  // the role before it (ROLE_BEFORE_BODY) may read it so
  const namedAsBody = (mention: { start: number; actor: Actor }) =>
    mention.actor.kind === 'PERSON' && mention.actor.roles.length === 0 && /\bof\s+the\s+$/.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  for (const sentence of sentences) {
    if (sentence.kind !== 'body') continue;
    const inside = spans
      .filter((s) => s.start >= sentence.start && s.end <= sentence.end)
      .map((s) => ({ start: s.start, end: s.end, actor: registry.resolve(s.actor) }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    // words two readings give to two actors (a name and a pronoun's chain through it) say nothing sure of either
    const contested = new Set(inside.filter((s) => inside.some((o) => o.start === s.start && o.end === s.end && o.actor !== s.actor)));
    for (let i = 0; i + 1 < inside.length; i++) {
      const [first, second] = [inside[i]!, inside[i + 1]!];
      if (second.start < first.end || first.actor === second.actor || contested.has(first) || contested.has(second)) continue;
      const between = text.slice(first.end, second.start);
      if (first.actor.kind === 'PERSON' && BODY_KINDS.has(second.actor.kind)) {
        const m = PERSON_THEN_BODY.exec(between);
        if (m && isRole(m[2]!)) give(first.actor, m[1]!, second.actor, sentence.index);
        const owned = PERSON_THEN_OWNER.test(between) ? OWNED_TITLE.exec(text.slice(second.end, sentence.end)) : null;
        if (owned && isRole(owned[2]!)) give(first.actor, owned[1]!, second.actor, sentence.index);
      } else if ((BODY_KINDS.has(first.actor.kind) || namedAsBody(first)) && second.actor.kind === 'PERSON') {
        const named = NAME.test(text.slice(second.start, second.end));
        const body = BODY_KINDS.has(first.actor.kind);
        const owned = body ? BODY_OWNS_PERSON.exec(between) : null;
        if (owned && isRole(owned[2]!)) {
          give(second.actor, owned[1]!, first.actor, sentence.index);
          continue;
        }
        // (a possessive names someone else: "led by Deby's nephew Timan Erdimi")
        if (/^['’]/.test(text.slice(second.end))) continue;
        // "the Libyan National Army of Marshal Khalifa Haftar", "the UNITA rebels of Jonas Savimbi": the body's leader
        if (body && named && BODY_OF_PERSON.test(between)) {
          addRole(registry, second.actor, leaderTitle, first.actor, sentence.index);
          continue;
        }
        const ledBy = body ? BODY_LED_BY_PERSON.exec(between) : null;
        const ledTitle = ledBy ? leadTitles.get(participles.get(ledBy[1]!.toLowerCase()) ?? '') : undefined;
        if (ledTitle && named) {
          // (a person may lead a body beside the office he holds in a state: "led by Ugandan President Yoweri Museveni")
          addRole(registry, second.actor, ledTitle, first.actor, sentence.index);
          continue;
        }
        // the title may stand inside the person's mention ("Labour |leader Tony Blair|")
        const compounded = body
          ? BODY_TITLES_PERSON.exec(/^\s+$/.test(between) ? `${between}${titleInside(text.slice(second.start, second.end))}` : between)
          : null;
        if (compounded && isRole(compounded[2]!)) {
          give(second.actor, compounded[1]!, first.actor, sentence.index);
          continue;
        }
        if (body && BODY_POSSESSES_PERSON.test(between) && named) {
          give(second.actor, memberTitle, first.actor, sentence.index);
          continue;
        }
        // (a name, not a pronoun: "Gholamreza Aghazadeh, the head of the Atomic Energy Organisation of Iran, he
        // ordered …", where the role is the name's before it)
        const previous = inside[i - 1];
        const before = text.slice(previous?.end ?? sentence.start, first.start);
        // (a name: "the announcement" standing for its maker is no person the role could be apposed to)
        const apposedToPrevious = previous?.actor.kind === 'PERSON' && NAME.test(text.slice(previous.start, previous.end)) && /^,\s+(?!and\b)/.test(before);
        const m = /^,\s+$/.test(between) && named && !apposedToPrevious ? ROLE_BEFORE_BODY.exec(before) : null;
        if (m && isRole(m[2]!)) {
          // "the president of the Frente Amplio, General Líber Seregni": what a title is "of the" is a body, whatever
          // kind its name was first given
          if (first.actor.kind === 'PERSON') first.actor.kind = 'ORGANIZATION';
          give(second.actor, m[1]!, first.actor, sentence.index);
        }
      }
    }
  }
}
