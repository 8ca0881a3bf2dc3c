import { describe, expect, test } from "vitest";
import { CreatedLabels, relabelText } from "./labels.js";

const labels = new Map([
  ["000000000000000010001notes", "notes[0]"],
  ["000000000000000010002users", "users[0]"],
]);

describe("relabelText", () => {
  test("names a seeded document by its dataset label", () => {
    expect(relabelText("document 000000000000000010001notes was deleted", labels)).toBe("document notes[0] was deleted");
  });

  test("says a document's table once: the label names it already", () => {
    expect(relabelText("notes 000000000000000010001notes (dangling userId: 000000000000000010002users)", labels)).toBe("notes[0] (dangling userId: users[0])");
    expect(relabelText("notes 000000000000000010001notes.text holds ‹secret›", labels)).toBe("notes[0].text holds ‹secret›");
    // Another word before it stays, and so does an id before it.
    expect(relabelText("users 000000000000000010001notes", labels)).toBe("users notes[0]");
    expect(relabelText("000000000000000010002users 000000000000000010001notes", labels)).toBe("users[0] notes[0]");
  });

  test("leaves an id it does not know as it is", () => {
    expect(relabelText("notes 999notes", labels)).toBe("notes 999notes");
  });
});

describe("CreatedLabels", () => {
  test("numbers the documents a run created per table, in the order first noted, once each", () => {
    const created = new CreatedLabels();
    for (const [table, id] of [["notes", "a"], ["users", "b"], ["notes", "c"], ["notes", "a"]]) created.note(table, id);
    expect([...created]).toEqual([["a", "notes[new 0]"], ["b", "users[new 0]"], ["c", "notes[new 1]"]]);
  });
});
