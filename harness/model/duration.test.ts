import { expect, test } from "vitest";
import { duration, minutesAndSeconds, preciseDuration, seconds } from "./duration.js";

// Each style is what its readers already see: these strings are not to drift.
test("progress and budgets, to the second", () => {
  expect([-5, 400, 42_000, 187_000, 3_600_000, 3_900_000].map(duration)).toEqual(["0s", "0s", "42s", "3m07s", "1h00m", "1h05m"]);
});

test("deadlines, under a second in milliseconds", () => {
  expect([300, 1000, 1500, 60_000, 61_234].map(preciseDuration)).toEqual(["300 ms", "1 s", "1.5 s", "60 s", "61.2 s"]);
});

test("wall times, to the tenth; the certificate's in minutes past a minute", () => {
  expect([900, 48_200, 174_300].map(seconds)).toEqual(["0.9 s", "48.2 s", "174.3 s"]);
  expect([900, 59_900, 61_000, 125_400].map(minutesAndSeconds)).toEqual(["0.9 s", "59.9 s", "1 min 1 s", "2 min 5 s"]);
});
