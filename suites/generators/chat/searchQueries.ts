import { onlyAsPrefix, TITLE_WORDS } from "./vocabulary.js";

/** Words that also get an upper-case and a prefix query: enough to test both, few enough to stay fast. */
const VARIED_WORDS = 3;

/**
 * The search queries the old and new thread search must agree on, derived
 * from the titles (no randomness: the dataset is the random part): every
 * vocabulary word that occurs in a title; for the first few of them, the word
 * in upper case and its first three letters (a prefix, as typed); a
 * vocabulary word no title holds; the empty query and a query of spaces. A
 * query is offered only when it occurs in every vocabulary word only as a
 * prefix, which is when substring and token-prefix matching agree (see
 * vocabulary.ts). At most 27 queries, so that a run makes a bounded number of calls.
 */
export function searchQueries(titles: readonly string[]): string[] {
  const text = titles.join(" ").toLowerCase();
  const present = TITLE_WORDS.filter((word) => text.includes(word));
  const absent = TITLE_WORDS.find((word) => !text.includes(word));
  const candidates = new Set<string>(["", "  ", ...present]);
  for (const word of present.slice(0, VARIED_WORDS)) {
    candidates.add(word.toUpperCase());
    candidates.add([...word].slice(0, 3).join(""));
  }
  if (absent !== undefined) candidates.add(absent);
  return [...candidates].filter((query) => {
    const needle = query.toLowerCase();
    return TITLE_WORDS.every((word) => onlyAsPrefix(needle, word));
  });
}
