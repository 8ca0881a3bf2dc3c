import fc from "fast-check";
import { COMMON_WORDS, DECORATIONS, TITLE_WORDS, TRAILING } from "./vocabulary.js";

/** One vocabulary word as a title shows it: any case, maybe followed by punctuation. */
function titleWord(): fc.Arbitrary<string> {
  const word = fc.oneof(
    { arbitrary: fc.constantFrom(...COMMON_WORDS), weight: 3 },
    { arbitrary: fc.constantFrom(...TITLE_WORDS), weight: 1 },
  );
  const casing = fc.constantFrom(
    (w: string) => w,
    (w: string) => w.charAt(0).toUpperCase() + w.slice(1),
    (w: string) => w.toUpperCase(),
  );
  return fc.tuple(word, casing, fc.constantFrom(...TRAILING)).map(([w, cased, trailing]) => cased(w) + trailing);
}

/**
 * A thread title: one to four vocabulary words, sometimes with decorations
 * (digits, emoji) that no query matches, and now and then very long (a few
 * hundred words, the length of a pasted paragraph). Shrinks to one word.
 */
export function threadTitle(): fc.Arbitrary<string> {
  const short = shortTitle();
  const long = fc.array(titleWord(), { minLength: 150, maxLength: 300 }).map((words) => words.join(" "));
  return fc.oneof({ withCrossShrink: true }, { arbitrary: short, weight: 30 }, { arbitrary: long, weight: 1 });
}

/** One to four vocabulary words, sometimes with decorations; never long. */
export function shortTitle(): fc.Arbitrary<string> {
  const token = fc.oneof({ arbitrary: titleWord(), weight: 5 }, { arbitrary: fc.constantFrom(...DECORATIONS), weight: 1 });
  return fc.tuple(titleWord(), fc.array(token, { maxLength: 3 })).map(([first, rest]) => [first, ...rest].join(" "));
}
