import type { Entity, ParsedDocument, ParsedSentence } from './document.js';
import { repairEachSentence } from './sentence-repairs.js';

/**
 * CoreNLP reads a title-case headline's verb as part of a name: "Kim Jong Il Receives Bill Clinton" is one PERSON,
 * "Security Council Condemns Downing of Malaysia Airlines" one ORGANIZATION. A capitalised present-tense verb (VBZ)
 * is never part of a name, so the entity ends before it; what follows it is a second entity only for a person (the
 * one received), since an organisation's tail there is the headline's object ("Downing of Malaysia Airlines"), which
 * the gazetteers read on their own. Lower-case words tagged VBZ inside names ("Dar es Salaam") are left alone. Pure.
 */
export function splitEntitiesAtHeadlineVerbs(doc: ParsedDocument): ParsedDocument {
  return repairEachSentence(doc, splitSentence);
}

const PERSON = 'PERSON';
const isHeadlineVerb = (s: ParsedSentence, i: number) => {
  const token = s.tokens[i];
  return token?.pos === 'VBZ' && /^\p{Lu}/u.test(token.word);
};

function splitSentence(s: ParsedSentence): ParsedSentence {
  const verbAt = (e: Entity) => {
    for (let i = e.start + 1; i < e.end; i += 1) if (isHeadlineVerb(s, i)) return i;
    return -1;
  };
  if (!s.entities.some((e) => verbAt(e) >= 0)) return s;
  const tokens = s.tokens.map((t) => ({ ...t }));
  const textOf = (start: number, end: number) =>
    tokens
      .slice(start, end)
      .map((t) => t.word)
      .join(' ');
  const entities: Entity[] = [];
  for (const e of s.entities) {
    const verb = verbAt(e);
    if (verb < 0) {
      entities.push(e);
      continue;
    }
    entities.push({ start: e.start, end: verb, text: textOf(e.start, verb), ner: e.ner });
    const keepTail = e.ner === PERSON && verb + 1 < e.end;
    if (keepTail) entities.push({ start: verb + 1, end: e.end, text: textOf(verb + 1, e.end), ner: e.ner });
    const untaggedEnd = keepTail ? verb + 1 : e.end;
    for (let i = verb; i < untaggedEnd; i += 1) tokens[i]!.ner = 'O';
  }
  return { ...s, tokens, entities };
}
