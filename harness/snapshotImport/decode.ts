import type { GenericValidator } from "convex/values";
import { fromBase64 } from "../corpus/codec.js";

type V = GenericValidator & { kind: string };

/**
 * Turns one exported value back into a Convex value, guided by the schema.
 * Two encodings exist: the tagged one of convexToJson (`{"$integer": base64}`
 * for int64, `{"$bytes": base64}`, `{"$float": base64}` for NaN and
 * infinities) and the "clean" one snapshot exports use, where an int64 is a
 * base-10 string, bytes a base64 string and a special float a string; only
 * the schema tells those strings from strings. Values the schema does not
 * explain are left as they are, for the schema check to report.
 */
export function decodeExportValue(value: unknown, validator?: GenericValidator): unknown {
  const tagged = decodeTagged(value);
  if (tagged !== NOT_TAGGED) return tagged;
  const v = validator as V | undefined;
  switch (v?.kind) {
    case "int64":
      return typeof value === "string" && /^-?\d+$/.test(value) ? BigInt(value) : typeof value === "number" && Number.isInteger(value) ? BigInt(value) : value;
    case "float64":
      return typeof value === "string" && ["NaN", "Infinity", "-Infinity"].includes(value) ? Number(value) : value;
    case "bytes":
      return typeof value === "string" ? (fromBase64(value).buffer as ArrayBuffer) : value;
    case "array":
      return Array.isArray(value) ? value.map((item) => decodeExportValue(item, (v as unknown as { element: GenericValidator }).element)) : value;
    case "object": {
      const fields = (v as unknown as { fields: Record<string, GenericValidator> }).fields;
      return mapObject(value, (key) => fields[key]);
    }
    case "record":
      return mapObject(value, () => (v as unknown as { value: GenericValidator }).value);
    case "union": {
      // The first member the decoded value would fit decides; plain strings stay strings.
      const members = (v as unknown as { members: V[] }).members;
      if (typeof value === "string" && members.some((m) => m.kind === "string" || m.kind === "id" || m.kind === "literal")) return value;
      const member = members.find((m) => mayEncode(m, value));
      return member ? decodeExportValue(value, member) : value;
    }
    default:
      return Array.isArray(value) ? value.map((item) => decodeExportValue(item)) : mapObject(value, () => undefined);
  }
}

const NOT_TAGGED = Symbol("not tagged");

function decodeTagged(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return NOT_TAGGED;
  const keys = Object.keys(value);
  if (keys.length !== 1 || typeof (value as Record<string, unknown>)[keys[0]] !== "string") return NOT_TAGGED;
  const inner = (value as Record<string, string>)[keys[0]];
  if (keys[0] === "$bytes") return fromBase64(inner).buffer as ArrayBuffer;
  if (keys[0] === "$integer") return new DataView(fromBase64(inner).buffer).getBigInt64(0, true);
  if (keys[0] === "$float") return new DataView(fromBase64(inner).buffer).getFloat64(0, true);
  return NOT_TAGGED;
}

function mapObject(value: unknown, validatorOf: (key: string) => GenericValidator | undefined): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeExportValue(item, validatorOf(key))]));
}

/**
 * Whether an exported value could be the encoding of a value of this kind (a
 * numeric string of an int64, a base64 string of bytes). Not a check of the
 * value itself: that one is checkValue's, once the value is decoded.
 */
function mayEncode(validator: V, value: unknown): boolean {
  switch (validator.kind) {
    case "int64":
      return typeof value === "string" ? /^-?\d+$/.test(value) : typeof value === "number";
    case "float64":
      return typeof value === "number";
    case "bytes":
      return typeof value === "string";
    case "array":
      return Array.isArray(value);
    case "object":
    case "record":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return false;
  }
}
