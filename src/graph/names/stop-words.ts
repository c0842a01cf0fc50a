/**
 * Articles, prepositions and other short words analysts type without meaning them as a
 * condition ("the Ministry", "Front for Change"): Lucene's English stop set, which Neo4j's
 * standard analyzers drop. Our search indexes keep them; a name search only prefers them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not',
  'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);
