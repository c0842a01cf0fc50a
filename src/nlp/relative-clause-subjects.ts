import type { Arc, ParsedDocument, ParsedSentence } from './document.js';
import { repairEachSentence } from './sentence-repairs.js';

/**
 * "The Economic Community of West African States, which imposed a trade embargo on Mali in January, urged the military
 * leaders to …", "Jagmetti, 64, who was due to retire at the end of April, said in a statement that …": when a relative
 * clause stands between a subject and its verb, CoreNLP often reads the clause's verb as the subject of the main verb
 * (`nsubj(urged, imposed)`) and the main verb as the relative clause (`acl:relcl(Community, urged)`, with the subject
 * copied as its object): the subject loses its verb, and the relative clause its subject. A finite verb right after
 * "which" or "who" cannot be a subject; the repair gives the main verb the antecedent as subject, makes the verb after
 * the pronoun the relative clause (its subject the antecedent, as the enhanced graph writes relative clauses), drops the
 * copied object, and roots the sentence at the main verb when CoreNLP rooted it at the antecedent. Pure and idempotent
 * (a repaired sentence has no verb as a subject any more).
 */
export function attachRelativeClauseSubjects(doc: ParsedDocument): ParsedDocument {
  return repairEachSentence(doc, repairSentence);
}

const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
const RELATIVE_PRONOUNS = new Set(['which', 'who']);

function repairSentence(s: ParsedSentence): ParsedSentence {
  let arcs: Arc[] = s.arcs;
  for (const misread of s.arcs) {
    const { gov: main, dep: clause } = misread;
    if (misread.rel !== 'nsubj' || !FINITE.has(s.tokens[clause]?.pos ?? '')) continue;
    const pronoun = clause - 1;
    if (!RELATIVE_PRONOUNS.has(s.tokens[pronoun]?.word.toLowerCase() ?? '')) continue;
    const antecedent = arcs.find((a) => a.rel === 'ref' && a.dep === pronoun)?.gov;
    if (antecedent === undefined || !arcs.some((a) => a.rel === 'acl:relcl' && a.gov === antecedent && a.dep === main)) continue;
    const rootedAtAntecedent = arcs.some((a) => a.rel === 'ROOT' && a.dep === antecedent);
    arcs = [
      ...arcs.flatMap((a): Arc[] => {
        if (a === misread) return [{ rel: 'nsubj', gov: main, dep: antecedent }];
        if (a.rel === 'acl:relcl' && a.gov === antecedent && a.dep === main) return [{ ...a, dep: clause }];
        // the antecedent CoreNLP copied onto the misread relative clause as its object
        if (a.rel === 'obj' && a.gov === main && a.dep === antecedent) return [];
        if (a.rel === 'ROOT' && rootedAtAntecedent && a.dep === antecedent) return [{ ...a, dep: main }];
        return [a];
      }),
      { rel: 'nsubj', gov: clause, dep: antecedent },
    ];
  }
  return arcs === s.arcs ? s : { ...s, arcs };
}
