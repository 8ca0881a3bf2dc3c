import fc from "fast-check";
import { legacySettings, legacyUser, ref, type Dataset } from "../suites/generators/index.js";

/** Half users, half settings rows (one per user): n documents in all. */
export function legacyUsersDataset(n: number): fc.Arbitrary<Dataset> {
  const users = n / 2;
  return fc
    .tuple(fc.array(legacyUser(), { minLength: users, maxLength: users }), fc.array(legacySettings(), { minLength: users, maxLength: users }))
    .map(([userDocs, settings]) => ({
      tables: { users: userDocs, userSettings: settings.map((doc, i) => ({ ...doc, userId: ref("users", i) })) },
    }));
}
