import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config/env.js';
import { parsedDocumentSchema, type ParsedDocument } from '../../../src/nlp/document.js';
import { attachRelativeClauseSubjects } from '../../../src/nlp/relative-clause-subjects.js';
import { draftOfRuleSentences, relationLines } from '../extract/support/rule-sentences.js';

/**
 * tests/fixtures/rule-sentences/relative-clause-subjects-2026-12-07.txt, whose stored parse holds CoreNLP's arcs as it
 * gave them (stored without this repair; a stored parse gets the repairs on reading).
 */
const NAME = 'relative-clause-subjects-2026-12-07';
const raw: ParsedDocument = parsedDocumentSchema.parse(
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'parses', `${NAME}.json`), 'utf8')),
);
/** A sentence's subject, relative-clause and root arcs, as "rel governor dependent". */
const clauseArcs = (doc: ParsedDocument, sentence: number) => {
  const s = doc.sentences[sentence]!;
  return s.arcs
    .filter((a) => ['nsubj', 'acl:relcl', 'ROOT'].includes(a.rel) || (a.rel === 'obj' && s.tokens[a.dep]?.word === 'Community'))
    .map((a) => `${a.rel} ${s.tokens[a.gov]?.word ?? 'ROOT'} ${s.tokens[a.dep]?.word}`)
    .sort();
};

describe('a relative clause between a subject and its verb', () => {
  it('gives the main verb its subject back, and the relative clause the antecedent', () => {
    // CoreNLP: "The Economic Community …, which imposed a trade embargo on Mali …, urged the military leaders …"
    expect(clauseArcs(raw, 1)).toEqual(['ROOT ROOT Community', 'acl:relcl Community urged', 'nsubj urged imposed', 'obj urged Community']);
    const repaired = attachRelativeClauseSubjects(raw);
    expect(clauseArcs(repaired, 1)).toEqual(['ROOT ROOT urged', 'acl:relcl Community imposed', 'nsubj imposed Community', 'nsubj urged Community']);
    expect(attachRelativeClauseSubjects(repaired)).toBe(repaired);
  });

  it('leaves a relative clause CoreNLP read right as it is', () => {
    expect(clauseArcs(attachRelativeClauseSubjects(raw), 2)).toEqual(clauseArcs(raw, 2));
  });

  it('reads what the relative clause tells of its subject', () => {
    expect(relationLines(draftOfRuleSentences(NAME))).toContain('Economic Community of West African States SANCTIONED Mali');
  });
});
