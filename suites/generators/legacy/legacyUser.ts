import fc from "fast-check";
import { type DatasetDocument, fakerArbitrary, maybe } from "convex-migration-harness/generators";
import { withoutUndefined } from "../withoutUndefined.js";

/** A users document: name and matching email, and usually an auth token identifier. */
export function legacyUser(): fc.Arbitrary<DatasetDocument> {
  return fc
    .record(
      {
        profile: fakerArbitrary((f) => {
          const firstName = f.person.firstName();
          const lastName = f.person.lastName();
          return { name: `${firstName} ${lastName}`, email: f.internet.email({ firstName, lastName }).toLowerCase() };
        }),
        tokenIdentifier: maybe(fakerArbitrary((f) => `https://clerk.example.dev|user_${f.string.alphanumeric(27)}`), 0.8),
      },
      { noNullPrototype: true },
    )
    .map(({ profile, tokenIdentifier }) => withoutUndefined({ ...profile, tokenIdentifier }));
}
