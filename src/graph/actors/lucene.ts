import { foldName } from '../../text/fold.js';
import { STOP_WORDS } from '../../text/stop-words.js';

/**
 * Lucene queries over the actor_names index. Folded terms hold only letters and digits, so they
 * need no escaping; Lucene's own operators in user input are thereby neutralised too.
 */
export function exactNameQuery(name: string): string | null {
  const folded = foldName(name);
  return folded ? `"${folded}"` : null;
}

const MIN_FUZZY_TERM_LENGTH = 4;

/**
 * A query over the actor_keys index (folded names and aliases, stop words kept). Every word must
 * match: as a word, as a prefix, or (for longer words) within one edit ("shoygu"); articles and
 * prepositions ("the", "for") only raise the score, unless the query has no other word.
 */
export function searchQuery(text: string): string | null {
  const terms = foldName(text).split(' ').filter(Boolean);
  if (terms.length === 0) return null;
  const onlyStopWords = terms.every((term) => STOP_WORDS.has(term));
  return terms
    .map((term) => {
      if (STOP_WORDS.has(term) && !onlyStopWords) return term;
      const options = [term, `${term}*`];
      if (term.length >= MIN_FUZZY_TERM_LENGTH) options.push(`${term}~1`);
      return `+(${options.join(' OR ')})`;
    })
    .join(' ');
}
