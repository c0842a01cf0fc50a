import { describe, expect, it } from 'vitest';
import { testActor } from './support/rule-sentences.js';
import type { Actor } from '../../../src/extract/actors.js';
import { ActorLocator, type ActorSpan } from '../../../src/extract/structure/actor-spans.js';
import { loadLexicon } from '../../../src/extract/structure/lexicon.js';
import { structuralRelations } from '../../../src/extract/structure/structural-relations.js';
import { PARSE_FORMAT_VERSION, type ParsedDocument } from '../../../src/nlp/document.js';

/** The structural rules on hand-built parses (the arcs CoreNLP gives for these sentences), so each rule is seen alone. */
const actor = testActor;

/** words as [word, lemma, pos]; arcs as [rel, gov, dep] over 0-based token indices. */
function doc(
  words: [string, string, string][],
  arcs: [string, number, number][],
): { parse: ParsedDocument; at: (word: string) => { start: number; end: number } } {
  let offset = 0;
  const tokens = words.map(([word, lemma, pos]) => {
    const t = { word, lemma, pos, ner: 'O', start: offset, end: offset + word.length };
    offset += word.length + 1;
    return t;
  });
  const parse: ParsedDocument = {
    format: PARSE_FORMAT_VERSION,
    textHash: 'test',
    docDate: null,
    sentences: [{ start: 0, end: offset - 1, tokens, arcs: arcs.map(([rel, gov, dep]) => ({ rel, gov, dep })), entities: [] }],
    corefs: [],
    quotes: [],
  };
  return { parse, at: (word) => tokens.find((t) => t.word === word)! };
}

function run(d: ReturnType<typeof doc>, named: Record<string, Actor>) {
  const spans: ActorSpan[] = Object.entries(named).map(([word, a]) => ({ ...d.at(word), actor: a }));
  return structuralRelations(d.parse, new ActorLocator(d.parse, spans, (a) => a), loadLexicon());
}

const russia = actor(1, 'Russia');
const ukraine = actor(2, 'Ukraine');

describe('structural rules', () => {
  it('"we" in an attributed quotation is its speaker, never the organisation a coreference chain joins it to', () => {
    const egypt = actor(3, 'Egypt');
    const israel = actor(4, 'Israel');
    const cia = actor(5, 'CIA', 'ORGANIZATION');
    const d = doc(
      [
        ['CIA', 'CIA', 'NNP'],
        ['"', '"', '``'],
        ['We', 'we', 'PRP'],
        ['urge', 'urge', 'VBP'],
        ['the', 'the', 'DT'],
        ['Israeli', 'israeli', 'JJ'],
        ['side', 'side', 'NN'],
        ['"', '"', "''"],
        ['Egypt', 'Egypt', 'NNP'],
        ['said', 'say', 'VBD'],
      ],
      [
        ['nsubj', 3, 2],
        ['obj', 3, 6],
        ['det', 6, 4],
        ['amod', 6, 5],
        ['ccomp', 9, 3],
        ['nsubj', 9, 8],
      ],
    );
    const spans: ActorSpan[] = [
      { ...d.at('CIA'), actor: cia },
      { ...d.at('Israeli'), actor: israel },
      { ...d.at('Egypt'), actor: egypt },
    ];
    // CoreNLP's chain joins "We" to the CIA named before the quotation
    d.parse.corefs = [
      [
        { sentence: 0, start: 0, end: 1, head: 0, text: 'CIA', type: 'PROPER', representative: true },
        { sentence: 0, start: 2, end: 3, head: 2, text: 'We', type: 'PRONOMINAL', representative: false },
      ],
    ];
    const lex = loadLexicon();
    const tokens = d.parse.sentences[0]!.tokens;
    const quote = { start: tokens[1]!.start, end: tokens[7]!.end, sentenceBegin: 0, sentenceEnd: 0, speaker: 'Egypt', canonicalSpeaker: 'Egypt' };
    d.parse.quotes = [{ ...quote, speakerStart: tokens[8]!.start, speakerEnd: tokens[8]!.end }];
    const attributed = structuralRelations(d.parse, new ActorLocator(d.parse, spans, (a) => a, lex.firstPerson), lex);
    // "the Israeli side": the demonym modifying the object names the target
    expect(attributed).toMatchObject([{ type: 'REQUESTED', source: egypt, target: israel }]);
    // a quotation CoreNLP found no speaker span for: "we" is nobody, not the CIA
    d.parse.quotes = [{ ...quote, speakerStart: null, speakerEnd: null }];
    expect(structuralRelations(d.parse, new ActorLocator(d.parse, spans, (a) => a, lex.firstPerson), lex)).toEqual([]);
  });

  it('reads source and target off nsubj and obj, with the lemma choosing the type', () => {
    const d = doc(
      [
        ['Russia', 'Russia', 'NNP'],
        ['condemned', 'condemn', 'VBD'],
        ['Ukraine', 'Ukraine', 'NNP'],
      ],
      [
        ['nsubj', 1, 0],
        ['obj', 1, 2],
      ],
    );
    expect(run(d, { Russia: russia, Ukraine: ukraine })).toMatchObject([
      { type: 'CRITICIZED', source: russia, target: ukraine, modality: 'ASSERTED', negated: false },
    ]);
  });

  it('takes negation from an advmod "not" and modality from the auxiliary', () => {
    const d = doc(
      [
        ['Russia', 'Russia', 'NNP'],
        ['will', 'will', 'MD'],
        ['not', 'not', 'RB'],
        ['attack', 'attack', 'VB'],
        ['Ukraine', 'Ukraine', 'NNP'],
      ],
      [
        ['nsubj', 3, 0],
        ['aux', 3, 1],
        ['advmod', 3, 2],
        ['obj', 3, 4],
      ],
    );
    expect(run(d, { Russia: russia, Ukraine: ukraine })).toMatchObject([{ type: 'ATTACKED', modality: 'PLANNED', negated: true }]);
  });

  it('a dismissed claim is a denial aimed at the claim’s owner, not a rejection of it', () => {
    const d = doc(
      [
        ['Russia', 'Russia', 'NNP'],
        ['dismissed', 'dismiss', 'VBD'],
        ['Ukraine', 'Ukraine', 'NNP'],
        ["'s", "'s", 'POS'],
        ['report', 'report', 'NN'],
      ],
      [
        ['nsubj', 1, 0],
        ['obj', 1, 4],
        ['nmod:poss', 4, 2],
        ['case', 2, 3],
      ],
    );
    expect(run(d, { Russia: russia, Ukraine: ukraine })).toMatchObject([{ type: 'DENIED', source: russia, target: ukraine, via: 'dismissal' }]);
  });

  it('an event noun after a light verb takes the verb’s subject and its "with" phrase: "held talks with"', () => {
    const d = doc(
      [
        ['Russia', 'Russia', 'NNP'],
        ['held', 'hold', 'VBD'],
        ['talks', 'talk', 'NNS'],
        ['with', 'with', 'IN'],
        ['Ukraine', 'Ukraine', 'NNP'],
      ],
      [
        ['nsubj', 1, 0],
        ['obj', 1, 2],
        ['obl:with', 1, 4],
        ['case', 4, 3],
      ],
    );
    expect(run(d, { Russia: russia, Ukraine: ukraine })).toMatchObject([{ type: 'NEGOTIATED_WITH', source: russia, target: ukraine, via: 'noun' }]);
  });

  it('"drew condemnation from": the from-phrase acts on the subject', () => {
    const d = doc(
      [
        ['Russia', 'Russia', 'NNP'],
        ['drew', 'draw', 'VBD'],
        ['condemnation', 'condemnation', 'NN'],
        ['from', 'from', 'IN'],
        ['Ukraine', 'Ukraine', 'NNP'],
      ],
      [
        ['nsubj', 1, 0],
        ['obj', 1, 2],
        ['obl:from', 1, 4],
        ['case', 4, 3],
      ],
    );
    expect(run(d, { Russia: russia, Ukraine: ukraine })).toMatchObject([{ type: 'CRITICIZED', source: ukraine, target: russia }]);
  });

  it('a relation in the complement of a reporting verb is reported, with its speaker; a wrongful deed told so accuses its agent', () => {
    const kremlin = actor(3, 'Kremlin', 'ORGANIZATION');
    const d = doc(
      [
        ['Kremlin', 'Kremlin', 'NNP'],
        ['said', 'say', 'VBD'],
        ['Ukraine', 'Ukraine', 'NNP'],
        ['attacked', 'attack', 'VBD'],
        ['Russia', 'Russia', 'NNP'],
      ],
      [
        ['nsubj', 1, 0],
        ['ccomp', 1, 3],
        ['nsubj', 3, 2],
        ['obj', 3, 4],
      ],
    );
    expect(run(d, { Kremlin: kremlin, Ukraine: ukraine, Russia: russia })).toMatchObject([
      { type: 'ACCUSED', source: kremlin, target: ukraine, modality: 'ASSERTED', negated: false },
      { type: 'ATTACKED', source: ukraine, target: russia, modality: 'REPORTED', speaker: kremlin },
    ]);
  });
});
