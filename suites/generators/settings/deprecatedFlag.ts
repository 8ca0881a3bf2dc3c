import fc from "fast-check";
import { maybe } from "convex-migration-harness/generators";

/**
 * A deprecated boolean field as legacy documents hold it: true, false or
 * absent, each often (false is a user's choice too, and the one a truthiness
 * check loses). Shrinks to absent.
 */
export function deprecatedFlag(): fc.Arbitrary<boolean | undefined> {
  return maybe(fc.boolean(), 2 / 3);
}
