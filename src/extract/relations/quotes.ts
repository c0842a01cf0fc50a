/** Quotation marks that open and close a quotation (the straight quote does both). */
export const QUOTE_OPEN = new Set(['“', '"', '‘']);
export const QUOTE_CLOSE = new Set(['”', '"']);
