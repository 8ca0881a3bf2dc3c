import fc from "fast-check";
import { type Dataset, type DatasetDocument, maybe, rarely, ref, sizedArray } from "convex-migration-harness/generators";
import { existingApiKeysRow } from "./existingApiKeysRow.js";
import { legacySettings } from "./legacySettings.js";
import { legacyUser } from "./legacyUser.js";

export interface LegacyDatasetOptions {
  /** The migration's batch size: userSettings counts cluster around its boundaries. */
  batchSize: number;
  /** At most this many users; further settings rows then belong to the last user (duplicates). Default: no bound. */
  maxUsers?: number;
}

/** Fills defaults and rejects nonsense with a message naming the option. */
export function resolveLegacyDatasetOptions(options: LegacyDatasetOptions): Required<LegacyDatasetOptions> {
  const { batchSize, maxUsers = Number.POSITIVE_INFINITY } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`legacyDataset: options.batchSize must be a positive integer, got ${batchSize}`);
  }
  if (maxUsers !== Number.POSITIVE_INFINITY && (!Number.isInteger(maxUsers) || maxUsers < 1)) {
    throw new Error(`legacyDataset: options.maxUsers must be a positive integer, got ${maxUsers}`);
  }
  return { batchSize, maxUsers };
}

/** A settings row, with the user it creates, or sharing the user of an earlier row (a duplicate). */
type SettingsEntry =
  | { kind: "new-user"; user: DatasetDocument; userDeleted: boolean; apiKeys?: DatasetDocument; settings: DatasetDocument }
  | { kind: "duplicate"; rowsBack: number; settings: DatasetDocument };

/** A user without settings, possibly with an apiKeys row. */
type LoneUser = { user: DatasetDocument; userDeleted: boolean; apiKeys?: DatasetDocument };

function settingsEntry(): fc.Arbitrary<SettingsEntry> {
  const newUser = fc.record(
    {
      kind: fc.constant("new-user" as const),
      user: legacyUser(),
      // Deleted after seeding: its settings and apiKeys rows become orphans.
      userDeleted: rarely(0.08),
      apiKeys: maybe(existingApiKeysRow(), 0.25),
      settings: legacySettings(),
    },
    { noNullPrototype: true },
  );
  // A separate variant, not a flag on newUser: a duplicate carries no unused
  // user fields that shrinking would waste runs on.
  const duplicate = fc.record(
    { kind: fc.constant("duplicate" as const), rowsBack: fc.integer({ min: 1, max: 3 }), settings: legacySettings() },
    { noNullPrototype: true },
  );
  // Duplicates first: cross-shrinking turns rows of separate users into rows
  // of one user, so a failure that needs n rows shrinks to n + 1 documents.
  return fc.oneof({ withCrossShrink: true }, { arbitrary: duplicate, weight: 12 }, { arbitrary: newUser, weight: 88 });
}

function loneUser(): fc.Arbitrary<LoneUser> {
  return fc.record(
    { user: legacyUser(), userDeleted: rarely(0.15), apiKeys: maybe(existingApiKeysRow(), 0.5) },
    { noNullPrototype: true },
  );
}

/**
 * Legacy datasets for the API key migrations: `users`, `userSettings` (every
 * legacy key shape, duplicates, orphans) and pre-existing `apiKeys` rows,
 * seeded in that order. The number of userSettings documents is 0, 1,
 * batchSize - 1, batchSize, batchSize + 1 or larger (up to 4 * batchSize + 2),
 * each often. Shrinks to fewer documents, then to simpler ones: most
 * failures end as one user and one settings row. `legacyDataClasses` names
 * what a dataset holds.
 *
 * @example
 * fc.assert(fc.asyncProperty(legacyDataset({ batchSize: 3 }), async (dataset) => { ... }));
 */
export function legacyDataset(options: LegacyDatasetOptions): fc.Arbitrary<Dataset> {
  const { batchSize: b, maxUsers } = resolveLegacyDatasetOptions(options);
  const maxSettings = 4 * b + 2;
  const settingsCount = fc.oneof(
    { arbitrary: fc.constantFrom(0, 1, b - 1, b, b + 1), weight: 5 },
    { arbitrary: fc.integer({ min: b + 2, max: maxSettings }), weight: 2 },
  );
  return fc
    .record(
      { settings: sizedArray(settingsEntry(), settingsCount, maxSettings), loneUsers: fc.array(loneUser(), { maxLength: 3 }) },
      { noNullPrototype: true },
    )
    .map(({ settings, loneUsers }) => assemble(settings, loneUsers, maxUsers));
}

/** The user of a leading duplicate row, which has no earlier row to share a user with. */
const PLAIN_USER: DatasetDocument = { name: "Sam Doe", email: "sam.doe@example.com" };

/** Flattens entries into tables, turning "this entry's user" into refs by index. */
function assemble(entries: SettingsEntry[], loneUsers: LoneUser[], maxUsers: number): Dataset {
  const users: DatasetDocument[] = [];
  const userSettings: DatasetDocument[] = [];
  const apiKeys: DatasetDocument[] = [];
  const deleted: Array<{ table: string; index: number }> = [];
  const addUser = ({ user, userDeleted, apiKeys: keys }: LoneUser): number => {
    const index = users.length;
    users.push(user);
    if (userDeleted) deleted.push({ table: "users", index });
    if (keys !== undefined) apiKeys.push({ userId: ref("users", index), ...keys });
    return index;
  };
  const ownerOfRow: number[] = [];
  entries.forEach((entry, row) => {
    let owner: number;
    if (entry.kind === "duplicate" && row > 0) owner = ownerOfRow[Math.max(0, row - entry.rowsBack)];
    else if (entry.kind === "new-user" && users.length < maxUsers) owner = addUser(entry);
    else if (users.length > 0) owner = users.length - 1;
    // A leading duplicate has no earlier row: it gets the plainest user.
    else owner = addUser({ user: { ...PLAIN_USER }, userDeleted: false });
    ownerOfRow.push(owner);
    userSettings.push({ userId: ref("users", owner), ...entry.settings });
  });
  for (const lone of loneUsers) if (users.length < maxUsers) addUser(lone);
  return { tables: { users, userSettings, apiKeys }, deleted };
}
