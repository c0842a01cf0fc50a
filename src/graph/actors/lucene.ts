import { foldName } from '../names/fold.js';

/**
 * Lucene queries over the actor_names index. Folded terms hold only letters and digits, so they
 * need no escaping; Lucene's own operators in user input are thereby neutralised too.
 */
export function exactNameQuery(name: string): string | null {
  const folded = foldName(name);
  return folded ? `"${folded}"` : null;
}

const MIN_FUZZY_TERM_LENGTH = 4;

/** Every term must match: as a word, as a prefix, or (for longer terms) within one edit ("shoygu"). */
export function searchQuery(text: string): string | null {
  const terms = foldName(text).split(' ').filter(Boolean);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const options = [term, `${term}*`];
      if (term.length >= MIN_FUZZY_TERM_LENGTH) options.push(`${term}~1`);
      return `(${options.join(' OR ')})`;
    })
    .join(' AND ');
}
