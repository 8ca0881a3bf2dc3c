/**
 * The words thread titles are made of, shared by every user so that one
 * query matches threads of several users (what exposes a search that filters
 * by user after truncating the results).
 *
 * The old search (`title.toLowerCase().includes(query)`) matches substrings;
 * a search index matches tokens by prefix. The two agree on a query exactly
 * when the query never occurs inside a title token other than at its start.
 * So no word here occurs inside another except as its prefix ("plan" in
 * "planning" is fine: both searches find it), decorations share no letter
 * with the words, and `searchQueries` only offers queries that keep the rule.
 * The module checks the rule when it loads, so a new word cannot break it.
 *
 * Backends differ in how they tokenize, so titles stay where they agree.
 * convex-test splits on whitespace only and prefix-matches every query term;
 * Convex (Tantivy) also splits on punctuation and prefix-matches the last
 * term. Punctuation is therefore only ever trailing ("plan," is the token
 * "plan," in one and "plan" in the other: "plan" finds it in both), never
 * leading or inside a word, and queries are single terms.
 */
export const TITLE_WORDS = [
  "plan", "planning", "budget", "trip", "recipe", "code", "review", "draft",
  "meeting", "notes", "ideas", "résumé", "café", "über", "straße", "naïve",
  "日本", "計画", "привет", "δοκιμή",
] as const;

/** Frequent words: most titles use one, so queries match across users. */
export const COMMON_WORDS = TITLE_WORDS.slice(0, 6);

/** The word every title of a crowded dataset shares (more than 20 threads match it). */
export const HOT_WORD = "plan";

/** Tokens titles may carry that no query matches: digits, emoji, dashes. */
export const DECORATIONS = ["2024", "#42", "🚀", "✨", "—", "v2.0", "🇫🇷"] as const;

/** Trailing punctuation a title word may carry; both searches still find the word. */
export const TRAILING = ["", "", "", ",", "!", "?", ":"] as const;

/** Whether `query` occurs in `word` only at its start (or not at all). */
export function onlyAsPrefix(query: string, word: string): boolean {
  const at = word.indexOf(query);
  return at === -1 || (at === 0 && word.indexOf(query, 1) === -1);
}

function checkVocabulary(): void {
  for (const word of TITLE_WORDS) {
    for (const other of TITLE_WORDS) {
      if (!onlyAsPrefix(word, other)) throw new Error(`vocabulary: "${word}" occurs inside "${other}" other than as its prefix`);
    }
    for (const decoration of DECORATIONS) {
      if (decoration.toLowerCase().includes(word)) throw new Error(`vocabulary: decoration "${decoration}" contains "${word}"`);
    }
  }
}
checkVocabulary();
