/**
 * Whether a text is prose the extractor may read. The rules find names and verbs wherever letters
 * line up, so binary data or symbol soup fed to them yields invented facts ("Xi Jinping, President
 * of China" from 3,000 random bytes); such a text gets an empty draft and a warning instead.
 */

/** Below this share of letters among the non-space characters, a text is not prose. */
export const MIN_LETTER_SHARE = 0.6;
/** Above this share of U+FFFD (what invalid UTF-8 decodes to), a text was not UTF-8 text. */
export const MAX_REPLACEMENT_SHARE = 0.01;

// eslint-disable-next-line no-control-regex -- control characters are what binary data holds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Why the text is not prose, or null when it is. */
export function notProseReason(text: string): string | null {
  if (text.includes('\u0000')) return 'the text holds NUL characters: binary data, not prose; nothing was extracted';
  if (CONTROL.test(text)) return 'the text holds control characters: binary data, not prose; nothing was extracted';
  if (LONE_SURROGATE.test(text)) return 'the text holds unpaired UTF-16 surrogates: not valid Unicode text; nothing was extracted';
  const visible = text.replace(/\s+/gu, '');
  if (visible.length === 0) return null;
  const replacements = share(visible.match(/\uFFFD/gu)?.length ?? 0, visible.length);
  if (replacements > MAX_REPLACEMENT_SHARE) {
    return `${percent(replacements)} of the text is U+FFFD (invalid UTF-8 decoded): not text; nothing was extracted`;
  }
  const letters = share(visible.match(/\p{L}/gu)?.length ?? 0, visible.length);
  if (letters < MIN_LETTER_SHARE) return `only ${percent(letters)} of the text is letters: not prose; nothing was extracted`;
  return null;
}
