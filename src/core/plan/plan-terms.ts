/** Words too common to say whether a plan covers a goal. */
const STOP_WORDS = new Set([
  'about', 'above', 'after', 'again', 'all', 'also', 'and', 'any', 'are', 'because', 'been', 'before', 'being', 'both', 'but',
  'can', 'could', 'does', 'doing', 'done', 'each', 'either', 'else', 'even', 'every', 'for', 'from', 'get', 'had', 'has', 'have',
  'here', 'how', 'into', 'its', 'just', 'like', 'make', 'many', 'may', 'might', 'more', 'most', 'much', 'must', 'need', 'new',
  'not', 'now', 'off', 'once', 'one', 'only', 'other', 'our', 'out', 'over', 'own', 'please', 'same', 'should', 'some', 'such',
  'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'too', 'under', 'until',
  'use', 'used', 'using', 'very', 'want', 'was', 'way', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will',
  'with', 'within', 'without', 'would', 'you', 'your',
]);

/** Shortest word that counts as a term. */
const MIN_TERM_LENGTH = 3;

/** A crude suffix stemmer: enough for `parse`/`parses`/`parsing`/`parsed` to meet, and deterministic. */
function stem(word: string): string {
  let stemmed = word;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= MIN_TERM_LENGTH) {
      stemmed = stemmed.slice(0, -suffix.length);
      break;
    }
  }
  return stemmed.endsWith('e') && stemmed.length > MIN_TERM_LENGTH ? stemmed.slice(0, -1) : stemmed;
}

/**
 * The terms of a text, in order of first appearance: words of letters and digits (paths and
 * identifiers split at `/`, `.`, `-`, `_` and camelCase humps), lowercased, stemmed, without stop
 * words and words shorter than three characters.
 */
export function termsOf(text: string): string[] {
  const split = text.normalize('NFKC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const terms = new Set<string>();
  for (const word of split.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < MIN_TERM_LENGTH || STOP_WORDS.has(word)) continue;
    terms.add(stem(word));
  }
  return [...terms];
}
