/**
 * Line-break opportunities for react-pdf, which splits text into words only at ASCII spaces and
 * then calls a hyphenation callback to get the parts of each word.
 *
 * In the parts the callback returns, an empty string becomes a zero-width glue node in react-pdf's
 * Knuth-Plass line breaker (textkit 7.0.1). So `["ນ້ຳ", "", "ຄຳ", ""]` lets a line end between the
 * two words without the "-" that react-pdf prints when it breaks between two non-empty parts.
 */

/** Explicit break opportunity that the template inserts; it is removed before the text is drawn. */
export const BREAK_OPPORTUNITY = "\u200B";

/** Pieces (a whole word, or one Lao dictionary word) with more graphemes than this may break anywhere. */
export const MAX_UNBREAKABLE_LENGTH = 24;

const laoLetter = /\p{Script=Lao}/u;
const leadingClosingPunctuation = /^[\p{Pe}\p{Pf}\p{Po}]/u;
const trailingOpeningPunctuation = /[\p{Ps}\p{Pi}]$/u;

// Intl.Segmenter with locale "lo" breaks Lao at word boundaries by dictionary on Node 20's full ICU.
const laoWordSegmenter = new Intl.Segmenter("lo", { granularity: "word" });
const graphemeSegmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Split text into grapheme clusters, so a Lao vowel or tone mark stays with its consonant. */
function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** Split a Lao-containing word into dictionary words, keeping punctuation attached to its neighbour. */
function laoSegments(word: string): string[] {
  const segments: string[] = [];
  for (const { segment } of laoWordSegmenter.segment(word)) {
    const previous = segments.at(-1);
    const mayBreakBefore =
      previous !== undefined &&
      !leadingClosingPunctuation.test(segment) &&
      !trailingOpeningPunctuation.test(previous);
    if (mayBreakBefore || previous === undefined) segments.push(segment);
    else segments[segments.length - 1] = previous + segment;
  }
  return segments;
}

/** Cut an over-long piece into single graphemes so that it can break anywhere. */
function splitIfTooLong(piece: string): string[] {
  const clusters = graphemes(piece);
  return clusters.length > MAX_UNBREAKABLE_LENGTH ? clusters : [piece];
}

/** Interleave pieces with empty strings, the marker for a break with no hyphen. */
function withCleanBreaks(pieces: string[]): string[] {
  if (pieces.length === 1) return pieces;
  return pieces.flatMap((piece) => [piece, ""]);
}

/**
 * Hyphenation callback for `Font.registerHyphenationCallback`. Lao words break at dictionary word
 * boundaries, explicit break opportunities and over-long tokens break cleanly, and other words
 * stay whole (a certificate should not hyphenate names).
 */
export function hyphenateWord(word: string): string[] {
  if (word === "") return [word];

  const explicitPieces = word.split(BREAK_OPPORTUNITY).filter((piece) => piece !== "");
  if (explicitPieces.length === 0) return [""];

  const pieces = explicitPieces.flatMap((piece) =>
    laoLetter.test(piece) ? laoSegments(piece).flatMap(splitIfTooLong) : splitIfTooLong(piece),
  );
  return withCleanBreaks(pieces);
}

/**
 * Insert break opportunities into every space-free run longer than `maxLength` characters, so text
 * in a narrow table column wraps inside it. Runs containing Lao are left to `hyphenateWord`.
 */
export function allowBreaksInLongRuns(text: string, maxLength: number): string {
  return text
    .split(/( +)/)
    .map((token) => {
      if (token.trim() === "" || laoLetter.test(token)) return token;
      const clusters = graphemes(token);
      if (clusters.length <= maxLength) return token;
      return clusters.join(BREAK_OPPORTUNITY);
    })
    .join("");
}

/**
 * Mark every line-break opportunity that `hyphenateWord` finds with BREAK_OPPORTUNITY, so that a
 * renderer whose hyphenation callback only splits at that character breaks the text the same way.
 */
export function markLineBreaks(text: string): string {
  return text
    .split(/( +)/)
    .map((token) => {
      if (token.trim() === "") return token;
      return hyphenateWord(token)
        .filter((part) => part !== "")
        .join(BREAK_OPPORTUNITY);
    })
    .join("");
}
