// convex-test 0.0.71 bundled with convex 1.48.0 (both Apache-2.0, see LICENSE), by scripts/vendorConvexTest.ts.
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex-test/dist/index.js
import { AsyncLocalStorage } from "node:async_hooks";

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/base64.js
var base64_exports = {};
__export(base64_exports, {
  byteLength: () => byteLength,
  fromByteArray: () => fromByteArray,
  fromByteArrayUrlSafeNoPadding: () => fromByteArrayUrlSafeNoPadding,
  toByteArray: () => toByteArray
});
var lookup = [];
var revLookup = [];
var Arr = Uint8Array;
var code = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
for (i = 0, len = code.length; i < len; ++i) {
  lookup[i] = code[i];
  revLookup[code.charCodeAt(i)] = i;
}
var i;
var len;
revLookup["-".charCodeAt(0)] = 62;
revLookup["_".charCodeAt(0)] = 63;
function getLens(b64) {
  var len = b64.length;
  if (len % 4 > 0) {
    throw new Error("Invalid string. Length must be a multiple of 4");
  }
  var validLen = b64.indexOf("=");
  if (validLen === -1) validLen = len;
  var placeHoldersLen = validLen === len ? 0 : 4 - validLen % 4;
  return [validLen, placeHoldersLen];
}
function byteLength(b64) {
  var lens = getLens(b64);
  var validLen = lens[0];
  var placeHoldersLen = lens[1];
  return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
}
function _byteLength(_b64, validLen, placeHoldersLen) {
  return (validLen + placeHoldersLen) * 3 / 4 - placeHoldersLen;
}
function toByteArray(b64) {
  var tmp;
  var lens = getLens(b64);
  var validLen = lens[0];
  var placeHoldersLen = lens[1];
  var arr2 = new Arr(_byteLength(b64, validLen, placeHoldersLen));
  var curByte = 0;
  var len = placeHoldersLen > 0 ? validLen - 4 : validLen;
  var i;
  for (i = 0; i < len; i += 4) {
    tmp = revLookup[b64.charCodeAt(i)] << 18 | revLookup[b64.charCodeAt(i + 1)] << 12 | revLookup[b64.charCodeAt(i + 2)] << 6 | revLookup[b64.charCodeAt(i + 3)];
    arr2[curByte++] = tmp >> 16 & 255;
    arr2[curByte++] = tmp >> 8 & 255;
    arr2[curByte++] = tmp & 255;
  }
  if (placeHoldersLen === 2) {
    tmp = revLookup[b64.charCodeAt(i)] << 2 | revLookup[b64.charCodeAt(i + 1)] >> 4;
    arr2[curByte++] = tmp & 255;
  }
  if (placeHoldersLen === 1) {
    tmp = revLookup[b64.charCodeAt(i)] << 10 | revLookup[b64.charCodeAt(i + 1)] << 4 | revLookup[b64.charCodeAt(i + 2)] >> 2;
    arr2[curByte++] = tmp >> 8 & 255;
    arr2[curByte++] = tmp & 255;
  }
  return arr2;
}
function tripletToBase64(num) {
  return lookup[num >> 18 & 63] + lookup[num >> 12 & 63] + lookup[num >> 6 & 63] + lookup[num & 63];
}
function encodeChunk(uint8, start, end) {
  var tmp;
  var output = [];
  for (var i = start; i < end; i += 3) {
    tmp = (uint8[i] << 16 & 16711680) + (uint8[i + 1] << 8 & 65280) + (uint8[i + 2] & 255);
    output.push(tripletToBase64(tmp));
  }
  return output.join("");
}
function fromByteArray(uint8) {
  var tmp;
  var len = uint8.length;
  var extraBytes = len % 3;
  var parts = [];
  var maxChunkLength = 16383;
  for (var i = 0, len2 = len - extraBytes; i < len2; i += maxChunkLength) {
    parts.push(
      encodeChunk(
        uint8,
        i,
        i + maxChunkLength > len2 ? len2 : i + maxChunkLength
      )
    );
  }
  if (extraBytes === 1) {
    tmp = uint8[len - 1];
    parts.push(lookup[tmp >> 2] + lookup[tmp << 4 & 63] + "==");
  } else if (extraBytes === 2) {
    tmp = (uint8[len - 2] << 8) + uint8[len - 1];
    parts.push(
      lookup[tmp >> 10] + lookup[tmp >> 4 & 63] + lookup[tmp << 2 & 63] + "="
    );
  }
  return parts.join("");
}
function fromByteArrayUrlSafeNoPadding(uint8) {
  return fromByteArray(uint8).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/common/index.js
function parseArgs(args) {
  if (args === void 0) {
    return {};
  }
  if (!isSimpleObject(args)) {
    throw new Error(
      `The arguments to a Convex function must be an object. Received: ${args}`
    );
  }
  return args;
}
function isSimpleObject(value) {
  const isObject = typeof value === "object";
  const prototype = Object.getPrototypeOf(value);
  const isSimple = prototype === null || prototype === Object.prototype || // Objects generated from other contexts (e.g. across Node.js `vm` modules) will not satisfy the previous
  // conditions but are still simple objects.
  prototype?.constructor?.name === "Object";
  return isObject && isSimple;
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/value.js
var LITTLE_ENDIAN = true;
var MIN_INT64 = BigInt("-9223372036854775808");
var MAX_INT64 = BigInt("9223372036854775807");
var ZERO = BigInt("0");
var EIGHT = BigInt("8");
var TWOFIFTYSIX = BigInt("256");
var COMMIT_TS_UNRESOLVED = "This commit timestamp is unresolved: its value is assigned when the mutation commits. Read the document after the mutation completes to get its value.";
var CommitTsPlaceholder = class {
  [Symbol.toPrimitive](hint) {
    if (hint === "string") {
      return this.toString();
    }
    throw new Error(COMMIT_TS_UNRESOLVED);
  }
  valueOf() {
    throw new Error(COMMIT_TS_UNRESOLVED);
  }
  toJSON() {
    throw new Error(COMMIT_TS_UNRESOLVED);
  }
  toString() {
    return "[unresolved commit timestamp]";
  }
};
var commitTsPlaceholder = new CommitTsPlaceholder();
function isSpecial(n) {
  return Number.isNaN(n) || !Number.isFinite(n) || Object.is(n, -0);
}
function slowBigIntToBase64(value) {
  if (value < ZERO) {
    value -= MIN_INT64 + MIN_INT64;
  }
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = "0" + hex;
  const bytes = new Uint8Array(new ArrayBuffer(8));
  let i = 0;
  for (const hexByte of hex.match(/.{2}/g).reverse()) {
    bytes.set([parseInt(hexByte, 16)], i++);
    value >>= EIGHT;
  }
  return fromByteArray(bytes);
}
function slowBase64ToBigInt(encoded) {
  const integerBytes = toByteArray(encoded);
  if (integerBytes.byteLength !== 8) {
    throw new Error(
      `Received ${integerBytes.byteLength} bytes, expected 8 for $integer`
    );
  }
  let value = ZERO;
  let power = ZERO;
  for (const byte of integerBytes) {
    value += BigInt(byte) * TWOFIFTYSIX ** power;
    power++;
  }
  if (value > MAX_INT64) {
    value += MIN_INT64 + MIN_INT64;
  }
  return value;
}
function modernBigIntToBase64(value) {
  if (value < MIN_INT64 || MAX_INT64 < value) {
    throw new Error(
      `BigInt ${value} does not fit into a 64-bit signed integer.`
    );
  }
  const buffer = new ArrayBuffer(8);
  new DataView(buffer).setBigInt64(0, value, true);
  return fromByteArray(new Uint8Array(buffer));
}
function modernBase64ToBigInt(encoded) {
  const integerBytes = toByteArray(encoded);
  if (integerBytes.byteLength !== 8) {
    throw new Error(
      `Received ${integerBytes.byteLength} bytes, expected 8 for $integer`
    );
  }
  const intBytesView = new DataView(integerBytes.buffer);
  return intBytesView.getBigInt64(0, true);
}
var bigIntToBase64 = DataView.prototype.setBigInt64 ? modernBigIntToBase64 : slowBigIntToBase64;
var base64ToBigInt = DataView.prototype.getBigInt64 ? modernBase64ToBigInt : slowBase64ToBigInt;
var MAX_IDENTIFIER_LEN = 1024;
function validateObjectField(k) {
  if (k.length > MAX_IDENTIFIER_LEN) {
    throw new Error(
      `Field name ${k} exceeds maximum field name length ${MAX_IDENTIFIER_LEN}.`
    );
  }
  if (k.startsWith("$")) {
    throw new Error(`Field name ${k} starts with a '$', which is reserved.`);
  }
  for (let i = 0; i < k.length; i += 1) {
    const charCode = k.charCodeAt(i);
    if (charCode < 32 || charCode >= 127) {
      throw new Error(
        `Field name ${k} has invalid character '${k[i]}': Field names can only contain non-control ASCII characters`
      );
    }
  }
}
function jsonToConvex(value) {
  if (value === null) {
    return value;
  }
  if (typeof value === "boolean") {
    return value;
  }
  if (typeof value === "number") {
    return value;
  }
  if (typeof value === "string") {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((value2) => jsonToConvex(value2));
  }
  if (typeof value !== "object") {
    throw new Error(`Unexpected type of ${value}`);
  }
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const key = entries[0][0];
    if (key === "$bytes") {
      if (typeof value.$bytes !== "string") {
        throw new Error(`Malformed $bytes field on ${value}`);
      }
      return toByteArray(value.$bytes).buffer;
    }
    if (key === "$integer") {
      if (typeof value.$integer !== "string") {
        throw new Error(`Malformed $integer field on ${value}`);
      }
      return base64ToBigInt(value.$integer);
    }
    if (key === "$float") {
      if (typeof value.$float !== "string") {
        throw new Error(`Malformed $float field on ${value}`);
      }
      const floatBytes = toByteArray(value.$float);
      if (floatBytes.byteLength !== 8) {
        throw new Error(
          `Received ${floatBytes.byteLength} bytes, expected 8 for $float`
        );
      }
      const floatBytesView = new DataView(floatBytes.buffer);
      const float = floatBytesView.getFloat64(0, LITTLE_ENDIAN);
      if (!isSpecial(float)) {
        throw new Error(`Float ${float} should be encoded as a number`);
      }
      return float;
    }
    if (key === "$commitTs") {
      if (value.$commitTs !== null) {
        throw new Error(`Malformed $commitTs field on ${value}`);
      }
      return commitTsPlaceholder;
    }
    if (key === "$set") {
      throw new Error(
        `Received a Set which is no longer supported as a Convex type.`
      );
    }
    if (key === "$map") {
      throw new Error(
        `Received a Map which is no longer supported as a Convex type.`
      );
    }
  }
  const out = {};
  for (const [k, v2] of Object.entries(value)) {
    validateObjectField(k);
    out[k] = jsonToConvex(v2);
  }
  return out;
}
var MAX_VALUE_FOR_ERROR_LEN = 16384;
function stringifyValueForError(value) {
  const str = JSON.stringify(value, (_key, value2) => {
    if (value2 === void 0) {
      return "undefined";
    }
    if (typeof value2 === "function") {
      return "[Function]";
    }
    if (typeof value2 === "symbol") {
      return String(value2);
    }
    if (typeof value2 === "bigint") {
      return `${value2.toString()}n`;
    }
    return value2;
  });
  if (str.length > MAX_VALUE_FOR_ERROR_LEN) {
    const rest = "[...truncated]";
    let truncateAt = MAX_VALUE_FOR_ERROR_LEN - rest.length;
    const codePoint = str.codePointAt(truncateAt - 1);
    if (codePoint !== void 0 && codePoint > 65535) {
      truncateAt -= 1;
    }
    return str.substring(0, truncateAt) + rest;
  }
  return str;
}
function convexToJsonInternal(value, originalValue, context, includeTopLevelUndefined) {
  if (value === void 0) {
    const contextText = context && ` (present at path ${context} in original object ${stringifyValueForError(
      originalValue
    )})`;
    throw new Error(
      `undefined is not a valid Convex value${contextText}. To learn about Convex's supported types, see https://docs.convex.dev/using/types.`
    );
  }
  if (value === null) {
    return value;
  }
  if (typeof value === "bigint") {
    if (value < MIN_INT64 || MAX_INT64 < value) {
      throw new Error(
        `BigInt ${value} does not fit into a 64-bit signed integer.`
      );
    }
    return { $integer: bigIntToBase64(value) };
  }
  if (typeof value === "number") {
    if (isSpecial(value)) {
      const buffer = new ArrayBuffer(8);
      new DataView(buffer).setFloat64(0, value, LITTLE_ENDIAN);
      return { $float: fromByteArray(new Uint8Array(buffer)) };
    } else {
      return value;
    }
  }
  if (typeof value === "boolean") {
    return value;
  }
  if (typeof value === "string") {
    return value;
  }
  if (value instanceof ArrayBuffer) {
    return { $bytes: fromByteArray(new Uint8Array(value)) };
  }
  if (value instanceof CommitTsPlaceholder) {
    return { $commitTs: null };
  }
  if (Array.isArray(value)) {
    return value.map(
      (value2, i) => convexToJsonInternal(value2, originalValue, context + `[${i}]`, false)
    );
  }
  if (value instanceof Set) {
    throw new Error(
      errorMessageForUnsupportedType(context, "Set", [...value], originalValue)
    );
  }
  if (value instanceof Map) {
    throw new Error(
      errorMessageForUnsupportedType(context, "Map", [...value], originalValue)
    );
  }
  if (!isSimpleObject(value)) {
    const theType = value?.constructor?.name;
    const typeName = theType ? `${theType} ` : "";
    throw new Error(
      errorMessageForUnsupportedType(context, typeName, value, originalValue)
    );
  }
  const out = {};
  const entries = Object.entries(value);
  entries.sort(([k1, _v1], [k2, _v2]) => k1 === k2 ? 0 : k1 < k2 ? -1 : 1);
  for (const [k, v2] of entries) {
    if (v2 !== void 0) {
      validateObjectField(k);
      out[k] = convexToJsonInternal(v2, originalValue, context + `.${k}`, false);
    } else if (includeTopLevelUndefined) {
      validateObjectField(k);
      out[k] = convexOrUndefinedToJsonInternal(
        v2,
        originalValue,
        context + `.${k}`
      );
    }
  }
  return out;
}
function errorMessageForUnsupportedType(context, typeName, value, originalValue) {
  if (context) {
    return `${typeName}${stringifyValueForError(
      value
    )} is not a supported Convex type (present at path ${context} in original object ${stringifyValueForError(
      originalValue
    )}). To learn about Convex's supported types, see https://docs.convex.dev/using/types.`;
  } else {
    return `${typeName}${stringifyValueForError(
      value
    )} is not a supported Convex type.`;
  }
}
function convexOrUndefinedToJsonInternal(value, originalValue, context) {
  if (value === void 0) {
    return { $undefined: null };
  } else {
    if (originalValue === void 0) {
      throw new Error(
        `Programming error. Current value is ${stringifyValueForError(
          value
        )} but original value is undefined`
      );
    }
    return convexToJsonInternal(value, originalValue, context, false);
  }
}
function convexToJson(value) {
  return convexToJsonInternal(value, value, "", false);
}
function convexOrUndefinedToJson(value) {
  return convexOrUndefinedToJsonInternal(value, value, "");
}
function patchValueToJson(value) {
  return convexToJsonInternal(value, value, "", true);
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/validators.js
var __defProp2 = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp2(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
var UNDEFINED_VALIDATOR_ERROR_URL = "https://docs.convex.dev/error#undefined-validator";
function throwUndefinedValidatorError(context, fieldName) {
  const fieldInfo = fieldName !== void 0 ? ` for field "${fieldName}"` : "";
  throw new Error(
    `A validator is undefined${fieldInfo} in ${context}. This is often caused by circular imports. See ${UNDEFINED_VALIDATOR_ERROR_URL} for details.`
  );
}
var BaseValidator = class {
  constructor({ isOptional }) {
    __publicField(this, "type");
    __publicField(this, "fieldPaths");
    __publicField(this, "isOptional");
    __publicField(this, "isConvexValidator");
    this.isOptional = isOptional;
    this.isConvexValidator = true;
  }
};
var VId = class _VId extends BaseValidator {
  /**
   * Usually you'd use `v.id(tableName)` instead.
   */
  constructor({
    isOptional,
    tableName
  }) {
    super({ isOptional });
    __publicField(this, "tableName");
    __publicField(this, "kind", "id");
    if (typeof tableName !== "string") {
      throw new Error("v.id(tableName) requires a string");
    }
    this.tableName = tableName;
  }
  /** @internal */
  get json() {
    return { type: "id", tableName: this.tableName };
  }
  /** Allow this field to be validated as absent. */
  optional() {
    return new _VId({
      isOptional: "optional",
      tableName: this.tableName
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VFloat64 = class _VFloat64 extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "float64");
  }
  /** @internal */
  get json() {
    return { type: "number" };
  }
  /** Allow this field to be validated as absent. */
  optional() {
    return new _VFloat64({
      isOptional: "optional"
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VInt64 = class _VInt64 extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "int64");
  }
  /** @internal */
  get json() {
    return { type: "bigint" };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VInt64({ isOptional: "optional" });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VCommitTs = class _VCommitTs extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "commitTs");
  }
  /** @internal */
  get json() {
    return { type: this.kind };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VCommitTs({
      isOptional: "optional"
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VBoolean = class _VBoolean extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "boolean");
  }
  /** @internal */
  get json() {
    return { type: this.kind };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VBoolean({
      isOptional: "optional"
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VBytes = class _VBytes extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "bytes");
  }
  /** @internal */
  get json() {
    return { type: this.kind };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VBytes({ isOptional: "optional" });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VString = class _VString extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "string");
  }
  /** @internal */
  get json() {
    return { type: this.kind };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VString({
      isOptional: "optional"
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VNull = class _VNull extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "null");
  }
  /** @internal */
  get json() {
    return { type: this.kind };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VNull({ isOptional: "optional" });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VAny = class _VAny extends BaseValidator {
  constructor() {
    super(...arguments);
    __publicField(this, "kind", "any");
  }
  /** @internal */
  get json() {
    return {
      type: this.kind
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VAny({
      isOptional: "optional"
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VObject = class _VObject extends BaseValidator {
  /**
   * Usually you'd use `v.object({ ... })` instead.
   */
  constructor({
    isOptional,
    fields
  }) {
    super({ isOptional });
    __publicField(this, "fields");
    __publicField(this, "kind", "object");
    globalThis.Object.entries(fields).forEach(([fieldName, validator]) => {
      if (validator === void 0) {
        throwUndefinedValidatorError("v.object()", fieldName);
      }
      if (!validator.isConvexValidator) {
        throw new Error("v.object() entries must be validators");
      }
    });
    this.fields = fields;
  }
  /** @internal */
  get json() {
    return {
      type: this.kind,
      value: globalThis.Object.fromEntries(
        globalThis.Object.entries(this.fields).map(([k, v2]) => [
          k,
          {
            fieldType: v2.json,
            optional: v2.isOptional === "optional" ? true : false
          }
        ])
      )
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VObject({
      isOptional: "optional",
      fields: this.fields
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
  /**
   * Create a new VObject with the specified fields omitted.
   * @param fields The field names to omit from this VObject.
   */
  omit(...fields) {
    const newFields = { ...this.fields };
    for (const field of fields) {
      delete newFields[field];
    }
    return new _VObject({
      isOptional: this.isOptional,
      fields: newFields
    });
  }
  /**
   * Create a new VObject with only the specified fields.
   * @param fields The field names to pick from this VObject.
   */
  pick(...fields) {
    const newFields = {};
    for (const field of fields) {
      newFields[field] = this.fields[field];
    }
    return new _VObject({
      isOptional: this.isOptional,
      fields: newFields
    });
  }
  /**
   * Create a new VObject with all fields marked as optional.
   */
  partial() {
    const newFields = {};
    for (const [key, validator] of globalThis.Object.entries(this.fields)) {
      newFields[key] = validator.asOptional();
    }
    return new _VObject({
      isOptional: this.isOptional,
      fields: newFields
    });
  }
  /**
   * Create a new VObject with additional fields merged in.
   * @param fields An object with additional validators to merge into this VObject.
   */
  extend(fields) {
    return new _VObject({
      isOptional: this.isOptional,
      fields: { ...this.fields, ...fields }
    });
  }
};
var VLiteral = class _VLiteral extends BaseValidator {
  /**
   * Usually you'd use `v.literal(value)` instead.
   */
  constructor({ isOptional, value }) {
    super({ isOptional });
    __publicField(this, "value");
    __publicField(this, "kind", "literal");
    if (typeof value !== "string" && typeof value !== "boolean" && typeof value !== "number" && typeof value !== "bigint") {
      throw new Error("v.literal(value) must be a string, number, or boolean");
    }
    this.value = value;
  }
  /** @internal */
  get json() {
    return {
      type: this.kind,
      value: convexToJson(this.value)
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VLiteral({
      isOptional: "optional",
      value: this.value
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VArray = class _VArray extends BaseValidator {
  /**
   * Usually you'd use `v.array(element)` instead.
   */
  constructor({
    isOptional,
    element
  }) {
    super({ isOptional });
    __publicField(this, "element");
    __publicField(this, "kind", "array");
    if (element === void 0) {
      throwUndefinedValidatorError("v.array()");
    }
    this.element = element;
  }
  /** @internal */
  get json() {
    return {
      type: this.kind,
      value: this.element.json
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VArray({
      isOptional: "optional",
      element: this.element
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VRecord = class _VRecord extends BaseValidator {
  /**
   * Usually you'd use `v.record(key, value)` instead.
   */
  constructor({
    isOptional,
    key,
    value
  }) {
    super({ isOptional });
    __publicField(this, "key");
    __publicField(this, "value");
    __publicField(this, "kind", "record");
    if (key === void 0) {
      throwUndefinedValidatorError("v.record()", "key");
    }
    if (value === void 0) {
      throwUndefinedValidatorError("v.record()", "value");
    }
    if (key.isOptional === "optional") {
      throw new Error("Record validator cannot have optional keys");
    }
    if (value.isOptional === "optional") {
      throw new Error("Record validator cannot have optional values");
    }
    if (!key.isConvexValidator || !value.isConvexValidator) {
      throw new Error("Key and value of v.record() must be validators");
    }
    this.key = key;
    this.value = value;
  }
  /** @internal */
  get json() {
    return {
      type: this.kind,
      // This cast is needed because TypeScript thinks the key type is too wide
      keys: this.key.json,
      values: {
        fieldType: this.value.json,
        optional: false
      }
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VRecord({
      isOptional: "optional",
      key: this.key,
      value: this.value
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};
var VUnion = class _VUnion extends BaseValidator {
  /**
   * Usually you'd use `v.union(...members)` instead.
   */
  constructor({ isOptional, members }) {
    super({ isOptional });
    __publicField(this, "members");
    __publicField(this, "kind", "union");
    members.forEach((member, index) => {
      if (member === void 0) {
        throwUndefinedValidatorError("v.union()", `member at index ${index}`);
      }
      if (!member.isConvexValidator) {
        throw new Error("All members of v.union() must be validators");
      }
    });
    this.members = members;
  }
  /** @internal */
  get json() {
    return {
      type: this.kind,
      value: this.members.map((v2) => v2.json)
    };
  }
  /** Allow this validated field to be absent. */
  optional() {
    return new _VUnion({
      isOptional: "optional",
      members: this.members
    });
  }
  /** @internal */
  asOptional() {
    return this.optional();
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/validator.js
function isValidator(v2) {
  return v2?.isConvexValidator === true;
}
function asObjectValidator(obj) {
  if (isValidator(obj)) {
    return obj;
  } else {
    return v.object(obj);
  }
}
var v = {
  /**
   * Validates that the value is a document ID for the given table.
   *
   * IDs are strings at runtime but are typed as `Id<"tableName">` in
   * TypeScript for type safety.
   *
   * @example
   * ```typescript
   * args: { userId: v.id("users") }
   * ```
   *
   * @param tableName The name of the table.
   */
  id: (tableName) => {
    return new VId({
      isOptional: "required",
      tableName
    });
  },
  /**
   * Validates that the value is `null`.
   *
   * Use `returns: v.null()` for functions that don't return a meaningful value.
   * JavaScript `undefined` is not a valid Convex value, it is automatically
   * converted to `null`.
   */
  null: () => {
    return new VNull({ isOptional: "required" });
  },
  /**
   * Validates that the value is a JavaScript `number` (Convex Float64).
   *
   * Supports all IEEE-754 double-precision floating point numbers including
   * NaN and Infinity.
   *
   * Alias for `v.float64()`.
   */
  number: () => {
    return new VFloat64({ isOptional: "required" });
  },
  /**
   * Validates that the value is a JavaScript `number` (Convex Float64).
   *
   * Supports all IEEE-754 double-precision floating point numbers.
   */
  float64: () => {
    return new VFloat64({ isOptional: "required" });
  },
  /**
   * @deprecated Use `v.int64()` instead.
   */
  bigint: () => {
    return new VInt64({ isOptional: "required" });
  },
  /**
   * Validates that the value is a JavaScript `bigint` (Convex Int64).
   *
   * Supports BigInts between -2^63 and 2^63-1.
   *
   * @example
   * ```typescript
   * args: { timestamp: v.int64() }
   * // Usage: createDoc({ timestamp: 1234567890n })
   * ```
   */
  int64: () => {
    return new VInt64({ isOptional: "required" });
  },
  /**
   * Validates that the value is a commit timestamp: an int64 (`bigint`)
   * assigned from the transaction's commit timestamp.
   *
   * An index on a field with this validator orders documents by commit order.
   * Accepts any int64 value; write `db.vars.commitTs` to have the field
   * resolve to the commit timestamp when the mutation commits.
   */
  commitTs: () => {
    return new VCommitTs({ isOptional: "required" });
  },
  /**
   * Validates that the value is a `boolean`.
   */
  boolean: () => {
    return new VBoolean({ isOptional: "required" });
  },
  /**
   * Validates that the value is a `string`.
   *
   * Strings are stored as UTF-8 and their storage size is calculated as their
   * UTF-8 encoded size.
   */
  string: () => {
    return new VString({ isOptional: "required" });
  },
  /**
   * Validates that the value is an `ArrayBuffer` (Convex Bytes).
   *
   * Use for binary data.
   */
  bytes: () => {
    return new VBytes({ isOptional: "required" });
  },
  /**
   * Validates that the value is exactly equal to the given literal.
   *
   * Useful for discriminated unions and enum-like patterns.
   *
   * @example
   * ```typescript
   * // Discriminated union pattern:
   * v.union(
   *   v.object({ kind: v.literal("error"), message: v.string() }),
   *   v.object({ kind: v.literal("success"), value: v.number() }),
   * )
   * ```
   *
   * @param literal The literal value to compare against.
   */
  literal: (literal) => {
    return new VLiteral({ isOptional: "required", value: literal });
  },
  /**
   * Validates that the value is an `Array` where every element matches the
   * given validator.
   *
   * Arrays can have at most 8192 elements.
   *
   * @example
   * ```typescript
   * args: { tags: v.array(v.string()) }
   * args: { coordinates: v.array(v.number()) }
   * args: { items: v.array(v.object({ name: v.string(), qty: v.number() })) }
   * ```
   *
   * @param element The validator for the elements of the array.
   */
  array: (element) => {
    return new VArray({ isOptional: "required", element });
  },
  /**
   * Validates that the value is an `Object` with the specified properties.
   *
   * Objects can have at most 1024 entries. Field names must be non-empty and
   * must not start with `"$"` or `"_"` (`_` is reserved for system fields
   * like `_id` and `_creationTime`; `$` is reserved for Convex internal use).
   *
   * @example
   * ```typescript
   * args: {
   *   user: v.object({
   *     name: v.string(),
   *     email: v.string(),
   *     age: v.optional(v.number()),
   *   })
   * }
   * ```
   *
   * @param fields An object mapping property names to their validators.
   */
  object: (fields) => {
    return new VObject({ isOptional: "required", fields });
  },
  /**
   * Validates that the value is a `Record` (object with dynamic keys).
   *
   * Records are objects at runtime but allow dynamic keys, unlike `v.object()`
   * which requires known property names. Keys must be ASCII characters only,
   * non-empty, and not start with `"$"` or `"_"`.
   *
   * @example
   * ```typescript
   * // Map of user IDs to scores:
   * args: { scores: v.record(v.id("users"), v.number()) }
   *
   * // Map of string keys to string values:
   * args: { metadata: v.record(v.string(), v.string()) }
   * ```
   *
   * @param keys The validator for the keys of the record.
   * @param values The validator for the values of the record.
   */
  record: (keys, values) => {
    return new VRecord({
      isOptional: "required",
      key: keys,
      value: values
    });
  },
  /**
   * Validates that the value matches at least one of the given validators.
   *
   * @example
   * ```typescript
   * // Allow string or number:
   * args: { value: v.union(v.string(), v.number()) }
   *
   * // Discriminated union (recommended pattern):
   * v.union(
   *   v.object({ kind: v.literal("text"), body: v.string() }),
   *   v.object({ kind: v.literal("image"), url: v.string() }),
   * )
   *
   * // Nullable value:
   * returns: v.union(v.object({ ... }), v.null())
   * ```
   *
   * @param members The validators to match against.
   */
  union: (...members) => {
    return new VUnion({
      isOptional: "required",
      members
    });
  },
  /**
   * A validator that accepts any Convex value without validation.
   *
   * Prefer using specific validators when possible for better type safety
   * and runtime validation.
   */
  any: () => {
    return new VAny({ isOptional: "required" });
  },
  /**
   * Makes a property optional in an object validator.
   *
   * An optional property can be omitted entirely when creating a document or
   * calling a function. This is different from `v.nullable()` which requires
   * the property to be present but allows `null`.
   *
   * @example
   * ```typescript
   * v.object({
   *   name: v.string(),              // required
   *   nickname: v.optional(v.string()), // can be omitted
   * })
   *
   * // Valid: { name: "Alice" }
   * // Valid: { name: "Alice", nickname: "Ali" }
   * // Invalid: { name: "Alice", nickname: null }  - use v.nullable() for this
   * ```
   *
   * @param value The property value validator to make optional.
   */
  optional: (value) => {
    return value.asOptional();
  },
  /**
   * Allows a value to be either the given type or `null`.
   *
   * This is shorthand for `v.union(value, v.null())`. Unlike `v.optional()`,
   * the property must still be present, but may be `null`.
   *
   * @example
   * ```typescript
   * v.object({
   *   name: v.string(),
   *   deletedAt: v.nullable(v.number()), // must be present, can be null
   * })
   *
   * // Valid: { name: "Alice", deletedAt: null }
   * // Valid: { name: "Alice", deletedAt: 1234567890 }
   * // Invalid: { name: "Alice" }  - deletedAt is required
   * ```
   */
  nullable: (value) => {
    return v.union(value, v.null());
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/errors.js
var __defProp3 = Object.defineProperty;
var __defNormalProp2 = (obj, key, value) => key in obj ? __defProp3(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField2 = (obj, key, value) => __defNormalProp2(obj, typeof key !== "symbol" ? key + "" : key, value);
var _a;
var _b;
var IDENTIFYING_FIELD = Symbol.for("ConvexError");
var ConvexError = class extends (_b = Error, _a = IDENTIFYING_FIELD, _b) {
  constructor(data) {
    super(typeof data === "string" ? data : stringifyValueForError(data));
    __publicField2(this, "name", "ConvexError");
    __publicField2(this, "data");
    __publicField2(this, _a, true);
    this.data = data;
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/compare_utf8.js
function compareUTF8(a, b) {
  const aLength = a.length;
  const bLength = b.length;
  const length = Math.min(aLength, bLength);
  for (let i = 0; i < length; ) {
    const aCodePoint = a.codePointAt(i);
    const bCodePoint = b.codePointAt(i);
    if (aCodePoint !== bCodePoint) {
      if (aCodePoint < 128 && bCodePoint < 128) {
        return aCodePoint - bCodePoint;
      }
      const aLength2 = utf8Bytes(aCodePoint, aBytes);
      const bLength2 = utf8Bytes(bCodePoint, bBytes);
      return compareArrays(aBytes, aLength2, bBytes, bLength2);
    }
    i += utf16LengthForCodePoint(aCodePoint);
  }
  return aLength - bLength;
}
function compareArrays(a, aLength, b, bLength) {
  const length = Math.min(aLength, bLength);
  for (let i = 0; i < length; i++) {
    const aValue = a[i];
    const bValue = b[i];
    if (aValue !== bValue) {
      return aValue - bValue;
    }
  }
  return aLength - bLength;
}
function utf16LengthForCodePoint(aCodePoint) {
  return aCodePoint > 65535 ? 2 : 1;
}
var arr = () => Array.from({ length: 4 }, () => 0);
var aBytes = arr();
var bBytes = arr();
function utf8Bytes(codePoint, bytes) {
  if (codePoint < 128) {
    bytes[0] = codePoint;
    return 1;
  }
  let count;
  let offset;
  if (codePoint <= 2047) {
    count = 1;
    offset = 192;
  } else if (codePoint <= 65535) {
    count = 2;
    offset = 224;
  } else if (codePoint <= 1114111) {
    count = 3;
    offset = 240;
  } else {
    throw new Error("Invalid code point");
  }
  bytes[0] = (codePoint >> 6 * count) + offset;
  let i = 1;
  for (; count > 0; count--) {
    const temp = codePoint >> 6 * (count - 1);
    bytes[i++] = 128 | temp & 63;
  }
  return i;
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/compare.js
function compareValues(k1, k2) {
  return compareAsTuples(makeComparable(k1), makeComparable(k2));
}
function compareAsTuples(a, b) {
  if (a[0] === b[0]) {
    return compareSameTypeValues(a[1], b[1]);
  } else if (a[0] < b[0]) {
    return -1;
  }
  return 1;
}
function compareSameTypeValues(v1, v2) {
  if (v1 === void 0 || v1 === null) {
    return 0;
  }
  if (typeof v1 === "number") {
    if (typeof v2 !== "number") {
      throw new Error(`Unexpected type ${v2}`);
    }
    return compareNumbers(v1, v2);
  }
  if (typeof v1 === "string") {
    if (typeof v2 !== "string") {
      throw new Error(`Unexpected type ${v2}`);
    }
    return compareUTF8(v1, v2);
  }
  if (typeof v1 === "bigint" || typeof v1 === "boolean" || typeof v1 === "string") {
    return v1 < v2 ? -1 : v1 === v2 ? 0 : 1;
  }
  if (!Array.isArray(v1) || !Array.isArray(v2)) {
    throw new Error(`Unexpected type ${v1}`);
  }
  for (let i = 0; i < v1.length && i < v2.length; i++) {
    const cmp = compareAsTuples(v1[i], v2[i]);
    if (cmp !== 0) {
      return cmp;
    }
  }
  if (v1.length < v2.length) {
    return -1;
  }
  if (v1.length > v2.length) {
    return 1;
  }
  return 0;
}
function compareNumbers(v1, v2) {
  if (isNaN(v1) || isNaN(v2)) {
    const buffer1 = new ArrayBuffer(8);
    const buffer2 = new ArrayBuffer(8);
    new DataView(buffer1).setFloat64(
      0,
      v1,
      /* little-endian */
      true
    );
    new DataView(buffer2).setFloat64(
      0,
      v2,
      /* little-endian */
      true
    );
    const v1Bits = BigInt(
      new DataView(buffer1).getBigInt64(
        0,
        /* little-endian */
        true
      )
    );
    const v2Bits = BigInt(
      new DataView(buffer2).getBigInt64(
        0,
        /* little-endian */
        true
      )
    );
    const v1Sign = (v1Bits & 0x8000000000000000n) !== 0n;
    const v2Sign = (v2Bits & 0x8000000000000000n) !== 0n;
    if (isNaN(v1) !== isNaN(v2)) {
      if (isNaN(v1)) {
        return v1Sign ? -1 : 1;
      }
      return v2Sign ? 1 : -1;
    }
    if (v1Sign !== v2Sign) {
      return v1Sign ? -1 : 1;
    }
    return v1Bits < v2Bits ? -1 : v1Bits === v2Bits ? 0 : 1;
  }
  if (Object.is(v1, v2)) {
    return 0;
  }
  if (Object.is(v1, -0)) {
    return Object.is(v2, 0) ? -1 : -Math.sign(v2);
  }
  if (Object.is(v2, -0)) {
    return Object.is(v1, 0) ? 1 : Math.sign(v1);
  }
  return v1 < v2 ? -1 : 1;
}
function makeComparable(v2) {
  if (v2 === void 0) {
    return [0, void 0];
  }
  if (v2 === null) {
    return [1, null];
  }
  if (typeof v2 === "bigint") {
    return [2, v2];
  }
  if (v2 instanceof CommitTsPlaceholder) {
    return [2, MAX_INT64];
  }
  if (typeof v2 === "number") {
    return [3, v2];
  }
  if (typeof v2 === "boolean") {
    return [4, v2];
  }
  if (typeof v2 === "string") {
    return [5, v2];
  }
  if (v2 instanceof ArrayBuffer) {
    return [6, Array.from(new Uint8Array(v2)).map(makeComparable)];
  }
  if (Array.isArray(v2)) {
    return [7, v2.map(makeComparable)];
  }
  const keys = Object.keys(v2).sort();
  const pojo = keys.map((k) => [k, v2[k]]);
  return [9, pojo.map(makeComparable)];
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/values/size.js
function getConvexSize(value) {
  if (value === void 0) {
    return 0;
  }
  if (value === null) {
    return 1;
  }
  if (typeof value === "boolean") {
    return 1;
  }
  if (typeof value === "bigint") {
    return 9;
  }
  if (value instanceof CommitTsPlaceholder) {
    return 9;
  }
  if (typeof value === "number") {
    return 9;
  }
  if (typeof value === "string") {
    return 2 + getUtf8ByteLength(value);
  }
  if (value instanceof ArrayBuffer) {
    return 2 + value.byteLength;
  }
  if (Array.isArray(value)) {
    let size = 2;
    for (const element of value) {
      size += getConvexSize(element);
    }
    return size;
  }
  if (isSimpleObject(value)) {
    let size = 2;
    for (const [key, val] of Object.entries(value)) {
      if (val !== void 0) {
        size += getUtf8ByteLength(key) + 1 + getConvexSize(val);
      }
    }
    return size;
  }
  throw new Error(`Unsupported value type: ${typeof value}`);
}
var UTF8_LENGTH_THRESHOLD = 500;
function getUtf8ByteLength(str) {
  if (str.length > UTF8_LENGTH_THRESHOLD) {
    return new TextEncoder().encode(str).length;
  }
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    const code2 = str.charCodeAt(i);
    if (code2 < 128) {
      bytes += 1;
    } else if (code2 < 2048) {
      bytes += 2;
    } else if (code2 >= 55296 && code2 <= 56319) {
      bytes += 4;
      i++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}
var SYSTEM_FIELD_ID_ESTIMATE = 38;
var SYSTEM_FIELD_CREATION_TIME_SIZE = 23;
function getDocumentSize(value, options) {
  const baseSize = getConvexSize(value);
  const hasId = "_id" in value && value["_id"] !== void 0;
  const hasCreationTime = "_creationTime" in value && value["_creationTime"] !== void 0;
  if (hasId && hasCreationTime) {
    return baseSize;
  }
  let additionalSize = 0;
  if (!hasId) {
    if (options?.customIdLength) {
      additionalSize += options.customIdLength + 6;
    } else {
      additionalSize += SYSTEM_FIELD_ID_ESTIMATE;
    }
  }
  if (!hasCreationTime) {
    additionalSize += SYSTEM_FIELD_CREATION_TIME_SIZE;
  }
  return baseSize + additionalSize;
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/index.js
var version = "1.48.0";

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/syscall.js
function performSyscall(op, arg) {
  if (typeof Convex === "undefined" || Convex.syscall === void 0) {
    throw new Error(
      "The Convex database and auth objects are being used outside of a Convex backend. Did you mean to use `useQuery` or `useMutation` to call a Convex function?"
    );
  }
  const resultStr = Convex.syscall(op, JSON.stringify(arg));
  return JSON.parse(resultStr);
}
async function performAsyncSyscall(op, arg) {
  if (typeof Convex === "undefined" || Convex.asyncSyscall === void 0) {
    throw new Error(
      "The Convex database and auth objects are being used outside of a Convex backend. Did you mean to use `useQuery` or `useMutation` to call a Convex function?"
    );
  }
  let resultStr;
  try {
    resultStr = await Convex.asyncSyscall(op, JSON.stringify(arg));
  } catch (e) {
    if (e.data !== void 0) {
      const rethrown = new ConvexError(e.message);
      rethrown.data = jsonToConvex(e.data);
      throw rethrown;
    }
    throw new Error(e.message);
  }
  return JSON.parse(resultStr);
}
function performJsSyscall(op, arg) {
  if (typeof Convex === "undefined" || Convex.jsSyscall === void 0) {
    throw new Error(
      "The Convex database and auth objects are being used outside of a Convex backend. Did you mean to use `useQuery` or `useMutation` to call a Convex function?"
    );
  }
  return Convex.jsSyscall(op, arg);
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/functionName.js
var functionName = Symbol.for("functionName");

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/components/paths.js
var toReferencePath = Symbol.for("toReferencePath");
function extractReferencePath(reference) {
  return reference[toReferencePath] ?? null;
}
function isFunctionHandle(s) {
  return s.startsWith("function://");
}
function getFunctionAddress(functionReference) {
  let functionAddress;
  if (typeof functionReference === "string") {
    if (isFunctionHandle(functionReference)) {
      functionAddress = { functionHandle: functionReference };
    } else {
      functionAddress = { name: functionReference };
    }
  } else if (functionReference[functionName]) {
    functionAddress = { name: functionReference[functionName] };
  } else {
    const referencePath = extractReferencePath(functionReference);
    if (!referencePath) {
      throw new Error(`${functionReference} is not a functionReference`);
    }
    functionAddress = { reference: referencePath };
  }
  return functionAddress;
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/validate.js
function validateArg(arg, idx, method, argName) {
  if (arg === void 0) {
    throw new TypeError(
      `Must provide arg ${idx} \`${argName}\` to \`${method}\``
    );
  }
}
function validateArgIsNonNegativeInteger(arg, idx, method, argName) {
  if (!Number.isInteger(arg) || arg < 0) {
    throw new TypeError(
      `Arg ${idx} \`${argName}\` to \`${method}\` must be a non-negative integer`
    );
  }
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/actions_impl.js
function syscallArgs(requestId, functionReference, args) {
  const address = getFunctionAddress(functionReference);
  return {
    ...address,
    args: convexToJson(parseArgs(args)),
    version,
    requestId
  };
}
function setupActionCalls(requestId) {
  return {
    runQuery: async (query, args) => {
      const result = await performAsyncSyscall(
        "1.0/actions/query",
        syscallArgs(requestId, query, args)
      );
      return jsonToConvex(result);
    },
    runMutation: async (mutation, args) => {
      const result = await performAsyncSyscall(
        "1.0/actions/mutation",
        syscallArgs(requestId, mutation, args)
      );
      return jsonToConvex(result);
    },
    runAction: async (action, args) => {
      const result = await performAsyncSyscall(
        "1.0/actions/action",
        syscallArgs(requestId, action, args)
      );
      return jsonToConvex(result);
    }
  };
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/vector_search.js
var __defProp4 = Object.defineProperty;
var __defNormalProp3 = (obj, key, value) => key in obj ? __defProp4(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField3 = (obj, key, value) => __defNormalProp3(obj, typeof key !== "symbol" ? key + "" : key, value);
var FilterExpression = class {
  /**
   * @internal
   */
  constructor() {
    __publicField3(this, "_isExpression");
    __publicField3(this, "_value");
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/vector_search_impl.js
var __defProp5 = Object.defineProperty;
var __defNormalProp4 = (obj, key, value) => key in obj ? __defProp5(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField4 = (obj, key, value) => __defNormalProp4(obj, typeof key !== "symbol" ? key + "" : key, value);
function setupActionVectorSearch(requestId) {
  return async (tableName, indexName, query) => {
    validateArg(tableName, 1, "vectorSearch", "tableName");
    validateArg(indexName, 2, "vectorSearch", "indexName");
    validateArg(query, 3, "vectorSearch", "query");
    if (!query.vector || !Array.isArray(query.vector) || query.vector.length === 0) {
      throw Error("`vector` must be a non-empty Array in vectorSearch");
    }
    return await new VectorQueryImpl(
      requestId,
      tableName + "." + indexName,
      query
    ).collect();
  };
}
var VectorQueryImpl = class {
  constructor(requestId, indexName, query) {
    __publicField4(this, "requestId");
    __publicField4(this, "state");
    this.requestId = requestId;
    const filters = query.filter ? serializeExpression(query.filter(filterBuilderImpl)) : null;
    this.state = {
      type: "preparing",
      query: {
        indexName,
        limit: query.limit,
        vector: query.vector,
        expressions: filters
      }
    };
  }
  async collect() {
    if (this.state.type === "consumed") {
      throw new Error("This query is closed and can't emit any more values.");
    }
    const query = this.state.query;
    this.state = { type: "consumed" };
    const { results } = await performAsyncSyscall("1.0/actions/vectorSearch", {
      requestId: this.requestId,
      version,
      query
    });
    return results;
  }
};
var ExpressionImpl = class extends FilterExpression {
  constructor(inner) {
    super();
    __publicField4(this, "inner");
    this.inner = inner;
  }
  serialize() {
    return this.inner;
  }
};
function serializeExpression(expr) {
  if (expr instanceof ExpressionImpl) {
    return expr.serialize();
  } else {
    return { $literal: convexOrUndefinedToJson(expr) };
  }
}
var filterBuilderImpl = {
  //  Comparisons  /////////////////////////////////////////////////////////////
  eq(fieldName, value) {
    if (typeof fieldName !== "string") {
      throw new Error("The first argument to `q.eq` must be a field name.");
    }
    return new ExpressionImpl({
      $eq: [
        serializeExpression(new ExpressionImpl({ $field: fieldName })),
        serializeExpression(value)
      ]
    });
  },
  //  Logic  ///////////////////////////////////////////////////////////////////
  or(...exprs) {
    return new ExpressionImpl({ $or: exprs.map(serializeExpression) });
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/authentication_impl.js
function setupAuth(requestId) {
  return {
    getUserIdentity: async () => {
      return await performAsyncSyscall("1.0/getUserIdentity", {
        requestId
      });
    }
  };
}
function setupMutationAuth(requestId) {
  return {
    ...setupAuth(requestId),
    signJwt: async (options) => {
      return await performAsyncSyscall("1.0/signJwt", {
        requestId,
        version,
        ...options
      });
    }
  };
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/filter_builder.js
var __defProp6 = Object.defineProperty;
var __defNormalProp5 = (obj, key, value) => key in obj ? __defProp6(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField5 = (obj, key, value) => __defNormalProp5(obj, typeof key !== "symbol" ? key + "" : key, value);
var Expression = class {
  /**
   * @internal
   */
  constructor() {
    __publicField5(this, "_isExpression");
    __publicField5(this, "_value");
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/filter_builder_impl.js
var __defProp7 = Object.defineProperty;
var __defNormalProp6 = (obj, key, value) => key in obj ? __defProp7(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField6 = (obj, key, value) => __defNormalProp6(obj, typeof key !== "symbol" ? key + "" : key, value);
var ExpressionImpl2 = class extends Expression {
  constructor(inner) {
    super();
    __publicField6(this, "inner");
    this.inner = inner;
  }
  serialize() {
    return this.inner;
  }
};
function serializeExpression2(expr) {
  if (expr instanceof ExpressionImpl2) {
    return expr.serialize();
  } else {
    return { $literal: convexOrUndefinedToJson(expr) };
  }
}
var filterBuilderImpl2 = {
  //  Comparisons  /////////////////////////////////////////////////////////////
  eq(l, r) {
    return new ExpressionImpl2({
      $eq: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  neq(l, r) {
    return new ExpressionImpl2({
      $neq: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  lt(l, r) {
    return new ExpressionImpl2({
      $lt: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  lte(l, r) {
    return new ExpressionImpl2({
      $lte: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  gt(l, r) {
    return new ExpressionImpl2({
      $gt: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  gte(l, r) {
    return new ExpressionImpl2({
      $gte: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  //  Arithmetic  //////////////////////////////////////////////////////////////
  add(l, r) {
    return new ExpressionImpl2({
      $add: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  sub(l, r) {
    return new ExpressionImpl2({
      $sub: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  mul(l, r) {
    return new ExpressionImpl2({
      $mul: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  div(l, r) {
    return new ExpressionImpl2({
      $div: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  mod(l, r) {
    return new ExpressionImpl2({
      $mod: [serializeExpression2(l), serializeExpression2(r)]
    });
  },
  neg(x) {
    return new ExpressionImpl2({ $neg: serializeExpression2(x) });
  },
  //  Logic  ///////////////////////////////////////////////////////////////////
  and(...exprs) {
    return new ExpressionImpl2({ $and: exprs.map(serializeExpression2) });
  },
  or(...exprs) {
    return new ExpressionImpl2({ $or: exprs.map(serializeExpression2) });
  },
  not(x) {
    return new ExpressionImpl2({ $not: serializeExpression2(x) });
  },
  //  Other  ///////////////////////////////////////////////////////////////////
  field(fieldPath) {
    return new ExpressionImpl2({ $field: fieldPath });
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/index_range_builder.js
var __defProp8 = Object.defineProperty;
var __defNormalProp7 = (obj, key, value) => key in obj ? __defProp8(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField7 = (obj, key, value) => __defNormalProp7(obj, typeof key !== "symbol" ? key + "" : key, value);
var IndexRange = class {
  /**
   * @internal
   */
  constructor() {
    __publicField7(this, "_isIndexRange");
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/index_range_builder_impl.js
var __defProp9 = Object.defineProperty;
var __defNormalProp8 = (obj, key, value) => key in obj ? __defProp9(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField8 = (obj, key, value) => __defNormalProp8(obj, typeof key !== "symbol" ? key + "" : key, value);
var IndexRangeBuilderImpl = class _IndexRangeBuilderImpl extends IndexRange {
  constructor(rangeExpressions) {
    super();
    __publicField8(this, "rangeExpressions");
    __publicField8(this, "isConsumed");
    this.rangeExpressions = rangeExpressions;
    this.isConsumed = false;
  }
  static new() {
    return new _IndexRangeBuilderImpl([]);
  }
  consume() {
    if (this.isConsumed) {
      throw new Error(
        "IndexRangeBuilder has already been used! Chain your method calls like `q => q.eq(...).eq(...)`. See https://docs.convex.dev/using/indexes"
      );
    }
    this.isConsumed = true;
  }
  eq(fieldName, value) {
    this.consume();
    return new _IndexRangeBuilderImpl(
      this.rangeExpressions.concat({
        type: "Eq",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  gt(fieldName, value) {
    this.consume();
    return new _IndexRangeBuilderImpl(
      this.rangeExpressions.concat({
        type: "Gt",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  gte(fieldName, value) {
    this.consume();
    return new _IndexRangeBuilderImpl(
      this.rangeExpressions.concat({
        type: "Gte",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  lt(fieldName, value) {
    this.consume();
    return new _IndexRangeBuilderImpl(
      this.rangeExpressions.concat({
        type: "Lt",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  lte(fieldName, value) {
    this.consume();
    return new _IndexRangeBuilderImpl(
      this.rangeExpressions.concat({
        type: "Lte",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  export() {
    this.consume();
    return this.rangeExpressions;
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/search_filter_builder.js
var __defProp10 = Object.defineProperty;
var __defNormalProp9 = (obj, key, value) => key in obj ? __defProp10(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField9 = (obj, key, value) => __defNormalProp9(obj, typeof key !== "symbol" ? key + "" : key, value);
var SearchFilter = class {
  /**
   * @internal
   */
  constructor() {
    __publicField9(this, "_isSearchFilter");
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/search_filter_builder_impl.js
var __defProp11 = Object.defineProperty;
var __defNormalProp10 = (obj, key, value) => key in obj ? __defProp11(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField10 = (obj, key, value) => __defNormalProp10(obj, typeof key !== "symbol" ? key + "" : key, value);
var SearchFilterBuilderImpl = class _SearchFilterBuilderImpl extends SearchFilter {
  constructor(filters) {
    super();
    __publicField10(this, "filters");
    __publicField10(this, "isConsumed");
    this.filters = filters;
    this.isConsumed = false;
  }
  static new() {
    return new _SearchFilterBuilderImpl([]);
  }
  consume() {
    if (this.isConsumed) {
      throw new Error(
        "SearchFilterBuilder has already been used! Chain your method calls like `q => q.search(...).eq(...)`."
      );
    }
    this.isConsumed = true;
  }
  search(fieldName, query) {
    validateArg(fieldName, 1, "search", "fieldName");
    validateArg(query, 2, "search", "query");
    this.consume();
    return new _SearchFilterBuilderImpl(
      this.filters.concat({
        type: "Search",
        fieldPath: fieldName,
        value: query
      })
    );
  }
  eq(fieldName, value) {
    validateArg(fieldName, 1, "eq", "fieldName");
    if (arguments.length !== 2) {
      validateArg(value, 2, "search", "value");
    }
    this.consume();
    return new _SearchFilterBuilderImpl(
      this.filters.concat({
        type: "Eq",
        fieldPath: fieldName,
        value: convexOrUndefinedToJson(value)
      })
    );
  }
  export() {
    this.consume();
    return this.filters;
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/query_impl.js
var __defProp12 = Object.defineProperty;
var __defNormalProp11 = (obj, key, value) => key in obj ? __defProp12(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField11 = (obj, key, value) => __defNormalProp11(obj, typeof key !== "symbol" ? key + "" : key, value);
var MAX_QUERY_OPERATORS = 256;
var QueryInitializerImpl = class {
  constructor(tableName) {
    __publicField11(this, "tableName");
    this.tableName = tableName;
  }
  withIndex(indexName, indexRange) {
    validateArg(indexName, 1, "withIndex", "indexName");
    let rangeBuilder = IndexRangeBuilderImpl.new();
    if (indexRange !== void 0) {
      rangeBuilder = indexRange(rangeBuilder);
    }
    return new QueryImpl({
      source: {
        type: "IndexRange",
        indexName: this.tableName + "." + indexName,
        range: rangeBuilder.export(),
        order: null
      },
      operators: []
    });
  }
  withSearchIndex(indexName, searchFilter) {
    validateArg(indexName, 1, "withSearchIndex", "indexName");
    validateArg(searchFilter, 2, "withSearchIndex", "searchFilter");
    const searchFilterBuilder = SearchFilterBuilderImpl.new();
    return new QueryImpl({
      source: {
        type: "Search",
        indexName: this.tableName + "." + indexName,
        filters: searchFilter(searchFilterBuilder).export()
      },
      operators: []
    });
  }
  fullTableScan() {
    return new QueryImpl({
      source: {
        type: "FullTableScan",
        tableName: this.tableName,
        order: null
      },
      operators: []
    });
  }
  order(order) {
    return this.fullTableScan().order(order);
  }
  // This is internal API and should not be exposed to developers yet.
  async count() {
    const syscallJSON = await performAsyncSyscall("1.0/count", {
      table: this.tableName
    });
    const syscallResult = jsonToConvex(syscallJSON);
    return syscallResult;
  }
  filter(predicate) {
    return this.fullTableScan().filter(predicate);
  }
  limit(n) {
    return this.fullTableScan().limit(n);
  }
  collect() {
    return this.fullTableScan().collect();
  }
  take(n) {
    return this.fullTableScan().take(n);
  }
  paginate(paginationOpts) {
    return this.fullTableScan().paginate(paginationOpts);
  }
  first() {
    return this.fullTableScan().first();
  }
  unique() {
    return this.fullTableScan().unique();
  }
  [Symbol.asyncIterator]() {
    return this.fullTableScan()[Symbol.asyncIterator]();
  }
};
function throwClosedError(type) {
  throw new Error(
    type === "consumed" ? "This query is closed and can't emit any more values." : "This query has been chained with another operator and can't be reused."
  );
}
var QueryImpl = class _QueryImpl {
  constructor(query) {
    __publicField11(this, "state");
    __publicField11(this, "tableNameForErrorMessages");
    this.state = { type: "preparing", query };
    if (query.source.type === "FullTableScan") {
      this.tableNameForErrorMessages = query.source.tableName;
    } else {
      this.tableNameForErrorMessages = query.source.indexName.split(".")[0];
    }
  }
  takeQuery() {
    if (this.state.type !== "preparing") {
      throw new Error(
        "A query can only be chained once and can't be chained after iteration begins."
      );
    }
    const query = this.state.query;
    this.state = { type: "closed" };
    return query;
  }
  startQuery() {
    if (this.state.type === "executing") {
      throw new Error("Iteration can only begin on a query once.");
    }
    if (this.state.type === "closed" || this.state.type === "consumed") {
      throwClosedError(this.state.type);
    }
    const query = this.state.query;
    const { queryId } = performSyscall("1.0/queryStream", { query, version });
    this.state = { type: "executing", queryId };
    return queryId;
  }
  closeQuery() {
    if (this.state.type === "executing") {
      const queryId = this.state.queryId;
      performSyscall("1.0/queryCleanup", { queryId });
    }
    this.state = { type: "consumed" };
  }
  order(order) {
    validateArg(order, 1, "order", "order");
    const query = this.takeQuery();
    if (query.source.type === "Search") {
      throw new Error(
        "Search queries must always be in relevance order. Can not set order manually."
      );
    }
    if (query.source.order !== null) {
      throw new Error("Queries may only specify order at most once");
    }
    query.source.order = order;
    return new _QueryImpl(query);
  }
  filter(predicate) {
    validateArg(predicate, 1, "filter", "predicate");
    const query = this.takeQuery();
    if (query.operators.length >= MAX_QUERY_OPERATORS) {
      throw new Error(
        `Can't construct query with more than ${MAX_QUERY_OPERATORS} operators`
      );
    }
    query.operators.push({
      filter: serializeExpression2(predicate(filterBuilderImpl2))
    });
    return new _QueryImpl(query);
  }
  limit(n) {
    validateArg(n, 1, "limit", "n");
    const query = this.takeQuery();
    query.operators.push({ limit: n });
    return new _QueryImpl(query);
  }
  [Symbol.asyncIterator]() {
    this.startQuery();
    return this;
  }
  async next() {
    if (this.state.type === "closed" || this.state.type === "consumed") {
      throwClosedError(this.state.type);
    }
    const queryId = this.state.type === "preparing" ? this.startQuery() : this.state.queryId;
    const { value, done } = await performAsyncSyscall("1.0/queryStreamNext", {
      queryId
    });
    if (done) {
      this.closeQuery();
    }
    const convexValue = jsonToConvex(value);
    return { value: convexValue, done };
  }
  return() {
    this.closeQuery();
    return Promise.resolve({ done: true, value: void 0 });
  }
  async paginate(paginationOpts) {
    validateArg(paginationOpts, 1, "paginate", "options");
    if (typeof paginationOpts?.numItems !== "number" || paginationOpts.numItems < 0) {
      throw new Error(
        `\`options.numItems\` must be a positive number. Received \`${paginationOpts?.numItems}\`.`
      );
    }
    const query = this.takeQuery();
    const pageSize = paginationOpts.numItems;
    const cursor = paginationOpts.cursor;
    const endCursor = paginationOpts?.endCursor ?? null;
    const maximumRowsRead = paginationOpts.maximumRowsRead ?? null;
    const { page, isDone, continueCursor, splitCursor, pageStatus } = await performAsyncSyscall("1.0/queryPage", {
      query,
      cursor,
      endCursor,
      pageSize,
      maximumRowsRead,
      maximumBytesRead: paginationOpts.maximumBytesRead,
      version
    });
    return {
      page: page.map((json) => jsonToConvex(json)),
      isDone,
      continueCursor,
      splitCursor,
      pageStatus
    };
  }
  async collect() {
    const out = [];
    for await (const item of this) {
      out.push(item);
    }
    return out;
  }
  async take(n) {
    validateArg(n, 1, "take", "n");
    validateArgIsNonNegativeInteger(n, 1, "take", "n");
    return this.limit(n).collect();
  }
  async first() {
    const first_array = await this.take(1);
    return first_array.length === 0 ? null : first_array[0];
  }
  async unique() {
    const first_two_array = await this.take(2);
    if (first_two_array.length === 0) {
      return null;
    }
    if (first_two_array.length === 2) {
      throw new Error(`unique() query returned more than one result from table ${this.tableNameForErrorMessages}:
 [${first_two_array[0]._id}, ${first_two_array[1]._id}, ...]`);
    }
    return first_two_array[0];
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/database_impl.js
async function get(table, id, isSystem) {
  validateArg(id, 1, "get", "id");
  if (typeof id !== "string") {
    throw new Error(
      `Invalid argument \`id\` for \`db.get\`, expected string but got '${typeof id}': ${id}`
    );
  }
  const args = {
    id: convexToJson(id),
    isSystem,
    version,
    table
  };
  const syscallJSON = await performAsyncSyscall("1.0/get", args);
  return jsonToConvex(syscallJSON);
}
function setupReader() {
  const reader = (isSystem = false) => {
    return {
      get: async (arg0, arg1) => {
        return arg1 !== void 0 ? await get(arg0, arg1, isSystem) : await get(void 0, arg0, isSystem);
      },
      query: (tableName) => {
        return new TableReader(tableName, isSystem).query();
      },
      normalizeId: (tableName, id) => {
        validateArg(tableName, 1, "normalizeId", "tableName");
        validateArg(id, 2, "normalizeId", "id");
        const accessingSystemTable = tableName.startsWith("_");
        if (accessingSystemTable !== isSystem) {
          throw new Error(
            `${accessingSystemTable ? "System" : "User"} tables can only be accessed from db.${isSystem ? "" : "system."}normalizeId().`
          );
        }
        const syscallJSON = performSyscall("1.0/db/normalizeId", {
          table: tableName,
          idString: id
        });
        const syscallResult = jsonToConvex(syscallJSON);
        return syscallResult.id;
      },
      // We set the system reader on the next line
      system: null,
      table: (tableName) => {
        return new TableReader(tableName, isSystem);
      }
    };
  };
  const { system: _, ...rest } = reader(true);
  const r = reader();
  r.system = rest;
  return r;
}
async function insert(tableName, value) {
  if (tableName.startsWith("_")) {
    throw new Error("System tables (prefixed with `_`) are read-only.");
  }
  validateArg(tableName, 1, "insert", "table");
  validateArg(value, 2, "insert", "value");
  const syscallJSON = await performAsyncSyscall("1.0/insert", {
    table: tableName,
    value: convexToJson(value)
  });
  const syscallResult = jsonToConvex(syscallJSON);
  return syscallResult._id;
}
async function patch(table, id, value) {
  validateArg(id, 1, "patch", "id");
  validateArg(value, 2, "patch", "value");
  await performAsyncSyscall("1.0/shallowMerge", {
    id: convexToJson(id),
    value: patchValueToJson(value),
    table
  });
}
async function replace(table, id, value) {
  validateArg(id, 1, "replace", "id");
  validateArg(value, 2, "replace", "value");
  await performAsyncSyscall("1.0/replace", {
    id: convexToJson(id),
    value: convexToJson(value),
    table
  });
}
async function delete_(table, id) {
  validateArg(id, 1, "delete", "id");
  await performAsyncSyscall("1.0/remove", {
    id: convexToJson(id),
    table
  });
}
function setupWriter() {
  const reader = setupReader();
  return {
    get: reader.get,
    query: reader.query,
    normalizeId: reader.normalizeId,
    system: reader.system,
    insert: async (table, value) => {
      return await insert(table, value);
    },
    patch: async (arg0, arg1, arg2) => {
      return arg2 !== void 0 ? await patch(arg0, arg1, arg2) : await patch(void 0, arg0, arg1);
    },
    replace: async (arg0, arg1, arg2) => {
      return arg2 !== void 0 ? await replace(arg0, arg1, arg2) : await replace(void 0, arg0, arg1);
    },
    delete: async (arg0, arg1) => {
      return arg1 !== void 0 ? await delete_(arg0, arg1) : await delete_(void 0, arg0);
    },
    table: (tableName) => {
      return new TableWriter(tableName, false);
    },
    vars: {
      commitTs: commitTsPlaceholder
    }
  };
}
var TableReader = class {
  constructor(tableName, isSystem) {
    this.tableName = tableName;
    this.isSystem = isSystem;
  }
  async get(id) {
    return get(this.tableName, id, this.isSystem);
  }
  query() {
    const accessingSystemTable = this.tableName.startsWith("_");
    if (accessingSystemTable !== this.isSystem) {
      throw new Error(
        `${accessingSystemTable ? "System" : "User"} tables can only be accessed from db.${this.isSystem ? "" : "system."}query().`
      );
    }
    return new QueryInitializerImpl(this.tableName);
  }
};
var TableWriter = class extends TableReader {
  async insert(value) {
    return insert(this.tableName, value);
  }
  async patch(id, value) {
    return patch(this.tableName, id, value);
  }
  async replace(id, value) {
    return replace(this.tableName, id, value);
  }
  async delete(id) {
    return delete_(this.tableName, id);
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/scheduler_impl.js
function setupMutationScheduler() {
  return {
    runAfter: async (delayMs, functionReference, args) => {
      const syscallArgs2 = runAfterSyscallArgs(delayMs, functionReference, args);
      return await performAsyncSyscall("1.0/schedule", syscallArgs2);
    },
    runAt: async (ms_since_epoch_or_date, functionReference, args) => {
      const syscallArgs2 = runAtSyscallArgs(
        ms_since_epoch_or_date,
        functionReference,
        args
      );
      return await performAsyncSyscall("1.0/schedule", syscallArgs2);
    },
    cancel: async (id) => {
      validateArg(id, 1, "cancel", "id");
      const args = { id: convexToJson(id) };
      await performAsyncSyscall("1.0/cancel_job", args);
    }
  };
}
function setupActionScheduler(requestId) {
  return {
    runAfter: async (delayMs, functionReference, args) => {
      const syscallArgs2 = {
        requestId,
        ...runAfterSyscallArgs(delayMs, functionReference, args)
      };
      return await performAsyncSyscall("1.0/actions/schedule", syscallArgs2);
    },
    runAt: async (ms_since_epoch_or_date, functionReference, args) => {
      const syscallArgs2 = {
        requestId,
        ...runAtSyscallArgs(ms_since_epoch_or_date, functionReference, args)
      };
      return await performAsyncSyscall("1.0/actions/schedule", syscallArgs2);
    },
    cancel: async (id) => {
      validateArg(id, 1, "cancel", "id");
      const syscallArgs2 = {
        requestId,
        id: convexToJson(id)
      };
      return await performAsyncSyscall("1.0/actions/cancel_job", syscallArgs2);
    }
  };
}
function runAfterSyscallArgs(delayMs, functionReference, args) {
  if (typeof delayMs !== "number") {
    throw new Error("`delayMs` must be a number");
  }
  if (!isFinite(delayMs)) {
    throw new Error("`delayMs` must be a finite number");
  }
  if (delayMs < 0) {
    throw new Error("`delayMs` must be non-negative");
  }
  const functionArgs = parseArgs(args);
  const address = getFunctionAddress(functionReference);
  const ts = (Date.now() + delayMs) / 1e3;
  return {
    ...address,
    ts,
    args: convexToJson(functionArgs),
    version
  };
}
function runAtSyscallArgs(ms_since_epoch_or_date, functionReference, args) {
  let ts;
  if (ms_since_epoch_or_date instanceof Date) {
    ts = ms_since_epoch_or_date.valueOf() / 1e3;
  } else if (typeof ms_since_epoch_or_date === "number") {
    ts = ms_since_epoch_or_date / 1e3;
  } else {
    throw new Error("The invoke time must a Date or a timestamp");
  }
  const address = getFunctionAddress(functionReference);
  const functionArgs = parseArgs(args);
  return {
    ...address,
    ts,
    args: convexToJson(functionArgs),
    version
  };
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/storage_impl.js
function setupStorageReader(requestId) {
  return {
    getUrl: async (storageId) => {
      validateArg(storageId, 1, "getUrl", "storageId");
      return await performAsyncSyscall("1.0/storageGetUrl", {
        requestId,
        version,
        storageId
      });
    },
    getMetadata: async (storageId) => {
      return await performAsyncSyscall("1.0/storageGetMetadata", {
        requestId,
        version,
        storageId
      });
    }
  };
}
function setupStorageWriter(requestId) {
  const reader = setupStorageReader(requestId);
  return {
    generateUploadUrl: async () => {
      return await performAsyncSyscall("1.0/storageGenerateUploadUrl", {
        requestId,
        version
      });
    },
    delete: async (storageId) => {
      await performAsyncSyscall("1.0/storageDelete", {
        requestId,
        version,
        storageId
      });
    },
    store: async (blob, options) => {
      if (!(blob instanceof Blob)) {
        throw new Error(
          "store() expects a Blob. If you are trying to store a Request, `await request.blob()` will give you the correct input."
        );
      }
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return await performAsyncSyscall("1.0/storageStore", {
        requestId,
        version,
        blob: fromByteArray(bytes),
        contentType: blob.type,
        sha256: options?.sha256
      });
    },
    get: async (storageId) => {
      const result = await performAsyncSyscall("1.0/storageGet", {
        requestId,
        version,
        storageId
      });
      if (result === null) {
        return null;
      }
      return new Blob([toByteArray(result.blob)], {
        type: result.contentType ?? ""
      });
    },
    getUrl: reader.getUrl,
    getMetadata: reader.getMetadata
  };
}
function setupStorageActionWriter(requestId) {
  const writer = setupStorageWriter(requestId);
  return {
    ...writer,
    store: async (blob, options) => {
      return await performJsSyscall("storage/storeBlob", {
        requestId,
        version,
        blob,
        options
      });
    },
    get: async (storageId) => {
      return await performJsSyscall("storage/getBlob", {
        requestId,
        version,
        storageId
      });
    }
  };
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/meta_impl.js
async function getTransactionMetrics() {
  let syscallJSON;
  try {
    syscallJSON = await performAsyncSyscall("1.0/getTransactionMetrics", {});
  } catch (e) {
    if (e.message?.includes("Unknown async operation")) {
      throw new Error(
        "getTransactionMetrics() can only be called from a query or mutation. It is not available in actions or outside of a Convex function."
      );
    }
    throw e;
  }
  return jsonToConvex(syscallJSON);
}
async function getFunctionMetadata() {
  const { name, componentPath } = await performAsyncSyscall(
    "1.0/getFunctionMetadata",
    {}
  );
  return {
    name,
    componentPath
  };
}
async function getDeploymentMetadata() {
  const syscallJSON = await performAsyncSyscall(
    "1.0/getDeploymentMetadata",
    {}
  );
  const result = jsonToConvex(syscallJSON);
  return {
    name: result.name,
    region: result.region ?? null,
    class: result.class
  };
}
function getSnapshotTs() {
  const syscallJSON = performSyscall("1.0/getSnapshotTs", {});
  return jsonToConvex(syscallJSON);
}
async function getRequestMetadata() {
  const { ip, userAgent, requestId, scheduledFunctionId, authToken } = await performAsyncSyscall("1.0/getRequestMetadata", {});
  return { ip, userAgent, requestId, scheduledFunctionId, authToken };
}
function setupQueryMeta(visibility) {
  return {
    getFunctionMetadata: async () => ({
      ...await getFunctionMetadata(),
      type: "query",
      visibility
    }),
    getTransactionMetrics,
    getDeploymentMetadata,
    getSnapshotTs
  };
}
function setupMutationMeta(visibility) {
  return {
    getFunctionMetadata: async () => ({
      ...await getFunctionMetadata(),
      type: "mutation",
      visibility
    }),
    getTransactionMetrics,
    getDeploymentMetadata,
    getRequestMetadata,
    getSnapshotTs
  };
}
function setupActionMeta(visibility) {
  return {
    getFunctionMetadata: async () => ({
      ...await getFunctionMetadata(),
      type: "action",
      visibility
    }),
    getDeploymentMetadata,
    getRequestMetadata
  };
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/impl/registration_impl.js
async function invokeMutation(func, argsStr, visibility) {
  const requestId = "";
  const args = jsonToConvex(JSON.parse(argsStr));
  const mutationCtx = {
    db: setupWriter(),
    auth: setupMutationAuth(requestId),
    storage: setupStorageWriter(requestId),
    scheduler: setupMutationScheduler(),
    meta: setupMutationMeta(visibility),
    runQuery: (reference, args2, options) => options?.useStaleSnapshot ? runUdf("snapshotQuery", reference, args2, options?.transactionLimits) : runUdf("query", reference, args2, options?.transactionLimits),
    runMutation: (reference, args2, options) => runUdf("mutation", reference, args2, options?.transactionLimits)
  };
  const result = await invokeFunction(func, mutationCtx, args);
  validateReturnValue(result);
  return JSON.stringify(convexToJson(result === void 0 ? null : result));
}
function validateReturnValue(v2) {
  if (v2 instanceof QueryInitializerImpl || v2 instanceof QueryImpl) {
    throw new Error(
      "Return value is a Query. Results must be retrieved with `.collect()`, `.take(n), `.unique()`, or `.first()`."
    );
  }
}
async function invokeFunction(func, ctx, args) {
  let result;
  try {
    result = await Promise.resolve(func(ctx, ...args));
  } catch (thrown) {
    throw serializeConvexErrorData(thrown);
  }
  return result;
}
function dontCallDirectly(funcType, handler) {
  return (ctx, args) => {
    globalThis.console.warn(
      `Convex functions should not directly call other Convex functions. Consider calling a helper function instead. e.g. \`export const foo = ${funcType}(...); await foo(ctx);\` is not supported. See https://docs.convex.dev/production/best-practices/#use-helper-functions-to-write-shared-code`
    );
    return handler(ctx, args);
  };
}
function serializeConvexErrorData(thrown) {
  if (typeof thrown === "object" && thrown !== null && Symbol.for("ConvexError") in thrown) {
    const error = thrown;
    error.data = JSON.stringify(
      convexToJson(error.data === void 0 ? null : error.data)
    );
    error.ConvexErrorSymbol = Symbol.for("ConvexError");
    return error;
  } else {
    return thrown;
  }
}
function assertNotBrowser() {
  if (typeof window === "undefined" || window.__convexAllowFunctionsInBrowser) {
    return;
  }
  const isRealBrowser = Object.getOwnPropertyDescriptor(globalThis, "window")?.get?.toString().includes("[native code]") ?? false;
  if (isRealBrowser) {
    console.error(
      "Convex functions should not be imported in the browser. This will throw an error in future versions of `convex`. If this is a false negative, please report it to Convex support."
    );
  }
}
function strictReplacer(key, value) {
  if (value === void 0) {
    throw new Error(
      `A validator is undefined for field "${key}". This is often caused by circular imports. See https://docs.convex.dev/error#undefined-validator for details.`
    );
  }
  return value;
}
function exportArgs(functionDefinition) {
  return () => {
    let args = v.any();
    if (typeof functionDefinition === "object" && functionDefinition.args !== void 0) {
      args = asObjectValidator(functionDefinition.args);
    }
    return JSON.stringify(args.json, strictReplacer);
  };
}
function exportReturns(functionDefinition) {
  return () => {
    let returns;
    if (typeof functionDefinition === "object" && functionDefinition.returns !== void 0) {
      returns = asObjectValidator(functionDefinition.returns);
    }
    return JSON.stringify(returns ? returns.json : null, strictReplacer);
  };
}
var mutationGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly("mutation", handler);
  assertNotBrowser();
  func.isMutation = true;
  func.isPublic = true;
  func.invokeMutation = (argsStr) => invokeMutation(handler, argsStr, "public");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
var internalMutationGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly(
    "internalMutation",
    handler
  );
  assertNotBrowser();
  func.isMutation = true;
  func.isInternal = true;
  func.invokeMutation = (argsStr) => invokeMutation(handler, argsStr, "internal");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
async function invokeQuery(func, argsStr, visibility) {
  const requestId = "";
  const args = jsonToConvex(JSON.parse(argsStr));
  const queryCtx = {
    db: setupReader(),
    auth: setupAuth(requestId),
    storage: setupStorageReader(requestId),
    meta: setupQueryMeta(visibility),
    runQuery: (reference, args2, options) => {
      if (options?.useStaleSnapshot) {
        throw new Error(
          "`useStaleSnapshot` is only supported in mutations, not queries."
        );
      }
      return runUdf("query", reference, args2, options?.transactionLimits);
    }
  };
  const result = await invokeFunction(func, queryCtx, args);
  validateReturnValue(result);
  return JSON.stringify(convexToJson(result === void 0 ? null : result));
}
var queryGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly("query", handler);
  assertNotBrowser();
  func.isQuery = true;
  func.isPublic = true;
  func.invokeQuery = (argsStr) => invokeQuery(handler, argsStr, "public");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
var internalQueryGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly("internalQuery", handler);
  assertNotBrowser();
  func.isQuery = true;
  func.isInternal = true;
  func.invokeQuery = (argsStr) => invokeQuery(handler, argsStr, "internal");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
async function invokeAction(func, requestId, argsStr, visibility) {
  const args = jsonToConvex(JSON.parse(argsStr));
  const calls = setupActionCalls(requestId);
  const ctx = {
    ...calls,
    auth: setupAuth(requestId),
    scheduler: setupActionScheduler(requestId),
    storage: setupStorageActionWriter(requestId),
    vectorSearch: setupActionVectorSearch(requestId),
    meta: setupActionMeta(visibility)
  };
  const result = await invokeFunction(func, ctx, args);
  return JSON.stringify(convexToJson(result === void 0 ? null : result));
}
var actionGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly("action", handler);
  assertNotBrowser();
  func.isAction = true;
  func.isPublic = true;
  func.invokeAction = (requestId, argsStr) => invokeAction(handler, requestId, argsStr, "public");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
var internalActionGeneric = ((functionDefinition) => {
  const handler = typeof functionDefinition === "function" ? functionDefinition : functionDefinition.handler;
  const func = dontCallDirectly("internalAction", handler);
  assertNotBrowser();
  func.isAction = true;
  func.isInternal = true;
  func.invokeAction = (requestId, argsStr) => invokeAction(handler, requestId, argsStr, "internal");
  func.exportArgs = exportArgs(functionDefinition);
  func.exportReturns = exportReturns(functionDefinition);
  func._handler = handler;
  return func;
});
async function invokeHttpAction(func, request) {
  const requestId = "";
  const calls = setupActionCalls(requestId);
  const ctx = {
    ...calls,
    auth: setupAuth(requestId),
    storage: setupStorageActionWriter(requestId),
    scheduler: setupActionScheduler(requestId),
    vectorSearch: setupActionVectorSearch(requestId),
    meta: setupActionMeta("public")
  };
  return await invokeFunction(func, ctx, [request]);
}
var httpActionGeneric = (func) => {
  const q = dontCallDirectly("httpAction", func);
  assertNotBrowser();
  q.isHttp = true;
  q.invokeHttpAction = (request) => invokeHttpAction(func, request);
  q._handler = func;
  return q;
};
async function runUdf(udfType, f, args, transactionLimits) {
  const queryArgs = parseArgs(args);
  const syscallArgs2 = {
    udfType,
    args: convexToJson(queryArgs),
    ...getFunctionAddress(f)
  };
  if (transactionLimits) {
    syscallArgs2.transactionLimits = transactionLimits;
  }
  const result = await performAsyncSyscall("1.0/runUdf", syscallArgs2);
  return jsonToConvex(result);
}

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/pagination.js
var paginationOptsValidator = v.object({
  numItems: v.number(),
  cursor: v.union(v.string(), v.null()),
  endCursor: v.optional(v.union(v.string(), v.null())),
  id: v.optional(v.number()),
  maximumRowsRead: v.optional(v.number()),
  maximumBytesRead: v.optional(v.number())
});

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/api.js
function makeFunctionReference(name) {
  return { [functionName]: name };
}
function createApi(pathParts = []) {
  const handler = {
    get(_, prop) {
      if (typeof prop === "string") {
        const newParts = [...pathParts, prop];
        return createApi(newParts);
      } else if (prop === functionName) {
        if (pathParts.length < 2) {
          const found = ["api", ...pathParts].join(".");
          throw new Error(
            `API path is expected to be of the form \`api.moduleName.functionName\`. Found: \`${found}\``
          );
        }
        const path = pathParts.slice(0, -1).join("/");
        const exportName = pathParts[pathParts.length - 1];
        if (exportName === "default") {
          return path;
        } else {
          return path + ":" + exportName;
        }
      } else if (prop === Symbol.toStringTag) {
        return "FunctionReference";
      } else {
        return void 0;
      }
    }
  };
  return new Proxy({}, handler);
}
function filterApi(api) {
  return api;
}
var anyApi = createApi();

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/components/index.js
function createChildComponents(root, pathParts) {
  const handler = {
    get(_, prop) {
      if (typeof prop === "string") {
        const newParts = [...pathParts, prop];
        return createChildComponents(root, newParts);
      } else if (prop === toReferencePath) {
        if (pathParts.length < 1) {
          const found = [root, ...pathParts].join(".");
          throw new Error(
            `API path is expected to be of the form \`${root}.childComponent.functionName\`. Found: \`${found}\``
          );
        }
        return `_reference/childComponent/` + pathParts.join("/");
      } else {
        return void 0;
      }
    }
  };
  return new Proxy({}, handler);
}
var componentsGeneric = () => createChildComponents("components", []);

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/logVars.js
var REQUEST_ID = Symbol("var.requestId");
var IP = Symbol("var.ip");
var USER_AGENT = Symbol("var.userAgent");
var NOW = Symbol("var.now");
var CONVEX_ACTOR = Symbol("var.convexActor");
var varNames = {
  [REQUEST_ID]: "requestId",
  [IP]: "ip",
  [USER_AGENT]: "userAgent",
  [NOW]: "now",
  [CONVEX_ACTOR]: "convexActor"
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex/dist/esm/server/schema.js
var __defProp13 = Object.defineProperty;
var __defNormalProp12 = (obj, key, value) => key in obj ? __defProp13(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField12 = (obj, key, value) => __defNormalProp12(obj, typeof key !== "symbol" ? key + "" : key, value);
var TableDefinition = class {
  /**
   * @internal
   */
  constructor(documentType) {
    __publicField12(this, "indexes");
    __publicField12(this, "stagedDbIndexes");
    __publicField12(this, "searchIndexes");
    __publicField12(this, "stagedSearchIndexes");
    __publicField12(this, "vectorIndexes");
    __publicField12(this, "stagedVectorIndexes");
    __publicField12(this, "validator");
    __publicField12(this, "stagedValidator");
    this.indexes = [];
    this.stagedDbIndexes = [];
    this.searchIndexes = [];
    this.stagedSearchIndexes = [];
    this.vectorIndexes = [];
    this.stagedVectorIndexes = [];
    this.validator = documentType;
  }
  /**
   * This API is experimental: it may change or disappear.
   *
   * Returns indexes defined on this table.
   * Intended for the advanced use cases of dynamically deciding which index to use for a query.
   */
  " indexes"() {
    return this.indexes;
  }
  index(name, indexConfig) {
    if (Array.isArray(indexConfig)) {
      this.indexes.push({
        indexDescriptor: name,
        fields: indexConfig
      });
    } else if (indexConfig.staged) {
      this.stagedDbIndexes.push({
        indexDescriptor: name,
        fields: indexConfig.fields
      });
    } else {
      this.indexes.push({
        indexDescriptor: name,
        fields: indexConfig.fields
      });
    }
    return this;
  }
  searchIndex(name, indexConfig) {
    if (indexConfig.staged) {
      this.stagedSearchIndexes.push({
        indexDescriptor: name,
        searchField: indexConfig.searchField,
        filterFields: indexConfig.filterFields || []
      });
    } else {
      this.searchIndexes.push({
        indexDescriptor: name,
        searchField: indexConfig.searchField,
        filterFields: indexConfig.filterFields || []
      });
    }
    return this;
  }
  vectorIndex(name, indexConfig) {
    if (indexConfig.staged) {
      this.stagedVectorIndexes.push({
        indexDescriptor: name,
        vectorField: indexConfig.vectorField,
        dimensions: indexConfig.dimensions,
        filterFields: indexConfig.filterFields || []
      });
    } else {
      this.vectorIndexes.push({
        indexDescriptor: name,
        vectorField: indexConfig.vectorField,
        dimensions: indexConfig.dimensions,
        filterFields: indexConfig.filterFields || []
      });
    }
    return this;
  }
  /**
   * Stage changes to this table's document validator.
   *
   * Convex validates the staged validator against the table's existing
   * documents in the background, while the validator passed to
   * {@link defineTable} remains the one enforced on writes. Once
   * the background validation succeeds, apply the staged changes
   * and remove `.staged()`.
   *
   * For an object validator, pass only the fields to add or replace. Fields
   * omitted from the changes keep their enforced validators.
   * Set a field to `undefined` to remove it from the staged validator.
   * For nested objects, you must specify the full object validator.
   *
   * ```ts
   * defineTable({
   *   apple: v.string(),
   *   banana: v.number(),
   *   legacy: v.optional(v.string()),
   * }).staged({
   *   banana: v.union(v.string(), v.number()),
   *   legacy: undefined,
   * })
   * ```
   *
   * See [Staged validators](https://docs.convex.dev/database/schemas#staged-validators).
   *
   * @param documentSchema - Field changes for a table defined as an object or
   * `v.any()`, or a full schema validator specifying the proposed next document
   * type. Use a full schema validator for a table defined as a union.
   * @returns A {@link TableDefinition} with the staged validator attached.
   */
  staged(documentSchema) {
    if (this.stagedValidator !== void 0) {
      throw new Error("Table cannot have more than one staged validator.");
    }
    if (isValidator(documentSchema)) {
      this.stagedValidator = documentSchema;
    } else {
      if (this.validator.kind !== "object" && this.validator.kind !== "any") {
        throw new Error(
          "Specifying top-level field changes is only supported for simple table definitions. For a table defined with a union or record validator, you must stage a fully defined object or union validator."
        );
      }
      const enforcedFields = this.validator.kind === "object" ? this.validator.fields : {};
      const fields = Object.fromEntries(
        Object.entries({ ...enforcedFields, ...documentSchema }).filter(
          (entry) => entry[1] !== void 0
        )
      );
      this.stagedValidator = v.object(fields);
    }
    return this.self();
  }
  /**
   * Work around for https://github.com/microsoft/TypeScript/issues/57035
   */
  self() {
    return this;
  }
  /**
   * Export the contents of this definition.
   *
   * This is called internally by the Convex framework.
   * @internal
   */
  export() {
    const documentType = this.validator.json;
    if (typeof documentType !== "object") {
      throw new Error(
        "Invalid validator: please make sure that the parameter of `defineTable` is valid (see https://docs.convex.dev/database/schemas)"
      );
    }
    let stagedDocumentType = void 0;
    if (this.stagedValidator !== void 0) {
      stagedDocumentType = this.stagedValidator.json;
      if (typeof stagedDocumentType !== "object") {
        throw new Error(
          "Invalid staged validator: please make sure that the parameter of `.staged()` is valid (see https://docs.convex.dev/database/schemas)"
        );
      }
    }
    return {
      indexes: this.indexes,
      stagedDbIndexes: this.stagedDbIndexes,
      searchIndexes: this.searchIndexes,
      stagedSearchIndexes: this.stagedSearchIndexes,
      vectorIndexes: this.vectorIndexes,
      stagedVectorIndexes: this.stagedVectorIndexes,
      documentType,
      stagedDocumentType
    };
  }
};
function defineTable(documentSchema) {
  if (isValidator(documentSchema)) {
    return new TableDefinition(documentSchema);
  } else {
    return new TableDefinition(v.object(documentSchema));
  }
}
function addSystemFields(tableName, validator) {
  switch (validator.kind) {
    case "object":
      return validator.extend({
        _id: v.id(tableName),
        _creationTime: v.number()
      });
    case "union":
      return v.union(
        ...validator.members.map(
          (member) => addSystemFields(tableName, member)
        )
      );
    // `v.any()` already permits the system fields.
    case "any":
      return validator;
    default:
      throw new Error(
        `Invalid validator for table "${tableName}": a table's documents must be objects, or a union of objects (see https://docs.convex.dev/database/schemas)`
      );
  }
}
function docValidator(tableName, table) {
  return addSystemFields(tableName, table.validator);
}
function tableInSchema(schema, tableName) {
  const table = schema.tables[tableName];
  if (table === void 0) {
    throw new Error(
      `Table "${tableName}" is not in this schema. Tables in this schema: ${Object.keys(
        schema.tables
      ).join(", ")}`
    );
  }
  return table;
}
var SchemaDefinition = class {
  /**
   * @internal
   */
  constructor(tables, options) {
    __publicField12(this, "tables");
    __publicField12(this, "strictTableNameTypes");
    __publicField12(this, "schemaValidation");
    this.tables = tables;
    this.schemaValidation = options?.schemaValidation === void 0 ? true : options.schemaValidation;
  }
  /**
   * The validator for whole documents of a table in this schema: the table's
   * own validator with the `_id` and `_creationTime` system fields added.
   *
   * @example
   * ```ts
   * export const get = query({
   *   args: { id: schema.id("messages") },
   *   returns: v.union(schema.doc("messages"), v.null()),
   *   handler: (ctx, args) => ctx.db.get(args.id),
   * });
   * ```
   *
   * @param tableName - The name of a table in this schema.
   * @returns A validator matching documents of that table.
   */
  doc(tableName) {
    return docValidator(tableName, tableInSchema(this, tableName));
  }
  /**
   * The validator for IDs of a table in this schema.
   *
   * Same as `v.id(tableName)`, but only accepts tables in this schema.
   *
   * @param tableName - The name of a table in this schema.
   * @returns A validator matching IDs of that table.
   */
  id(tableName) {
    tableInSchema(this, tableName);
    return v.id(tableName);
  }
  /**
   * Export the contents of this definition.
   *
   * This is called internally by the Convex framework.
   * @internal
   */
  export() {
    return JSON.stringify({
      tables: Object.entries(this.tables).map(([tableName, definition]) => {
        const {
          indexes,
          stagedDbIndexes,
          searchIndexes,
          stagedSearchIndexes,
          vectorIndexes,
          stagedVectorIndexes,
          documentType,
          stagedDocumentType
        } = definition.export();
        return {
          tableName,
          indexes,
          stagedDbIndexes,
          searchIndexes,
          stagedSearchIndexes,
          vectorIndexes,
          stagedVectorIndexes,
          documentType,
          stagedDocumentType
        };
      }),
      schemaValidation: this.schemaValidation
    });
  }
};
function defineSchema(schema, options) {
  return new SchemaDefinition(schema, options);
}
var _systemSchema = defineSchema({
  _scheduled_functions: defineTable({
    name: v.string(),
    args: v.array(v.any()),
    scheduledTime: v.float64(),
    completedTime: v.optional(v.float64()),
    state: v.union(
      v.object({ kind: v.literal("pending") }),
      v.object({ kind: v.literal("inProgress") }),
      v.object({ kind: v.literal("success") }),
      v.object({ kind: v.literal("failed"), error: v.string() }),
      v.object({ kind: v.literal("canceled") })
    )
  }),
  _storage: defineTable({
    sha256: v.string(),
    size: v.float64(),
    contentType: v.optional(v.string())
  })
});

// ../../tmp/convex-test-4iPQRO/node_modules/convex-test/dist/transactionMetrics.js
var READ_METRIC_KEYS = [
  "bytesRead",
  "documentsRead",
  "databaseQueries",
  "filesRead",
  "fileReadBytes"
];
var MiB = 1 << 20;
var DEFAULT_TRANSACTION_LIMITS = {
  bytesRead: 16 * MiB,
  bytesWritten: 16 * MiB,
  documentsRead: 32e3,
  databaseQueries: 4096,
  documentsWritten: 16e3,
  functionsScheduled: 1e3,
  scheduledFunctionArgsBytes: 16 * MiB,
  filesWritten: 10,
  fileWriteBytes: 16 * MiB,
  filesRead: 10,
  fileReadBytes: 16 * MiB
};
function zeroMetrics() {
  return {
    bytesRead: 0,
    bytesWritten: 0,
    documentsRead: 0,
    documentsWritten: 0,
    databaseQueries: 0,
    functionsScheduled: 0,
    scheduledFunctionArgsBytes: 0,
    filesWritten: 0,
    fileWriteBytes: 0,
    filesRead: 0,
    fileReadBytes: 0
  };
}
var TransactionMetricsTracker = class {
  _config;
  _layers = [];
  constructor(config = false) {
    this._config = config;
  }
  // Mirrors `DatabaseFake.startTransaction`. Pushes a layer for the new
  // transaction: the top-level layer uses the configured limits; a nested
  // layer inherits its parent's usage plus any tighter `transactionLimits`.
  startTransaction(transactionLimits) {
    const parent = this._current();
    this._layers.push(parent === void 0 ? this._rootLayer() : this._childLayer(parent, transactionLimits));
  }
  // Mirrors `DatabaseFake.commit`. Pops the layer and folds all of its usage
  // into the parent. Folding into nothing at the top level just ends tracking.
  commit() {
    const child = this._pop();
    const parent = this._current();
    if (parent !== void 0) {
      parent.metrics = { ...child.metrics };
    }
  }
  // Mirrors `DatabaseFake.rollbackWrites`. Pops the layer, discarding its
  // writes. Reads still fold into the parent (they happened), but the writes
  // were undone so they don't count against the transaction.
  rollback() {
    const child = this._pop();
    const parent = this._current();
    if (parent !== void 0) {
      for (const key of READ_METRIC_KEYS) {
        parent.metrics[key] = child.metrics[key];
      }
    }
  }
  trackRead(docSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.bytesRead += docSizeBytes;
    layer.metrics.documentsRead += 1;
    if (layer.enforce) {
      if (layer.metrics.bytesRead > layer.limits.bytesRead) {
        throw new Error(`Read too much data in a single function execution (limit: ${layer.limits.bytesRead} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.documentsRead > layer.limits.documentsRead) {
        throw new Error(`Scanned too many documents in a single function execution (limit: ${layer.limits.documentsRead}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackWrite(docSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.bytesWritten += docSizeBytes;
    layer.metrics.documentsWritten += 1;
    if (layer.enforce) {
      if (layer.metrics.bytesWritten > layer.limits.bytesWritten) {
        throw new Error(`Wrote too much data in a single function execution (limit: ${layer.limits.bytesWritten} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.documentsWritten > layer.limits.documentsWritten) {
        throw new Error(`Wrote too many documents in a single function execution (limit: ${layer.limits.documentsWritten}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackIndexRange() {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.databaseQueries += 1;
    if (layer.enforce) {
      if (layer.metrics.databaseQueries > layer.limits.databaseQueries) {
        throw new Error(`Too many index ranges read in a single function execution (limit: ${layer.limits.databaseQueries}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  trackScheduledFunction(argsSizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.functionsScheduled += 1;
    layer.metrics.scheduledFunctionArgsBytes += argsSizeBytes;
    if (layer.enforce) {
      if (layer.metrics.functionsScheduled > layer.limits.functionsScheduled) {
        throw new Error(`Scheduled too many functions in a single function execution (limit: ${layer.limits.functionsScheduled}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.scheduledFunctionArgsBytes > layer.limits.scheduledFunctionArgsBytes) {
        throw new Error(`Scheduled function arguments too large in a single function execution (limit: ${layer.limits.scheduledFunctionArgsBytes} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
  }
  // Unlike the other limits, the file limits are checked before counting the
  // new file, matching the backend, so a caught error leaves usage unchanged.
  trackFileWrite(sizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    if (layer.enforce) {
      if (layer.metrics.filesWritten >= layer.limits.filesWritten) {
        throw new Error(`Too many files stored by this mutation (limit: ${layer.limits.filesWritten}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.fileWriteBytes + sizeBytes > layer.limits.fileWriteBytes) {
        throw new Error(`Too large total size of the files stored by this mutation (limit: ${layer.limits.fileWriteBytes} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
    layer.metrics.filesWritten += 1;
    layer.metrics.fileWriteBytes += sizeBytes;
  }
  // Deleting a file this transaction stored gives back its write budget.
  untrackFileWrite(sizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    layer.metrics.filesWritten -= 1;
    layer.metrics.fileWriteBytes -= sizeBytes;
  }
  trackFileRead(sizeBytes) {
    const layer = this._current();
    if (layer === void 0) {
      return;
    }
    if (layer.enforce) {
      if (layer.metrics.filesRead >= layer.limits.filesRead) {
        throw new Error(`Too many files read by this mutation (limit: ${layer.limits.filesRead}). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
      if (layer.metrics.fileReadBytes + sizeBytes > layer.limits.fileReadBytes) {
        throw new Error(`Too large total size of the files read by this mutation (limit: ${layer.limits.fileReadBytes} bytes). This is a Convex limit: https://docs.convex.dev/production/state/limits`);
      }
    }
    layer.metrics.filesRead += 1;
    layer.metrics.fileReadBytes += sizeBytes;
  }
  getTransactionMetrics() {
    const layer = this._current();
    if (layer === void 0) {
      throw new Error("Transaction not started");
    }
    const { metrics, limits } = layer;
    return {
      bytesRead: {
        used: metrics.bytesRead,
        remaining: limits.bytesRead - metrics.bytesRead
      },
      bytesWritten: {
        used: metrics.bytesWritten,
        remaining: limits.bytesWritten - metrics.bytesWritten
      },
      databaseQueries: {
        used: metrics.databaseQueries,
        remaining: limits.databaseQueries - metrics.databaseQueries
      },
      documentsRead: {
        used: metrics.documentsRead,
        remaining: limits.documentsRead - metrics.documentsRead
      },
      documentsWritten: {
        used: metrics.documentsWritten,
        remaining: limits.documentsWritten - metrics.documentsWritten
      },
      functionsScheduled: {
        used: metrics.functionsScheduled,
        remaining: limits.functionsScheduled - metrics.functionsScheduled
      },
      scheduledFunctionArgsBytes: {
        used: metrics.scheduledFunctionArgsBytes,
        remaining: limits.scheduledFunctionArgsBytes - metrics.scheduledFunctionArgsBytes
      },
      filesWritten: {
        used: metrics.filesWritten,
        remaining: limits.filesWritten - metrics.filesWritten
      },
      fileWriteBytes: {
        used: metrics.fileWriteBytes,
        remaining: limits.fileWriteBytes - metrics.fileWriteBytes
      },
      filesRead: {
        used: metrics.filesRead,
        remaining: limits.filesRead - metrics.filesRead
      },
      fileReadBytes: {
        used: metrics.fileReadBytes,
        remaining: limits.fileReadBytes - metrics.fileReadBytes
      }
    };
  }
  _current() {
    return this._layers[this._layers.length - 1];
  }
  _pop() {
    const layer = this._layers.pop();
    if (layer === void 0) {
      throw new Error("Transaction not started");
    }
    return layer;
  }
  _rootLayer() {
    if (this._config === false) {
      return {
        metrics: zeroMetrics(),
        limits: { ...DEFAULT_TRANSACTION_LIMITS },
        enforce: false
      };
    }
    if (this._config === true) {
      return {
        metrics: zeroMetrics(),
        limits: { ...DEFAULT_TRANSACTION_LIMITS },
        enforce: true
      };
    }
    return {
      metrics: zeroMetrics(),
      limits: { ...DEFAULT_TRANSACTION_LIMITS, ...this._config },
      enforce: true
    };
  }
  _childLayer(parent, transactionLimits) {
    const limits = { ...parent.limits };
    if (transactionLimits !== void 0) {
      for (const key of Object.keys(limits)) {
        const requested = transactionLimits[key];
        if (requested !== void 0) {
          limits[key] = Math.min(parent.limits[key], parent.metrics[key] + requested);
        }
      }
    }
    return {
      // Start from the parent's accumulated usage so the global limit applies
      // to the whole transaction, not just this nested call.
      metrics: { ...parent.metrics },
      limits,
      enforce: parent.enforce || transactionLimits !== void 0
    };
  }
};

// ../../tmp/convex-test-4iPQRO/node_modules/convex-test/dist/index.js
var TYPICAL_CONVEX_ID_LENGTH = 32;
var MAX_SEARCH_CANDIDATE_REVISIONS = 1024;
var MAX_DOCUMENT_SIZE = 1 << 20;
function checkDocumentSize(tableName, document) {
  if (tableName.startsWith("_")) {
    return;
  }
  const size = getDocumentSize(document);
  if (size > MAX_DOCUMENT_SIZE) {
    throw new Error(`Value is too large (${size} bytes > maximum size ${MAX_DOCUMENT_SIZE} bytes)`);
  }
}
var ROOT_COMPONENT_PATH = "";
var NestedLock = class {
  transactionManager;
  parent;
  _lock = null;
  _release = null;
  transactionActive = true;
  constructor(transactionManager, parent) {
    this.transactionManager = transactionManager;
    this.parent = parent;
  }
  async acquire() {
    while (this._lock !== null) {
      await this._lock;
    }
    this._lock = new Promise((resolve) => {
      this._release = resolve;
    });
  }
  release() {
    this._lock = null;
    this._release();
    this._release = null;
  }
};
var nestedTxStorage = new AsyncLocalStorage();
var authStorage = new AsyncLocalStorage();
var convexGlobalStorage = new AsyncLocalStorage();
var DatabaseFake = class {
  _componentPath;
  _documents = {};
  // Ids of committed documents, grouped by table name, so queries only
  // visit documents in the table they read from. Kept in sync with
  // `_documents` in `commit`.
  _tableIds = /* @__PURE__ */ new Map();
  _storage = {};
  _nextQueryId = 1;
  _nextDocId = 1e4;
  _lastCreationTime = 0;
  _queryResults = {};
  // Pending writes for each level of transaction nesting.
  // Whenever a child mutation begins, a new level is created for all
  // components.
  // - When a mutation performs updates, they are staged in the last
  //   level of writes for the mutation's component.
  // - When a child mutation commits, the writes are merged up one level.
  // - When the top-level mutation commits, the writes are applied to the
  //   database.
  // - When a mutation is rolled back, last level of writes is discarded.
  _writes = [];
  // Files stored at each level of `_writes`, staged the same way so a
  // rolled-back mutation's files are discarded along with their `_storage`
  // documents.
  _pendingFiles = [];
  _schema;
  constructor(schema, componentPath) {
    this._schema = schema === null ? null : {
      schemaValidation: schema.schemaValidation,
      tables: new Map(Object.entries(schema.tables).map(([name, tableSchema]) => [
        name,
        tableSchema.export()
      ]))
    };
    this._componentPath = componentPath;
    this.validateSchema();
  }
  // Called by TransactionManager.begin.
  startTransaction() {
    this._writes.push({});
    this._pendingFiles.push(/* @__PURE__ */ new Map());
  }
  get(tableName, id) {
    this._validateId(tableName, id);
    for (let i = this._writes.length - 1; i >= 0; i--) {
      const write = this._writes[i][id];
      if (write !== void 0) {
        return write;
      }
    }
    return this._documents[id] ?? null;
  }
  // Note that this is not the format the real backend
  // uses for IDs.
  _generateId(table) {
    const counterPadLen = TYPICAL_CONVEX_ID_LENGTH - table.length;
    const counter = this._nextDocId.toString().padStart(counterPadLen, "0");
    const id = counter + table;
    this._nextDocId += 1;
    return id;
  }
  storeFile(storageId, blob) {
    if (this._pendingFiles.length === 0) {
      throw new Error(`File stored outside of transaction ${storageId}`);
    }
    this._pendingFiles[this._pendingFiles.length - 1].set(storageId, blob);
  }
  getFile(storageId) {
    if (this.get("_storage", storageId) === null) {
      return null;
    }
    return this._pendingFile(storageId) ?? this._storage[storageId];
  }
  // Whether the file was stored by the current transaction.
  isPendingFile(storageId) {
    return this._pendingFile(storageId) !== void 0;
  }
  _pendingFile(storageId) {
    for (let i = this._pendingFiles.length - 1; i >= 0; i--) {
      const file = this._pendingFiles[i].get(storageId);
      if (file !== void 0) {
        return file;
      }
    }
    return void 0;
  }
  _addWrite(id, newValue) {
    if (this._writes.length === 0) {
      throw new Error(`Write outside of transaction ${id}`);
    }
    this._writes[this._writes.length - 1][id] = newValue;
  }
  insert(table, value) {
    this._validate(table, value);
    const _id = this._generateId(table);
    const now = Date.now();
    const _creationTime = now <= this._lastCreationTime ? this._lastCreationTime + 1e-3 : now;
    const document = { ...value, _id, _creationTime };
    checkDocumentSize(table, document);
    this._lastCreationTime = _creationTime;
    this._addWrite(_id, document);
    return _id;
  }
  patch(tableName, id, value) {
    this._validateId(tableName, id);
    if (typeof value !== "object") {
      throw new Error(`Invalid argument \`value\` in \`db.patch\`, expected object but got '${typeof value}': ${value}`);
    }
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error(`Patch on non-existent document with ID "${id}"`);
    }
    const { _id, _creationTime, ...fields } = document;
    if (value._id !== void 0 && value._id !== _id) {
      throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${_id}"`);
    }
    if (value._creationTime !== void 0 && value._creationTime !== _creationTime) {
      throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${_creationTime}`);
    }
    delete value["_id"];
    delete value["_creationTime"];
    const convexValue = {};
    for (const [key, v2] of Object.entries(value)) {
      convexValue[key] = evaluateValue(v2);
    }
    const merged = { ...fields, ...convexValue };
    const table = tableNameFromId(_id);
    this._validate(table, merged);
    const patched = { _id, _creationTime, ...merged };
    checkDocumentSize(table, patched);
    this._addWrite(id, patched);
  }
  replace(tableName, id, value) {
    this._validateId(tableName, id);
    if (typeof value !== "object") {
      throw new Error(`Invalid argument \`value\` in \`db.replace\`, expected object but got '${typeof value}': ${value}`);
    }
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error(`Replace on non-existent document with ID "${id}"`);
    }
    if (value._id !== void 0 && value._id !== document._id) {
      throw new Error(`Provided \`_id\` field value "${value._id}" does not match the document ID "${document._id}"`);
    }
    if (value._creationTime !== void 0 && value._creationTime !== document._creationTime) {
      throw new Error(`Provided \`_creationTime\` field value ${value._creationTime} does not match the document's creation time ${document._creationTime}`);
    }
    delete value["_id"];
    delete value["_creationTime"];
    const convexValue = {};
    for (const [key, v2] of Object.entries(value)) {
      convexValue[key] = evaluateValue(v2);
    }
    const table = tableNameFromId(document._id);
    this._validate(table, convexValue);
    const replacement = {
      ...convexValue,
      _id: document._id,
      _creationTime: document._creationTime
    };
    checkDocumentSize(table, replacement);
    this._addWrite(id, replacement);
  }
  delete(tableName, id) {
    this._validateId(tableName, id);
    const document = this.get(tableName, id);
    if (document === null) {
      throw new Error("Delete on non-existent doc");
    }
    this._addWrite(id, null);
  }
  _validateId(expectedTableName, id) {
    if (typeof id !== "string") {
      throw new Error(`Invalid argument \`id\`, expected string but got '${typeof id}': ${id}`);
    }
    if (expectedTableName === void 0) {
      return;
    }
    if (typeof expectedTableName !== "string") {
      throw new Error(`Invalid argument \`tableName\`, expected string but got '${typeof expectedTableName}': ${expectedTableName}`);
    }
    const actualTableName = tableNameFromId(id);
    if (actualTableName === null) {
      throw new Error(`Invalid argument \`id\`, expected ID value but got '${id}'`);
    }
    if (actualTableName !== expectedTableName) {
      throw new Error(`Invalid argument \`id\`, expected ID in table '${expectedTableName}' but got ID in table '${actualTableName}'`);
    }
  }
  commit(commitTs = null) {
    const lastWrites = this._writes.pop();
    if (!lastWrites) {
      throw new Error("Transaction already committed or rolled back");
    }
    for (const [id, write] of Object.entries(lastWrites)) {
      const _id = id;
      if (this._writes.length === 0) {
        const tableName = tableNameFromId(_id);
        if (write === null) {
          delete this._documents[_id];
          delete this._storage[_id];
          this._tableIds.get(tableName)?.delete(_id);
        } else {
          this._documents[_id] = commitTs === null ? write : resolveCommittedValues(write, commitTs);
          let tableIds = this._tableIds.get(tableName);
          if (tableIds === void 0) {
            tableIds = /* @__PURE__ */ new Set();
            this._tableIds.set(tableName, tableIds);
          }
          tableIds.add(_id);
        }
      } else {
        this._addWrite(_id, write);
      }
    }
    const lastFiles = this._pendingFiles.pop();
    for (const [id, file] of lastFiles) {
      if (this.get("_storage", id) === null) {
        continue;
      }
      if (this._pendingFiles.length === 0) {
        this._storage[id] = file;
      } else {
        this.storeFile(id, file);
      }
    }
  }
  rollbackWrites() {
    if (this._writes.length === 0) {
      throw new Error("Transaction already committed or rolled back");
    }
    this._writes.pop();
    this._pendingFiles.pop();
  }
  // Temporarily hide all pending writes so reads only see committed state.
  stashWrites() {
    const stashed = this._writes;
    this._writes = [];
    return stashed;
  }
  restoreWrites(stashed) {
    this._writes = stashed;
  }
  _validate(tableName, doc) {
    if (this._schema === null || !this._schema.schemaValidation) {
      return;
    }
    const validator = this._schema.tables.get(tableName)?.documentType;
    if (validator === void 0) {
      return;
    }
    validateValidator(validator, resolvePendingValues(doc));
  }
  startQuery(query) {
    const id = this._nextQueryId;
    const results = this._evaluateQuery(query);
    this._queryResults[id] = results;
    this._nextQueryId += 1;
    return id;
  }
  queryNext(queryId) {
    const results = this._queryResults[queryId];
    if (results === void 0) {
      throw new Error("Bad queryId");
    }
    const { value, done } = results.next();
    if (done) {
      return { value: null, done: true };
    } else {
      return { value, done: false };
    }
  }
  _encodeCursor(doc, fieldPaths) {
    const keys = fieldPaths.map((fp) => evaluateFieldPath(fp, doc));
    return JSON.stringify(keys.map((k) => k === void 0 ? null : JSON.stringify(convexToJson(k))));
  }
  _docIsAfterCursor(doc, cursorKeys, fieldPaths, order) {
    const orderMultiplier = order === "asc" ? 1 : -1;
    for (let i = 0; i < fieldPaths.length; i++) {
      const docVal = evaluateFieldPath(fieldPaths[i], doc);
      const cursorVal = cursorKeys[i];
      const cmp = compareValues(docVal, cursorVal);
      if (cmp !== 0)
        return cmp * orderMultiplier;
    }
    return 0;
  }
  paginate({ query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead }) {
    const { sortedDocs, filterFn, fieldPathsToSortBy, order } = this._resolveQuerySource(query);
    const cursorFields = fieldPathsToSortBy.includes("_id") ? fieldPathsToSortBy : [...fieldPathsToSortBy, "_id"];
    const parseCursor = (c) => {
      if (!c)
        return null;
      return JSON.parse(c).map((k) => k === null ? void 0 : jsonToConvex(JSON.parse(k)));
    };
    const cursorKeys = cursor !== "_end_cursor" ? parseCursor(cursor) : null;
    const hasEndBoundary = !!endCursor && endCursor !== "_end_cursor";
    const endCursorKeys = hasEndBoundary ? parseCursor(endCursor) : null;
    const page = [];
    let isInPage = cursor === null;
    let isDone = false;
    let continueCursor = "_end_cursor";
    let splitCursor = null;
    let pageStatus = null;
    let rowsRead = 0;
    let bytesRead = 0;
    let stoppedAtLimit = false;
    const readDocCursors = [];
    for (let i = 0; i < sortedDocs.length; i++) {
      const doc = sortedDocs[i];
      const isLastDoc = i === sortedDocs.length - 1;
      if (!isInPage) {
        if (cursor === "_end_cursor") {
          continue;
        } else if (cursorKeys) {
          if (this._docIsAfterCursor(doc, cursorKeys, cursorFields, order) > 0) {
            isInPage = true;
          } else {
            continue;
          }
        }
      }
      checkSearchCandidateLimit(query.source, rowsRead);
      if (hasEndBoundary && endCursorKeys) {
        const cmp = this._docIsAfterCursor(doc, endCursorKeys, cursorFields, order);
        if (cmp >= 0) {
          if (cmp === 0) {
            rowsRead += 1;
            readDocCursors.push(this._encodeCursor(doc, cursorFields));
            if (filterFn(doc)) {
              page.push(doc);
            }
            continueCursor = this._encodeCursor(doc, cursorFields);
          }
          break;
        }
      }
      rowsRead += 1;
      bytesRead += getDocumentSize(doc);
      readDocCursors.push(this._encodeCursor(doc, cursorFields));
      let hitLimit = false;
      if (maximumRowsRead && rowsRead >= maximumRowsRead) {
        hitLimit = true;
      }
      if (maximumBytesRead && bytesRead >= maximumBytesRead) {
        hitLimit = true;
      }
      if (filterFn(doc)) {
        page.push(doc);
      }
      if (hitLimit) {
        pageStatus = "SplitRequired";
        continueCursor = this._encodeCursor(doc, cursorFields);
        stoppedAtLimit = true;
        break;
      }
      if (!endCursor && page.length >= pageSize) {
        stoppedAtLimit = true;
        if (isLastDoc) {
        } else {
          continueCursor = this._encodeCursor(doc, cursorFields);
        }
        break;
      }
    }
    if (!stoppedAtLimit) {
      checkSearchCandidateLimit(query.source, rowsRead);
    }
    if (continueCursor === "_end_cursor") {
      isDone = true;
    }
    if (pageStatus === "SplitRequired" && readDocCursors.length >= 2) {
      const midIdx = Math.floor((readDocCursors.length - 1) / 2);
      splitCursor = readDocCursors[midIdx];
    } else if (pageStatus === null && rowsRead > pageSize + 1 && readDocCursors.length >= 2) {
      pageStatus = "SplitRecommended";
      const midIdx = Math.floor((readDocCursors.length - 1) / 2);
      splitCursor = readDocCursors[midIdx];
    }
    return {
      page,
      isDone,
      continueCursor,
      splitCursor,
      pageStatus
    };
  }
  _iterateDocs(tableName, callback) {
    const isInTable = (id) => tableNameFromId(id) === tableName;
    const ids = new Set(this._tableIds.get(tableName));
    for (let i = 0; i < this._writes.length; i++) {
      for (const id of Object.keys(this._writes[i]).filter(isInTable)) {
        ids.add(id);
      }
    }
    for (const id of ids) {
      const document = this.get(tableName, id);
      if (document !== null) {
        callback(document);
      }
    }
  }
  /**
   * Resolves the query source: loads documents matching the source (table scan,
   * index range, or search), sorts them, and returns along with the compiled
   * operator filter function. This separates "rows entering the pipeline"
   * (sortedDocs) from "rows exiting" (after filterFn), which is needed for
   * maximumRowsRead tracking in paginate().
   */
  _resolveQuerySource(query) {
    const source = query.source;
    const results = [];
    let fieldPathsToSortBy;
    let order;
    switch (source.type) {
      case "FullTableScan": {
        const tableName = source.tableName;
        this._iterateDocs(tableName, (doc) => {
          results.push(doc);
        });
        order = source.order ?? "asc";
        fieldPathsToSortBy = ["_creationTime"];
        break;
      }
      case "IndexRange": {
        const [tableName, indexName] = source.indexName.split(".");
        order = source.order ?? "asc";
        let fields;
        if (indexName === "by_creation_time") {
          fields = ["_creationTime", "_id"];
        } else if (indexName === "by_id") {
          fields = ["_id"];
        } else {
          const indexes = this._schema?.tables.get(tableName)?.indexes;
          const index = indexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
          if (index === void 0) {
            throw new Error(`Cannot use index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
          }
          fields = index.fields.concat(["_creationTime", "_id"]);
        }
        fieldPathsToSortBy = fields;
        validateIndexRangeExpression(source, fields);
        this._iterateDocs(tableName, (doc) => {
          if (source.range.every((filter) => evaluateRangeFilter(doc, filter))) {
            results.push(doc);
          }
        });
        break;
      }
      case "Search": {
        const [tableName] = source.indexName.split(".");
        this._iterateDocs(tableName, (doc) => {
          if (source.filters.every((filter) => evaluateSearchFilter(doc, filter))) {
            results.push(doc);
          }
        });
        fieldPathsToSortBy = [];
        order = "asc";
        break;
      }
    }
    const filters = query.operators.filter((operator) => "filter" in operator).map((operator) => operator.filter);
    const limit = query.operators.filter((operator) => "limit" in operator)[0] ?? null;
    results.sort((a, b) => {
      const orderMultiplier = order === "asc" ? 1 : -1;
      let v2 = 0;
      for (const fp of fieldPathsToSortBy) {
        v2 = compareValues(evaluateFieldPath(fp, a), evaluateFieldPath(fp, b));
        if (v2 !== 0) {
          return v2 * orderMultiplier;
        }
      }
      return v2 * orderMultiplier;
    });
    const filterFn = (doc) => filters.every((f) => evaluateFilter(doc, f));
    return {
      sortedDocs: results,
      filterFn,
      limit: limit?.limit ?? null,
      fieldPathsToSortBy,
      order
    };
  }
  _evaluateQuery(query) {
    const { sortedDocs, filterFn, limit } = this._resolveQuerySource(query);
    return (function* () {
      let scanned = 0;
      let returned = 0;
      while (limit === null || returned < limit) {
        checkSearchCandidateLimit(query.source, scanned);
        if (scanned === sortedDocs.length)
          return;
        const doc = sortedDocs[scanned++];
        if (filterFn(doc)) {
          returned++;
          yield doc;
        }
      }
    })();
  }
  vectorSearch(tableAndIndexName, vector, expressions, limit) {
    const results = [];
    const [tableName, indexName] = tableAndIndexName.split(".");
    this._iterateDocs(tableName, (doc) => {
      if (expressions.every((filter) => evaluateFilter(doc, filter))) {
        results.push(doc);
      }
    });
    const vectorIndexes = this._schema?.tables.get(tableName)?.vectorIndexes;
    const vectorIndex = vectorIndexes?.find(({ indexDescriptor }) => indexDescriptor === indexName);
    if (vectorIndex === void 0) {
      throw new Error(`Cannot use vector index "${indexName}" for table "${tableName}" because it is not declared in the schema.`);
    }
    const { vectorField } = vectorIndex;
    const idsAndScores = results.map((doc) => {
      const score = cosineSimilarity(vector, doc[vectorField]);
      return { _id: doc._id, _score: score };
    });
    idsAndScores.sort((a, b) => b._score - a._score);
    return idsAndScores.slice(0, limit);
  }
  validateSchema() {
    this._schema?.tables.forEach((table, tableName) => {
      if (!isValidIdentifier(tableName)) {
        throw new Error(`Table names must be valid identifiers, got "${tableName}"`);
      }
      validateFieldNames(table.documentType);
      table.indexes.forEach(({ indexDescriptor }) => {
        if (!isValidIdentifier(indexDescriptor)) {
          throw new Error(`Index names must be valid identifiers, got "${indexDescriptor}"`);
        }
      });
    });
  }
  get componentPath() {
    return this._componentPath;
  }
};
function tableNameFromId(id) {
  const match = id.match(/^[0-9]+/);
  if (!match || match[0].length === id.length) {
    return null;
  }
  return id.slice(match[0].length);
}
function deserializeConvexErrorData(thrown) {
  if (typeof thrown === "object" && thrown !== null && Symbol.for("ConvexError") in thrown && typeof thrown.data === "string") {
    try {
      thrown.data = jsonToConvex(JSON.parse(thrown.data));
    } catch {
    }
  }
  return thrown;
}
function isSimpleObject2(value) {
  const isObject = typeof value === "object";
  const prototype = Object.getPrototypeOf(value);
  const isSimple = prototype === null || prototype === Object.prototype || // Objects generated from other contexts (e.g. across Node.js `vm` modules) will not satisfy the previous
  // conditions but are still simple objects.
  prototype?.constructor?.name === "Object";
  return isObject && isSimple;
}
var MAX_COMMIT_TS = 2n ** 63n - 1n;
function hasPendingValues(value) {
  if (value instanceof CommitTsPlaceholder) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.some(hasPendingValues);
  }
  if (value !== null && value !== void 0 && isSimpleObject2(value)) {
    return Object.values(value).some(hasPendingValues);
  }
  return false;
}
function resolvePendingValues(value) {
  return substituteCommitTs(value, MAX_COMMIT_TS);
}
function resolveCommittedValues(value, commitTs) {
  return substituteCommitTs(value, commitTs);
}
function substituteCommitTs(value, commitTs) {
  if (!hasPendingValues(value)) {
    return value;
  }
  if (value instanceof CommitTsPlaceholder) {
    return commitTs;
  }
  if (Array.isArray(value)) {
    return value.map((v2) => substituteCommitTs(v2, commitTs));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v2]) => [
    k,
    substituteCommitTs(v2, commitTs)
  ]));
}
function evaluateFieldPath(fieldPath, document) {
  const pathParts = fieldPath.split(".");
  let result = document;
  for (const p of pathParts) {
    result = result !== void 0 && result !== null && isSimpleObject2(result) ? result[p] : void 0;
  }
  return result === void 0 ? void 0 : resolvePendingValues(result);
}
function evaluateFilter(document, filter) {
  if (filter.$eq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$eq[0]), evaluateFilter(document, filter.$eq[1])) === 0;
  }
  if (filter.$neq !== void 0) {
    return compareValues(evaluateFilter(document, filter.$neq[0]), evaluateFilter(document, filter.$neq[1])) !== 0;
  }
  if (filter.$and !== void 0) {
    return filter.$and.every((child) => evaluateFilter(document, child));
  }
  if (filter.$or !== void 0) {
    return filter.$or.some((child) => evaluateFilter(document, child));
  }
  if (filter.$not !== void 0) {
    return !evaluateFilter(document, filter.$not);
  }
  if (filter.$gt !== void 0) {
    return evaluateFilter(document, filter.$gt[0]) > evaluateFilter(document, filter.$gt[1]);
  }
  if (filter.$gte !== void 0) {
    return evaluateFilter(document, filter.$gte[0]) >= evaluateFilter(document, filter.$gte[1]);
  }
  if (filter.$lt !== void 0) {
    return evaluateFilter(document, filter.$lt[0]) < evaluateFilter(document, filter.$lt[1]);
  }
  if (filter.$lte !== void 0) {
    return evaluateFilter(document, filter.$lte[0]) <= evaluateFilter(document, filter.$lte[1]);
  }
  if (filter.$add !== void 0) {
    return evaluateFilter(document, filter.$add[0]) + evaluateFilter(document, filter.$add[1]);
  }
  if (filter.$sub !== void 0) {
    return evaluateFilter(document, filter.$sub[0]) - evaluateFilter(document, filter.$sub[1]);
  }
  if (filter.$mul !== void 0) {
    return evaluateFilter(document, filter.$mul[0]) * evaluateFilter(document, filter.$mul[1]);
  }
  if (filter.$div !== void 0) {
    return evaluateFilter(document, filter.$div[0]) / evaluateFilter(document, filter.$div[1]);
  }
  if (filter.$mod !== void 0) {
    return evaluateFilter(document, filter.$mod[0]) % evaluateFilter(document, filter.$mod[1]);
  }
  if (filter.$field !== void 0) {
    return evaluateFieldPath(filter.$field, document);
  }
  if (filter.$literal !== void 0) {
    return evaluateQueryValue(filter.$literal);
  }
  throw new Error(`not implemented: ${JSON.stringify(filter)}`);
}
function evaluateRangeFilter(document, expr) {
  const result = evaluateFieldPath(expr.fieldPath, document);
  const value = evaluateQueryValue(expr.value);
  switch (expr.type) {
    case "Eq":
      return compareValues(result, value) === 0;
    case "Gt":
      return compareValues(result, value) > 0;
    case "Gte":
      return compareValues(result, value) >= 0;
    case "Lt":
      return compareValues(result, value) < 0;
    case "Lte":
      return compareValues(result, value) <= 0;
  }
}
function evaluateValue(value) {
  if (typeof value === "object" && value !== null && "$undefined" in value) {
    return void 0;
  }
  return jsonToConvex(value);
}
function evaluateQueryValue(value) {
  const evaluatedValue = evaluateValue(value);
  return evaluatedValue === void 0 ? void 0 : resolvePendingValues(evaluatedValue);
}
function checkSearchCandidateLimit(source, scanned) {
  if (source.type === "Search" && scanned >= MAX_SEARCH_CANDIDATE_REVISIONS) {
    throw new Error(`Search query scanned too many documents (fetched ${MAX_SEARCH_CANDIDATE_REVISIONS}). Consider using a smaller limit, paginating the query, or using a filter field to limit the number of documents pulled from the search index.`);
  }
}
function evaluateSearchFilter(document, filter) {
  const result = evaluateFieldPath(filter.fieldPath, document);
  switch (filter.type) {
    case "Eq":
      return compareValues(result, evaluateQueryValue(filter.value)) === 0;
    case "Search": {
      if (typeof result !== "string") {
        return false;
      }
      const queryTerms = filter.value.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
      const documentWords = result.split(/\s+/).map((word) => word.toLowerCase());
      return queryTerms.some((queryTerm) => documentWords.some((word) => word.startsWith(queryTerm)));
    }
  }
}
function cosineSimilarity(vecA, vecB) {
  let dotProduct = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < vecA.length; i++) {
    dotProduct += vecA[i] * vecB[i];
    normA += vecA[i] * vecA[i];
    normB += vecB[i] * vecB[i];
  }
  if (normA === 0 || normB === 0) {
    return 0;
  } else {
    return dotProduct / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
function validateIndexRangeExpression(source, fields) {
  let fieldIndex = 0;
  let state = "eq";
  for (const [filterIndex, filter] of source.range.entries()) {
    if (state === "done") {
      throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain more operators after both \`.gt\` and \`.lt\` were already used, got \`${printIndexOperator(filter)}\`.`);
    }
    const filterType = filter.type == "Gt" || filter.type == "Gte" ? "gt" : filter.type == "Lt" || filter.type == "Lte" ? "lt" : "eq";
    switch (`${state}|${filterType}`) {
      // Allow to operate on the current indexed field
      case "eq|eq":
      case "eq|gt":
      case "eq|lt":
        if (filter.fieldPath === fields[fieldIndex]) {
          fieldIndex += 1;
          state = filterType;
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, expected "${fields[fieldIndex]}", got "${filter.fieldPath}"`);
      // Allow to operate on the previous field (gt and lt must operate on same field)
      case "lt|gt":
      case "gt|lt":
        if (fieldIndex > 0 && filter.fieldPath === fields[fieldIndex - 1]) {
          state = "done";
          continue;
        }
        throw new Error(`Incorrect field used in \`withIndex\`, \`.gt\` and \`.lt\` must operate on the same field, expected "${fields[fieldIndex - 1]}", got "${filter.fieldPath}"`);
      default:
        throw new Error(`Incorrect operator used in \`withIndex\`, cannot chain \`.${filter.type.toLowerCase()}()\` after \`.${source.range[filterIndex - 1].type.toLowerCase()}()\``);
    }
  }
}
function printIndexOperator(filter) {
  return `.${filter.type.toLowerCase()}(${filter.fieldPath}, ${JSON.stringify(filter.value)})`;
}
function validateFieldNames(validator) {
  if (validator.type === "object") {
    Object.keys(validator.value).forEach((fieldName) => {
      if (!isValidIdentifier(fieldName)) {
        throw new Error(`Field names must be valid identifiers, got "${fieldName}"`);
      }
    });
  }
  if (validator.type === "union") {
    validator.value.forEach(validateFieldNames);
  }
}
function isValidIdentifier(name) {
  return /(^_(id|creationTime)$)|^[a-zA-Z][a-zA-Z0-9_]*$/.test(name);
}
function validateValidator(validator, value) {
  switch (validator.type) {
    case "null": {
      if (value !== null) {
        throw new Error(`Validator error: Expected \`null\`, got \`${value}\``);
      }
      return;
    }
    case "number": {
      if (typeof value !== "number") {
        throw new Error(`Validator error: Expected \`number\`, got \`${value}\``);
      }
      return;
    }
    case "bigint": {
      if (typeof value !== "bigint") {
        throw new Error(`Validator error: Expected \`bigint\`, got \`${value}\``);
      }
      return;
    }
    case "commitTs": {
      if (typeof value !== "bigint" && !(value instanceof CommitTsPlaceholder)) {
        throw new Error(`Validator error: Expected \`v.commitTs()\`, got \`${value}\``);
      }
      return;
    }
    case "boolean": {
      if (typeof value !== "boolean") {
        throw new Error(`Validator error: Expected \`boolean\`, got \`${value}\``);
      }
      return;
    }
    case "string": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      return;
    }
    case "bytes": {
      if (!(value instanceof ArrayBuffer)) {
        throw new Error(`Validator error: Expected \`ArrayBuffer\`, got \`${value}\``);
      }
      return;
    }
    case "any": {
      return;
    }
    case "literal": {
      if (value !== validator.value) {
        throw new Error(`Validator error: Expected \`${validator.value}\`, got \`${value}\``);
      }
      return;
    }
    case "id": {
      if (typeof value !== "string") {
        throw new Error(`Validator error: Expected \`string\`, got \`${value}\``);
      }
      if (tableNameFromId(value) !== validator.tableName) {
        throw new Error(`Validator error: Expected ID for table "${validator.tableName}", got \`${value}\``);
      }
      return;
    }
    case "array": {
      if (!Array.isArray(value)) {
        throw new Error(`Validator error: Expected \`Array\`, got \`${value}\``);
      }
      for (const v2 of value) {
        validateValidator(validator.value, v2);
      }
      return;
    }
    case "union": {
      let isValid = false;
      for (const v2 of validator.value) {
        try {
          validateValidator(v2, value);
          isValid = true;
          break;
        } catch {
        }
      }
      if (!isValid) {
        throw new Error(`Validator error: Expected one of ${validator.value.map((v2) => v2.type).join(", ")}, got \`${JSON.stringify(convexToJson(value))}\``);
      }
      return;
    }
    case "object": {
      if (typeof value !== "object") {
        throw new Error(`Validator error: Expected \`object\`, got \`${value}\``);
      }
      if (!isSimpleObject2(value)) {
        throw new Error(`Validator error: Expected a plain old JavaScript \`object\`, got \`${value}\``);
      }
      for (const [k, { fieldType, optional }] of Object.entries(validator.value)) {
        if (value[k] === void 0) {
          if (!optional) {
            throw new Error(`Validator error: Missing required field \`${k}\` in object`);
          }
        } else {
          validateValidator(fieldType, value[k]);
        }
      }
      for (const k of Object.keys(value)) {
        if (validator.value[k] === void 0) {
          throw new Error(`Validator error: Unexpected field \`${k}\` in object`);
        }
      }
      return;
    }
  }
}
function syscallImpl() {
  return (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    switch (op) {
      case "1.0/getSnapshotTs": {
        return JSON.stringify(convexToJson(getTransactionManager().getSnapshotTs()));
      }
      case "1.0/queryStream": {
        const { query } = args;
        const tracker = getTransactionManager().getMetricsTracker();
        tracker?.trackIndexRange();
        const queryId = db.startQuery(query);
        return JSON.stringify({ queryId });
      }
      case "1.0/queryCleanup": {
        return JSON.stringify({});
      }
      case "1.0/db/normalizeId": {
        const idString = args.idString;
        const tableName = tableNameFromId(idString);
        return JSON.stringify({
          id: tableName === args.table ? idString : null
        });
      }
      default: {
        throw new Error(`\`convexTest\` does not support syscall: "${op}"`);
      }
    }
  };
}
var AuthFake = class {
  _userIdentity;
  _token;
  constructor(_userIdentity = null, _token = null) {
    this._userIdentity = _userIdentity;
    this._token = _token;
  }
  getUserIdentity() {
    return Promise.resolve(this._userIdentity);
  }
  get token() {
    return this._token;
  }
};
var JWT_CLAIM_BY_IDENTITY_ATTRIBUTE = {
  subject: "sub",
  issuer: "iss",
  name: "name",
  givenName: "given_name",
  familyName: "family_name",
  nickname: "nickname",
  preferredUsername: "preferred_username",
  profileUrl: "profile",
  pictureUrl: "picture",
  email: "email",
  emailVerified: "email_verified",
  gender: "gender",
  birthday: "birthdate",
  timezone: "zoneinfo",
  language: "locale",
  phoneNumber: "phone_number",
  phoneNumberVerified: "phone_number_verified",
  address: "address",
  updatedAt: "updated_at"
};
function base64UrlEncode(value) {
  return base64UrlEncodeBytes(new TextEncoder().encode(value));
}
function base64UrlEncodeBytes(bytes) {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function createTestJwt(identity) {
  const claims = /* @__PURE__ */ Object.create(null);
  for (const [attribute, value] of Object.entries(identity)) {
    if (value === void 0 || attribute === "tokenIdentifier") {
      continue;
    }
    const claimName = Object.hasOwn(JWT_CLAIM_BY_IDENTITY_ATTRIBUTE, attribute) ? JWT_CLAIM_BY_IDENTITY_ATTRIBUTE[attribute] : attribute;
    claims[claimName] = value;
  }
  claims.iss = identity.issuer;
  claims.sub = identity.subject;
  const header = base64UrlEncode(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = base64UrlEncode(JSON.stringify(claims));
  return `${header}.${payload}.`;
}
var DEPLOYMENT_JWT_MAX_LIFETIME_SECONDS = 60 * 60;
var DEPLOYMENT_JWT_MAX_SIZE = 8e3;
var RESERVED_JWT_CLAIM_PREFIXES = ["convex", "cvx"];
var DEFAULT_CONVEX_CLOUD_URL = "https://some-deployment.convex.cloud";
function mutationAuth(auth) {
  return {
    getUserIdentity: () => auth.getUserIdentity(),
    signJwt: async (options) => JSON.parse(await getSyscalls().asyncSyscall("1.0/signJwt", JSON.stringify(options ?? {})))
  };
}
async function signDeploymentJwt(args) {
  const { claims: rawClaims = {}, expiresInSeconds } = args ?? {};
  if (typeof rawClaims !== "object" || rawClaims === null || Array.isArray(rawClaims)) {
    throw new Error("Invalid arguments for auth.signJwt: claims must be an object");
  }
  if (typeof expiresInSeconds !== "number" || !Number.isFinite(expiresInSeconds) || expiresInSeconds < 1) {
    throw new Error("Invalid arguments for auth.signJwt: expiresInSeconds must be a number of seconds, at least 1");
  }
  const claims = { ...rawClaims };
  for (const reserved of ["iss", "iat", "exp"]) {
    if (Object.hasOwn(claims, reserved)) {
      throw new Error(`The '${reserved}' claim is set by Convex and can't be provided`);
    }
  }
  const reservedPrefixClaim = Object.keys(claims).find((name) => RESERVED_JWT_CLAIM_PREFIXES.some((prefix) => name.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()));
  if (reservedPrefixClaim !== void 0) {
    throw new Error(`The '${reservedPrefixClaim}' claim can't be provided: claim names starting with 'convex' or 'cvx' are reserved`);
  }
  if (Object.hasOwn(claims, "sub") && (typeof claims.sub !== "string" || claims.sub === "")) {
    throw new Error("The 'sub' claim must be a non-empty string");
  }
  if (!Object.hasOwn(claims, "jti")) {
    claims.jti = base64UrlEncodeBytes(crypto.getRandomValues(new Uint8Array(16)));
  } else if (typeof claims.jti !== "string" || claims.jti === "") {
    throw new Error("The 'jti' claim must be a non-empty string");
  }
  if (Object.hasOwn(claims, "nbf")) {
    throw new Error("The 'nbf' claim is reserved by Convex and can't be provided");
  }
  validateDeploymentJwtAudience(claims);
  const expiresIn = Math.floor(expiresInSeconds);
  if (expiresIn > DEPLOYMENT_JWT_MAX_LIFETIME_SECONDS) {
    throw new Error(`expiresInSeconds must be between 1 second and ${DEPLOYMENT_JWT_MAX_LIFETIME_SECONDS} seconds`);
  }
  const issuedAt = Math.floor(Date.now() / 1e3);
  const payload = {
    ...claims,
    iss: deploymentJwtIssuer(getCurrentComponentPath()),
    iat: issuedAt,
    exp: issuedAt + expiresIn
  };
  const { privateKey, kid } = await getDeploymentJwtKey();
  const header = { alg: "ES256", typ: "JWT", kid };
  const signingInput = base64UrlEncode(JSON.stringify(header)) + "." + base64UrlEncode(JSON.stringify(payload));
  const signature = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, new TextEncoder().encode(signingInput));
  const token = `${signingInput}.${base64UrlEncodeBytes(new Uint8Array(signature))}`;
  if (token.length > DEPLOYMENT_JWT_MAX_SIZE) {
    throw new Error(`The token is ${token.length} bytes, over the ${DEPLOYMENT_JWT_MAX_SIZE} byte limit`);
  }
  return token;
}
function validateDeploymentJwtAudience(claims) {
  const isAudience = (aud2) => typeof aud2 === "string" && aud2 !== "";
  if (!Object.hasOwn(claims, "aud")) {
    throw new Error("The 'aud' claim is required. Set it to the audience that verifies the token.");
  }
  const aud = claims.aud;
  const valid = Array.isArray(aud) ? aud.length > 0 && aud.every(isAudience) : isAudience(aud);
  if (!valid) {
    throw new Error("The 'aud' claim must be a non-empty string or a non-empty array of non-empty strings");
  }
}
function deploymentJwtIssuer(componentPath) {
  const origin = (typeof process !== "undefined" && process.env.CONVEX_CLOUD_URL || DEFAULT_CONVEX_CLOUD_URL).replace(/\/+$/, "");
  return componentPath === ROOT_COMPONENT_PATH ? origin : `${origin}/components/${componentPath}`;
}
function getDeploymentJwtKey() {
  const convex = getConvexGlobal();
  convex.deploymentJwtKey ??= generateDeploymentJwtKey();
  return convex.deploymentJwtKey;
}
async function generateDeploymentJwtKey() {
  const { privateKey, publicKey } = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const { x, y } = await crypto.subtle.exportKey("jwk", publicKey);
  const thumbprint = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify({ crv: "P-256", kty: "EC", x, y })));
  const kid = base64UrlEncodeBytes(new Uint8Array(thumbprint));
  return {
    privateKey,
    kid,
    publicJwk: {
      kty: "EC",
      crv: "P-256",
      x,
      y,
      kid,
      alg: "ES256",
      use: "sig"
    }
  };
}
async function deploymentJwks() {
  const { publicJwk } = await getDeploymentJwtKey();
  return { keys: [{ ...publicJwk }] };
}
async function runScheduledFunction({ db, jobId, componentPath, functionPath, args, name }) {
  const requestMetadata = {
    ip: null,
    userAgent: null,
    requestId: newRequestId(),
    scheduledFunctionId: jobId,
    authToken: null
  };
  await requestMetadataStorage.run(requestMetadata, () => authStorage.run(new AuthFake(), async () => {
    const canceled = await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (!job)
        return true;
      if (job.state.kind === "canceled") {
        return true;
      }
      if (job.state.kind !== "pending") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state when starting it: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "inProgress" }
      });
      return false;
    });
    if (canceled) {
      return;
    }
    try {
      await withAuth().fun(functionPath, args);
    } catch (error) {
      console.error(`Error when running scheduled function ${name}`, error);
      await withAuth().runInComponent(componentPath, async () => {
        db.patch("_scheduled_functions", jobId, {
          state: { kind: "failed" },
          completedTime: Date.now()
        });
      });
      return;
    }
    await withAuth().runInComponent(componentPath, async () => {
      const job = db.get("_scheduled_functions", jobId);
      if (job.state.kind !== "inProgress") {
        throw new Error(`\`convexTest\` invariant error: Unexpected scheduled function state after it finished running: ${job.state.kind}`);
      }
      db.patch("_scheduled_functions", jobId, {
        state: { kind: "success" }
      });
    });
  }));
}
function asyncSyscallImpl() {
  return async (op, jsonArgs) => {
    const args = JSON.parse(jsonArgs);
    const db = getDb();
    const tracker = getTransactionManager().getMetricsTracker();
    function getAndTrack(table, id) {
      const doc = db.get(table, id);
      if (doc !== null) {
        tracker?.trackRead(getDocumentSize(doc));
      }
      return doc;
    }
    switch (op) {
      case "1.0/get": {
        const { table, id } = args;
        tracker?.trackIndexRange();
        const doc = getAndTrack(table, id);
        return JSON.stringify(convexToJson(doc));
      }
      case "1.0/queryStreamNext": {
        const { value, done } = db.queryNext(args.queryId);
        if (!done && value !== null) {
          tracker?.trackRead(getDocumentSize(value));
        }
        return JSON.stringify(convexToJson({ value, done }));
      }
      case "1.0/queryPage": {
        const { query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead } = args;
        const pagination = executionContextStorage.getStore()?.pagination;
        if (pagination) {
          pagination.calls += 1;
          if (pagination.calls > 1) {
            throw new Error("Only a single paginated query (`.paginate()`) is allowed per query, including nested query calls and component calls. This is a Convex limit: https://docs.convex.dev/database/pagination");
          }
        }
        const { page, isDone, continueCursor, splitCursor, pageStatus } = db.paginate({
          query,
          cursor,
          endCursor,
          pageSize,
          maximumRowsRead,
          maximumBytesRead
        });
        if (tracker) {
          tracker.trackIndexRange();
          for (const doc of page) {
            tracker.trackRead(getDocumentSize(doc));
          }
        }
        return JSON.stringify(convexToJson({
          page,
          isDone,
          continueCursor,
          splitCursor,
          pageStatus
        }));
      }
      case "1.0/insert": {
        const _id = db.insert(args.table, jsonToConvex(args.value));
        tracker?.trackWrite(getConvexSize(db.get(args.table, _id)));
        return JSON.stringify({ _id });
      }
      case "1.0/shallowMerge": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.patch(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/replace": {
        const { table, id, value } = args;
        getAndTrack(table, id);
        db.replace(table, id, value);
        tracker?.trackWrite(getConvexSize(db.get(table, id)));
        return JSON.stringify({});
      }
      case "1.0/remove": {
        const { table, id } = args;
        getAndTrack(table, id);
        db.delete(table, id);
        tracker?.trackWrite(0);
        return JSON.stringify({});
      }
      case "1.0/getTransactionMetrics": {
        if (tracker) {
          return JSON.stringify(convexToJson(tracker.getTransactionMetrics()));
        }
        throw new Error("getTransactionMetrics() can only be called from a query or mutation. It is not available in actions or outside of a Convex function.");
      }
      case "1.0/getFunctionMetadata": {
        const ctx = executionContextStorage.getStore();
        if (!ctx) {
          throw new Error("getFunctionMetadata() can only be called from within a Convex function.");
        }
        return JSON.stringify(convexToJson({
          name: ctx.udfPath,
          componentPath: ctx.componentPath
        }));
      }
      case "1.0/getRequestMetadata": {
        const ctx = executionContextStorage.getStore();
        const requestMetadata = requestMetadataStorage.getStore();
        if (ctx === void 0 || requestMetadata === void 0) {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries or outside of a Convex function.");
        }
        if (ctx.udfType === "query") {
          throw new Error("getRequestMetadata() can only be called from a mutation, action or HTTP action. It is not available in queries.");
        }
        return JSON.stringify(convexToJson(requestMetadata));
      }
      case "1.0/getDeploymentMetadata": {
        return JSON.stringify(convexToJson({
          name: "test",
          region: null,
          class: "s16"
        }));
      }
      case "1.0/actions/query": {
        const { name, args: queryArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runQuery(makeFunctionReference(name), queryArgs)));
      }
      case "1.0/actions/mutation": {
        const { name, args: mutationArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runMutation(makeFunctionReference(name), mutationArgs)));
      }
      case "1.0/actions/action": {
        const { name, args: actionArgs } = args;
        return JSON.stringify(convexToJson(await withAuth().runAction(makeFunctionReference(name), actionArgs)));
      }
      case "1.0/runUdf": {
        const { udfType, name, reference, functionHandle, args: udfArgsJson, transactionLimits } = args;
        const udfArgs = jsonToConvex(udfArgsJson);
        const functionPath = getFunctionPathFromAddress({
          name,
          reference,
          functionHandle
        });
        if (udfType === "query") {
          return JSON.stringify(convexToJson(await withAuth().queryFromPath(functionPath, udfArgs, transactionLimits)));
        }
        if (udfType === "snapshotQuery") {
          return JSON.stringify(convexToJson(await withAuth().snapshotQueryFromPath(functionPath, udfArgs, transactionLimits)));
        }
        if (udfType === "mutation") {
          return JSON.stringify(convexToJson(await withAuth().mutationFromPath(functionPath, udfArgs, transactionLimits)));
        }
        throw new Error(`\`convexTest\` does not support udf type: "${udfType}"`);
      }
      case "1.0/createFunctionHandle": {
        const { name, reference, functionHandle } = args;
        const functionPath = getFunctionPathFromAddress({
          name,
          reference,
          functionHandle
        });
        getComponentInfo(functionPath.componentPath);
        const handle = createFunctionHandle2(functionPath);
        return JSON.stringify(handle);
      }
      case "1.0/actions/schedule": {
        return await withAuth().run(async () => {
          return await getSyscalls().asyncSyscall("1.0/schedule", jsonArgs);
        });
      }
      case "1.0/schedule": {
        const { name, reference, functionHandle, args: fnArgs, ts: tsInSecs } = args;
        const functionAddress = { name, reference, functionHandle };
        const functionPath = getFunctionPathFromAddress(functionAddress);
        getComponentInfo(functionPath.componentPath);
        const parsedArgs = jsonToConvex(fnArgs);
        if (hasPendingValues(parsedArgs)) {
          throw new Error(`Invalid arguments for "${functionPath.udfPath}": a scheduled function cannot take an unresolved placeholder value.`);
        }
        tracker?.trackScheduledFunction(getConvexSize(parsedArgs));
        const jobId = db.insert("_scheduled_functions", {
          args: [parsedArgs],
          name: functionPath.udfPath,
          scheduledTime: tsInSecs * 1e3,
          state: { kind: "pending" }
        });
        const componentPath = getCurrentComponentPath();
        const capturedGlobal = getConvexGlobal();
        const scheduler = capturedGlobal.scheduler;
        nestedTxStorage.exit(() => {
          scheduler.timerScheduled();
          frameworkSetTimeout(
            () => {
              scheduler.timerFired();
              const promise = convexGlobalStorage.run(capturedGlobal, () => runScheduledFunction({
                db,
                jobId,
                componentPath,
                functionPath,
                args: parsedArgs,
                name
              })).finally(() => {
                scheduler.finish(promise);
              });
              scheduler.add(promise);
            },
            // Like the backend's scheduler, measure the due time against the
            // wall clock, not the scheduling transaction's pinned time.
            Math.max(0, tsInSecs * 1e3 - frameworkNow())
          );
        });
        return JSON.stringify(convexToJson(jobId));
      }
      case "1.0/actions/cancel_job": {
        await withAuth().run(async () => {
          await getSyscalls().asyncSyscall("1.0/cancel_job", jsonArgs);
        });
        return JSON.stringify({});
      }
      case "1.0/actions/vectorSearch": {
        const { query: { indexName, limit, vector, expressions } } = args;
        const results = db.vectorSearch(
          indexName,
          vector,
          // Probably an unintentional implementation in Convex
          // where expressions is only a single expression
          expressions === null ? [] : [expressions],
          limit
        );
        return JSON.stringify(convexToJson({ results }));
      }
      case "1.0/cancel_job": {
        const { id } = args;
        db.patch("_scheduled_functions", id, { state: { kind: "canceled" } });
        return JSON.stringify({});
      }
      case "1.0/storageDelete": {
        const { storageId } = args;
        const metadata = db.get("_storage", storageId);
        if (metadata !== null && db.isPendingFile(storageId)) {
          tracker?.untrackFileWrite(metadata.size);
        }
        await writeToDatabase(async (db2) => {
          db2.delete("_storage", storageId);
        });
        return JSON.stringify({});
      }
      case "1.0/storageGetUrl": {
        const { storageId } = args;
        const metadata = db.get("_storage", storageId);
        if (metadata === null) {
          return JSON.stringify(null);
        }
        const { sha256 } = metadata;
        const url = "https://some-deployment.convex.cloud/api/storage/" + sha256;
        return JSON.stringify(convexToJson(url));
      }
      case "1.0/storageStore": {
        const { blob, contentType, sha256: expectedSha256 } = args;
        const bytes = base64_exports.toByteArray(blob);
        const type = contentType || void 0;
        const file = new Blob([bytes], { type });
        const sha256 = await blobSha(file);
        if (expectedSha256 != null && expectedSha256 !== sha256) {
          throw new Error(`Sha256 mismatch. Expected: ${expectedSha256} Actual: ${sha256}`);
        }
        tracker?.trackFileWrite(bytes.length);
        const storageId = await writeToDatabase(async (db2) => {
          const storageId2 = db2.insert("_storage", {
            size: bytes.length,
            sha256,
            ...type !== void 0 ? { contentType: type } : {}
          });
          db2.storeFile(storageId2, file);
          return storageId2;
        });
        return JSON.stringify(convexToJson(storageId));
      }
      case "1.0/storageGet": {
        const { storageId } = args;
        const file = db.getFile(storageId);
        if (file == null) {
          return JSON.stringify(null);
        }
        const metadata = db.get("_storage", storageId);
        const fileKey = `${db.componentPath}:${storageId}`;
        const filesRead = getTransactionManager().getFilesRead();
        if (!db.isPendingFile(storageId) && !filesRead.has(fileKey)) {
          tracker?.trackFileRead(metadata.size);
          filesRead.add(fileKey);
        }
        return JSON.stringify({
          blob: base64_exports.fromByteArray(new Uint8Array(await file.arrayBuffer())),
          contentType: metadata.contentType ?? null
        });
      }
      case "1.0/storageGenerateUploadUrl": {
        const url = "https://some-deployment.convex.cloud/api/storage/upload?token=" + Math.random();
        return JSON.stringify(convexToJson(url));
      }
      case "1.0/count": {
        const { table } = args;
        const queryId = db.startQuery({
          source: { type: "FullTableScan", tableName: table, order: "asc" },
          operators: []
        });
        let count = 0;
        while (true) {
          const result = db.queryNext(queryId);
          if (result.done) {
            break;
          }
          count += 1;
        }
        return JSON.stringify(count);
      }
      case "1.0/auditLog": {
        return JSON.stringify(null);
      }
      case "1.0/signJwt": {
        const udfType = executionContextStorage.getStore()?.udfType;
        if (udfType === "query") {
          throw new Error("ctx.auth.signJwt() can't be called from a query. Call it from a mutation.");
        }
        if (udfType !== "mutation") {
          throw new Error(`Unknown async operation ${op}`);
        }
        return JSON.stringify(await signDeploymentJwt(args));
      }
      case "1.0/getDeploymentJwks": {
        return JSON.stringify(await deploymentJwks());
      }
      default: {
        throw new Error(`\`convexTest\` does not support async syscall: "${op}"`);
      }
    }
  };
}
function jsSyscallImpl() {
  return async (op, args) => {
    const db = getDb();
    switch (op) {
      case "storage/storeBlob": {
        const { blob } = args;
        return await writeToDatabase(async (db2) => {
          const storageId = db2.insert("_storage", {
            size: blob.size,
            sha256: await blobSha(blob),
            ...blob.type ? { contentType: blob.type } : {}
          });
          db2.storeFile(storageId, blob);
          return storageId;
        });
      }
      case "storage/getBlob": {
        const { storageId } = args;
        return db.getFile(storageId);
      }
      default: {
        throw new Error(`\`convexTest\` does not support js syscall: "${op}"`);
      }
    }
  };
}
async function writeToDatabase(impl) {
  const db = getDb();
  if (!getTransactionManager().isInCurrentTransaction()) {
    return await withAuth().run(async () => {
      return await impl(db);
    });
  } else {
    return await impl(db);
  }
}
async function blobSha(blob) {
  const arrayBuffer = await blob.arrayBuffer();
  const hashBuffer = await crypto.subtle.digest("SHA-256", arrayBuffer);
  const hashArray = new Uint8Array(hashBuffer);
  return btoa(String.fromCharCode(...hashArray));
}
function defineTestApp({ schema, components }) {
  const registrations = Object.entries(components ?? {});
  for (const [name] of registrations) {
    if (name.length === 0 || name.includes("/") || name.includes(" ")) {
      throw new Error(`Invalid component instance name "${name}": expected a nonempty name without slashes or spaces. Register nested components inside the parent's "register" function.`);
    }
  }
  return {
    components: componentsGeneric(),
    query: queryGeneric,
    internalQuery: internalQueryGeneric,
    mutation: mutationGeneric,
    internalMutation: internalMutationGeneric,
    action: actionGeneric,
    internalAction: internalActionGeneric,
    defineModules(modules) {
      const moduleMap = new Map(Object.entries(modules));
      const loadModule = async (path) => {
        const module = moduleMap.get(path);
        if (module === void 0) {
          throw new Error(`Could not find module for: "${path}"`);
        }
        return module;
      };
      const fullApi = anyApi;
      return {
        api: filterApi(fullApi),
        internal: filterApi(fullApi),
        createTest(options = {}) {
          const t = createConvexTest(schema, loadModule, options.transactionLimits ?? false);
          for (const [name, registration] of registrations) {
            const result = registration.register(t, name);
            if (typeof result?.then === "function") {
              throw new Error(`Component registration for "${name}" returned a Promise. The "register" function must be synchronous.`);
            }
          }
          return t;
        }
      };
    }
  };
}
function getComponentInfo(componentPath) {
  const convex = getConvexGlobal();
  if (convex.components[componentPath] === void 0) {
    throw new Error(formatUnregisteredComponentError(componentPath));
  }
  return convex.components[componentPath];
}
function formatUnregisteredComponentError(componentPath) {
  const convex = getConvexGlobal();
  const registered = Object.keys(convex.components).filter((p) => p !== ROOT_COMPONENT_PATH);
  const registeredHint = registered.length === 0 ? "No components have been registered on this `convexTest` instance." : `Registered components: ${registered.map((p) => `"${p}"`).join(", ")}.`;
  return `Component "${componentPath}" is not registered on this \`convexTest\` instance. If it is a published component, import its test helper and call it on \`t\` (e.g. \`import { register } from "<component>/test"; register(t);\`). Otherwise call \`t.registerComponent("${componentPath}", componentSchema, componentModules)\` directly (see https://docs.convex.dev/components/using#testing-components). ` + registeredHint;
}
function getDbForComponent(componentPath) {
  return getComponentInfo(componentPath).db;
}
function getDb() {
  return getDbForComponent(getCurrentComponentPath());
}
function getTransactionManager() {
  return getConvexGlobal().transactionManager;
}
function getCurrentComponentPath() {
  return executionContextStorage.getStore()?.componentPath ?? ROOT_COMPONENT_PATH;
}
function getModules() {
  return getModulesForComponent(getCurrentComponentPath());
}
function getModulesForComponent(componentPath) {
  return getComponentInfo(componentPath).modules;
}
function getSyscalls() {
  return getConvexGlobal();
}
function moduleCache(specifiedModules) {
  const modules = specifiedModules ?? (() => { throw new Error("convex-migration-harness: the memory engine is always given the app's modules"); })();
  const prefix = findModulesRoot(Object.keys(modules), specifiedModules !== void 0);
  const modulesWithoutExtension = Object.fromEntries(Object.entries(modules).map(([path, module]) => [
    path.replace(/\.[^.]+$/, ""),
    module
  ]));
  return async (path) => {
    const module = modulesWithoutExtension[prefix + path];
    if (module === void 0) {
      throw new Error(`Could not find module for: "${path}"`);
    }
    return await module();
  };
}
function findModulesRoot(modulesPaths, userProvidedModules) {
  const generatedFilePath = modulesPaths.find((path) => path.includes("_generated"));
  if (generatedFilePath !== void 0) {
    return generatedFilePath.split("_generated", 2)[0];
  }
  throw new Error('Could not find the "_generated" directory, make sure to run `npx convex dev` or `npx convex codegen`. ' + (userProvidedModules ? 'Make sure your `import.meta.glob` includes the files in the "_generated" directory' : 'If your Convex functions aren\'t defined in a directory called "convex" sibling to your node_modules, provide the second argument to `convexTest`'));
}
var executionContextStorage = new AsyncLocalStorage();
var requestMetadataStorage = new AsyncLocalStorage();
var DEFAULT_REQUEST_OPTIONS = { ip: null, userAgent: null };
var nextRequestId = 0;
function newRequestId() {
  return `fake-request-id-${nextRequestId++}`;
}
function getConvexGlobal() {
  const store = convexGlobalStorage.getStore();
  if (!store) {
    throw new Error("No active convexTest context. Make sure you are calling methods on the object returned by convexTest().");
  }
  return store;
}
var PATCHABLE_GLOBALS = [
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "fetch",
  "Date",
  "Math",
  "console",
  "process",
  "crypto",
  "Crypto",
  "CryptoKey",
  "SubtleCrypto",
  "atob",
  "btoa",
  "Request",
  "Response",
  "Headers",
  "URL",
  "URLSearchParams",
  "AbortController",
  "TextEncoder",
  "TextDecoder",
  "structuredClone",
  "queueMicrotask",
  "performance"
];
var globalOverridesStorage = new AsyncLocalStorage();
function frameworkNow() {
  return globalOverridesStorage.exit(() => Date.now());
}
function frameworkSetTimeout(cb, ms) {
  return globalOverridesStorage.exit(() => globalThis.setTimeout(cb, ms));
}
function disallowedInTransaction(name) {
  return () => {
    throw new Error(`\`${name}\` is not supported in Convex queries or mutations. Move this code to an action; a mutation can start one with \`ctx.scheduler.runAfter(0, ...)\`.`);
  };
}
function transactionGlobalOverrides() {
  const BaseDate = globalOverridesStorage.exit(() => Date);
  const time = getTransactionManager().getTime();
  const now = () => time;
  return {
    Date: new Proxy(BaseDate, {
      get(target, property, receiver) {
        return property === "now" ? now : Reflect.get(target, property, receiver);
      },
      construct(target, args, newTarget) {
        return Reflect.construct(target, args.length === 0 ? [time] : args, newTarget);
      },
      apply() {
        return new BaseDate(time).toString();
      }
    }),
    fetch: disallowedInTransaction("fetch"),
    setTimeout: disallowedInTransaction("setTimeout"),
    clearTimeout: disallowedInTransaction("clearTimeout"),
    setInterval: disallowedInTransaction("setInterval"),
    clearInterval: disallowedInTransaction("clearInterval")
  };
}
var globalProxySetters = /* @__PURE__ */ new WeakMap();
function installGlobalProxies() {
  const g = globalThis;
  for (const key of PATCHABLE_GLOBALS) {
    if (!(key in g))
      continue;
    const descriptor = Object.getOwnPropertyDescriptor(g, key);
    const installedSetter = (
      // eslint-disable-next-line @typescript-eslint/unbound-method -- Compare accessor identity without calling it.
      descriptor?.get && globalProxySetters.get(descriptor.get)
    );
    if (installedSetter && installedSetter === descriptor.set)
      continue;
    if (descriptor?.configurable === false)
      continue;
    let originalDescriptor = descriptor;
    for (let prototype = Object.getPrototypeOf(g); !originalDescriptor && prototype; prototype = Object.getPrototypeOf(prototype)) {
      originalDescriptor = Object.getOwnPropertyDescriptor(prototype, key);
    }
    if (!originalDescriptor)
      continue;
    const defaultDescriptor = originalDescriptor;
    const get2 = () => {
      const store = globalOverridesStorage.getStore();
      if (store && key in store)
        return store[key];
      return "value" in defaultDescriptor ? defaultDescriptor.value : defaultDescriptor.get?.call(g);
    };
    const set = (value) => {
      const store = globalOverridesStorage.getStore();
      if (store) {
        store[key] = value;
      } else if ("value" in defaultDescriptor && defaultDescriptor.writable) {
        defaultDescriptor.value = value;
      } else if (defaultDescriptor.set) {
        defaultDescriptor.set.call(g, value);
      } else {
        throw new TypeError(`Cannot assign to read only global '${key}'`);
      }
    };
    try {
      Object.defineProperty(g, key, {
        get: get2,
        set,
        configurable: true,
        enumerable: descriptor?.enumerable ?? false
      });
      globalProxySetters.set(get2, set);
    } catch {
    }
  }
}
function runWithGlobalOverrides(overrides, handler) {
  installGlobalProxies();
  return globalOverridesStorage.run(overrides, handler);
}
var harnessConvexProxy = null;
function ensureGlobalProxy() {
  if (harnessConvexProxy !== null && global.Convex === harnessConvexProxy) return;
  installGlobalProxies();
  const previous = global.Convex;
  const pick = (name) => {
    const store = convexGlobalStorage.getStore();
    return store || !previous ? getConvexGlobal()[name] : previous[name];
  };
  harnessConvexProxy = global.Convex = {
    get syscall() { return pick("syscall"); },
    get asyncSyscall() { return pick("asyncSyscall"); },
    get jsSyscall() { return pick("jsSyscall"); },
  };
}
var Scheduler = class {
  _inFlight = /* @__PURE__ */ new Set();
  // Number of setTimeouts registered for scheduled functions that haven't
  // fired yet. Timers registered while real timers were active cannot be
  // fired by advancing fake timers — they need real event loop turns —
  // so `finishAllScheduledFunctions` uses this to know whether to keep
  // yielding instead of returning early.
  _pendingTimerCount = 0;
  timerScheduled() {
    this._pendingTimerCount += 1;
  }
  timerFired() {
    this._pendingTimerCount -= 1;
  }
  anyPendingTimers() {
    return this._pendingTimerCount > 0;
  }
  add(promise) {
    this._inFlight.add(promise);
  }
  finish(promise) {
    this._inFlight.delete(promise);
  }
  anyFunctionsRunning() {
    return this._inFlight.size > 0;
  }
  async finishInProgressScheduledFunctions() {
    while (this._inFlight.size > 0) {
      await Promise.all(this._inFlight);
    }
  }
};
var TransactionManager = class {
  // The DatabaseFake is used in the Convex global,
  // and so it restricts `convexTest` to run one function
  // at a time.
  // We force sequential execution to make sure actions
  // can run mutations in parallel.
  _waitOnCurrentFunction = null;
  _markTransactionDone = null;
  // Tracks bandwidth usage and enforces limits for the current top-level
  // transaction (null when none is in progress). Like the per-component
  // `DatabaseFake`, it owns a stack of nested transaction layers; we drive its
  // `startTransaction` / `commit` / `rollback` in lockstep with the databases'.
  _metricsTracker = null;
  _limitsConfig;
  // The latest committed transaction's timestamp, in Unix nanoseconds.
  // Zero represents the initial empty database, before any commits.
  _lastCommitTs = 0n;
  // Milliseconds pinned at top-level transaction start, shared by nested calls.
  _udfTime = null;
  // Files already read by the current top-level transaction, including by
  // nested calls that rolled back. Reading one again doesn't count toward the
  // read limits.
  _filesRead = null;
  constructor(limitsConfig = false) {
    this._limitsConfig = limitsConfig;
  }
  async begin(isNested, transactionLimits) {
    if (!isNested) {
      while (this._waitOnCurrentFunction !== null) {
        await this._waitOnCurrentFunction;
      }
      this._udfTime = Math.max(frameworkNow(), Number((this._lastCommitTs + 999999n) / 1000000n));
      this._waitOnCurrentFunction = new Promise((resolve) => {
        this._markTransactionDone = resolve;
      });
      this._metricsTracker = new TransactionMetricsTracker(this._limitsConfig);
      this._filesRead = /* @__PURE__ */ new Set();
    }
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.startTransaction();
    }
    this._metricsTracker?.startTransaction(transactionLimits);
  }
  // Used to distinguish between mutation and action execution
  // environment.
  isInTransaction() {
    return this._waitOnCurrentFunction !== null;
  }
  isInCurrentTransaction() {
    for (let lock = nestedTxStorage.getStore(); lock !== void 0; lock = lock.parent) {
      if (lock.transactionManager === this && lock.transactionActive) {
        return true;
      }
    }
    return false;
  }
  // The metrics tracker, or null when not inside a transaction.
  getMetricsTracker() {
    return this._metricsTracker;
  }
  getFilesRead() {
    if (this._filesRead === null) {
      throw new Error("Transaction not started");
    }
    return this._filesRead;
  }
  getTime() {
    if (this._udfTime === null) {
      throw new Error("Transaction not started");
    }
    return this._udfTime;
  }
  getSnapshotTs() {
    if (!this.isInTransaction()) {
      throw new Error("getSnapshotTs() can only be called from a query or mutation.");
    }
    return this._lastCommitTs;
  }
  // Returns the transaction's commit timestamp, or null for a nested commit,
  // whose writes stay pending until the outermost transaction commits.
  commit(isNested) {
    let commitTs = null;
    if (!isNested) {
      const nowNanos = BigInt(frameworkNow()) * 1000000n;
      commitTs = nowNanos > this._lastCommitTs ? nowNanos : this._lastCommitTs + 1n;
      this._lastCommitTs = commitTs;
    }
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.commit(commitTs);
    }
    this._metricsTracker?.commit();
    this._endTransaction(isNested);
    return commitTs;
  }
  rollback(isNested) {
    const convex = getConvexGlobal();
    for (const component of Object.values(convex.components)) {
      component.db.rollbackWrites();
    }
    this._metricsTracker?.rollback();
    this._endTransaction(isNested);
  }
  _endTransaction(isNested) {
    if (this._markTransactionDone === null) {
      throw new Error("Transaction not started");
    }
    if (!isNested) {
      this._udfTime = null;
      this._metricsTracker = null;
      this._filesRead = null;
      this._waitOnCurrentFunction = null;
      this._markTransactionDone();
      this._markTransactionDone = null;
    }
  }
  stashWrites() {
    const convex = getConvexGlobal();
    const stashed = /* @__PURE__ */ new Map();
    for (const [path, component] of Object.entries(convex.components)) {
      stashed.set(path, component.db.stashWrites());
    }
    return stashed;
  }
  restoreWrites(stashed) {
    const convex = getConvexGlobal();
    for (const [path, writes] of stashed) {
      convex.components[path].db.restoreWrites(writes);
    }
  }
};
function convexTest(schemaOrOptions, modules) {
  let schema = void 0;
  let limitsConfig = false;
  function isSchemaDefinition(schemaOrOptions2) {
    return schemaOrOptions2 !== null && typeof schemaOrOptions2 === "object" && "tables" in schemaOrOptions2 && typeof schemaOrOptions2.tables === "object";
  }
  if (schemaOrOptions === void 0) {
  } else if (isSchemaDefinition(schemaOrOptions)) {
    schema = schemaOrOptions;
  } else {
    const opts = schemaOrOptions;
    schema = opts.schema;
    modules = opts.modules;
    limitsConfig = opts.transactionLimits ?? false;
  }
  return createConvexTest(schema, moduleCache(modules), limitsConfig);
}
function createConvexTest(schema, modules, limitsConfig) {
  const rootDb = new DatabaseFake(schema ?? null, ROOT_COMPONENT_PATH);
  const convexGlobal = {
    components: {
      [ROOT_COMPONENT_PATH]: {
        db: rootDb,
        modules
      }
    },
    transactionManager: new TransactionManager(limitsConfig),
    scheduler: new Scheduler(),
    syscall: syscallImpl(),
    asyncSyscall: asyncSyscallImpl(),
    jsSyscall: jsSyscallImpl(),
    deploymentJwtKey: null
  };
  ensureGlobalProxy();
  function wrapInContext(obj) {
    const result = {};
    for (const key of Object.keys(obj)) {
      const val = obj[key];
      result[key] = typeof val === "function" ? (...args) => (ensureGlobalProxy(), convexGlobalStorage.run(convexGlobal, () => val(...args))) : val;
    }
    return result;
  }
  function registerComponent(componentPath, schema2, glob) {
    const componentInfo = {
      db: new DatabaseFake(schema2, componentPath),
      modules: moduleCache(glob)
    };
    convexGlobal.components[componentPath] = componentInfo;
    return componentsGeneric()[componentPath];
  }
  function testAccessor(auth, requestOptions) {
    return {
      ...wrapInContext(withAuth(auth, requestOptions)),
      jwks: () => convexGlobalStorage.run(convexGlobal, deploymentJwks),
      withIdentity(identity) {
        const subject = identity.subject ?? "" + simpleHash(JSON.stringify(identity));
        const issuer = identity.issuer ?? "https://convex.test";
        const tokenIdentifier = identity.tokenIdentifier ?? `${issuer}|${subject}`;
        const fullIdentity = { ...identity, subject, issuer, tokenIdentifier };
        return testAccessor(new AuthFake(fullIdentity, createTestJwt(fullIdentity)), requestOptions);
      },
      withRequestMetadata(metadata) {
        return testAccessor(auth, {
          ip: metadata.ip ?? null,
          userAgent: metadata.userAgent ?? null
        });
      }
    };
  }
  return {
    ...testAccessor(new AuthFake(), DEFAULT_REQUEST_OPTIONS),
    registerComponent
  };
}
var realSetTimeout = globalThis.setTimeout.bind(globalThis);
var realClearTimeout = globalThis.clearTimeout.bind(globalThis);
function yieldThroughRealTimers() {
  return new Promise((r) => realSetTimeout(r, 0));
}
function withAuth(auth = authStorage.getStore() ?? new AuthFake(), requestOptions = DEFAULT_REQUEST_OPTIONS) {
  function authForComponent(componentPath) {
    const ctx = executionContextStorage.getStore();
    const isCrossComponent = ctx !== void 0 && componentPath !== ctx.componentPath;
    return isCrossComponent ? new AuthFake() : auth;
  }
  function requestMetadataForExecution() {
    return requestMetadataStorage.getStore() ?? {
      ip: requestOptions.ip,
      userAgent: requestOptions.userAgent,
      requestId: newRequestId(),
      scheduledFunctionId: null,
      authToken: auth.token
    };
  }
  const runMutationWithHandler = async (handler, args, extraCtx = {}, functionPath, isNested, transactionLimits, isInternal = false) => {
    const m = (isInternal ? internalMutationGeneric : mutationGeneric)({
      handler: (ctx, a) => {
        const testCtx = {
          ...ctx,
          auth: mutationAuth(authStorage.getStore() ?? auth),
          ...extraCtx
        };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "mutation",
      depth: (parentCtx?.depth ?? 0) + 1
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    const childLock = new NestedLock(transactionManager, nestedTxStorage.getStore());
    try {
      const invokeRaw = () => m.invokeMutation(JSON.stringify(convexToJson([parseArgs2(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const commitTs = transactionManager.commit(isNested);
      const result = jsonToConvex(JSON.parse(rawResult));
      return commitTs === null ? result : resolveCommittedValues(result, commitTs);
    } catch (e) {
      transactionManager.rollback(isNested);
      throw deserializeConvexErrorData(e);
    } finally {
      childLock.transactionActive = false;
    }
  };
  const runQueryWithHandler = async (handler, args, functionPath, isNested, transactionLimits, isInternal = false) => {
    const q = (isInternal ? internalQueryGeneric : queryGeneric)({
      handler: (ctx, a) => {
        const testCtx = { ...ctx, auth: authStorage.getStore() ?? auth };
        return runWithGlobalOverrides(transactionGlobalOverrides(), () => handler(testCtx, a));
      }
    });
    const transactionManager = getTransactionManager();
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "query",
      depth: (parentCtx?.depth ?? 0) + 1,
      pagination: isNested && parentCtx?.pagination || { calls: 0 }
    };
    const requestMetadata = requestMetadataForExecution();
    await transactionManager.begin(isNested, transactionLimits);
    const childLock = new NestedLock(transactionManager, nestedTxStorage.getStore());
    try {
      const invokeRaw = () => q.invokeQuery(JSON.stringify(convexToJson([parseArgs2(args)])));
      const invokeInContext = () => executionContextStorage.run(childCtx, () => requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, invokeRaw)));
      const rawResult = await nestedTxStorage.run(childLock, invokeInContext);
      const result = jsonToConvex(JSON.parse(rawResult));
      if (!isNested && hasPendingValues(result)) {
        throw new Error(`Function ${functionPath.udfPath} return value invalid: queries cannot return an unresolved placeholder value.`);
      }
      return result;
    } catch (e) {
      throw deserializeConvexErrorData(e);
    } finally {
      childLock.transactionActive = false;
      transactionManager.rollback(isNested);
    }
  };
  const runActionWithHandler = async (handler, args, functionPath, ctxRunQuery, ctxRunMutation, ctxRunAction, isInternal = false) => {
    const a = (isInternal ? internalActionGeneric : actionGeneric)({
      handler: (ctx, innerArgs) => {
        const testCtx = {
          ...ctx,
          runQuery: ctxRunQuery,
          runMutation: ctxRunMutation,
          runAction: ctxRunAction,
          auth: authStorage.getStore() ?? auth
        };
        return runWithGlobalOverrides({}, () => handler(testCtx, innerArgs));
      }
    });
    const authForChild = authForComponent(functionPath.componentPath);
    const parentCtx = executionContextStorage.getStore();
    const childCtx = {
      componentPath: functionPath.componentPath,
      udfPath: functionPath.udfPath,
      udfType: "action",
      depth: (parentCtx?.depth ?? 0) + 1
    };
    const requestMetadata = requestMetadataForExecution();
    return await executionContextStorage.run(childCtx, async () => {
      try {
        const rawResult = await requestMetadataStorage.run(requestMetadata, () => authStorage.run(authForChild, () => a.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson([parseArgs2(args)])))));
        return jsonToConvex(JSON.parse(rawResult));
      } catch (e) {
        throw deserializeConvexErrorData(e);
      }
    });
  };
  const byTypeWithPath = {
    queryFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath, "query");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result = await runQueryWithHandler(resolved.handler, args, resolved.functionPath, isNested, transactionLimits, resolved.isInternal);
        validateReturnValue2(resolved.returns, result, "query", resolved.functionPath);
        return result;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    snapshotQueryFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      if (parentLock) {
        await parentLock.acquire();
      }
      const transactionManager = getTransactionManager();
      const stashed = transactionManager.stashWrites();
      try {
        const resolved = await resolveFunction(functionPath, "query");
        validateFunctionArgs(
          resolved.args,
          args ?? {},
          resolved.functionPath,
          // Only reachable from inside a mutation.
          /* allowPendingValues */
          true
        );
        const result = await runQueryWithHandler(
          resolved.handler,
          args,
          resolved.functionPath,
          // isNested=true to avoid re-acquiring the top-level lock
          // (we're inside a mutation that already holds it).
          /* isNested */
          true,
          transactionLimits,
          resolved.isInternal
        );
        validateReturnValue2(resolved.returns, result, "query", resolved.functionPath);
        return result;
      } finally {
        transactionManager.restoreWrites(stashed);
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    mutationFromPath: async (functionPath, args, transactionLimits) => {
      const parentLock = nestedTxStorage.getStore() ?? null;
      const isNested = parentLock !== null;
      if (parentLock) {
        await parentLock.acquire();
      }
      try {
        const resolved = await resolveFunction(functionPath, "mutation");
        validateFunctionArgs(resolved.args, args ?? {}, resolved.functionPath, isNested);
        const result = await runMutationWithHandler(resolved.handler, args, {}, resolved.functionPath, isNested, transactionLimits, resolved.isInternal);
        validateReturnValue2(resolved.returns, result, "mutation", resolved.functionPath);
        return result;
      } finally {
        if (parentLock) {
          parentLock.release();
        }
      }
    },
    actionFromPath: async (functionPath, args) => {
      const resolved = await resolveFunction(functionPath, "action");
      validateFunctionArgs(
        resolved.args,
        args ?? {},
        resolved.functionPath,
        /* allowPendingValues */
        false
      );
      const result = await runActionWithHandler(resolved.handler, args, resolved.functionPath, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction, resolved.isInternal);
      validateReturnValue2(resolved.returns, result, "action", resolved.functionPath);
      return result;
    },
    runQuery: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.queryFromPath(functionPath, args);
    },
    runMutation: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.mutationFromPath(functionPath, args);
    },
    runAction: async (functionReference, args) => {
      const functionPath = getFunctionPathFromReference(functionReference);
      return await byTypeWithPath.actionFromPath(functionPath, args);
    }
  };
  const byType = {
    query: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runQueryWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.queryFromPath(functionPath, args);
    },
    mutation: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runMutationWithHandler(
          functionReferenceOrHandler,
          args ?? {},
          /* extraCtx */
          {},
          { componentPath: getCurrentComponentPath(), udfPath: "inline" },
          /* isNested */
          false
        );
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.mutationFromPath(functionPath, args);
    },
    action: async (functionReferenceOrHandler, args) => {
      if (typeof functionReferenceOrHandler === "function") {
        return await runActionWithHandler(functionReferenceOrHandler, args ?? {}, { componentPath: getCurrentComponentPath(), udfPath: "inline" }, byTypeWithPath.runQuery, byTypeWithPath.runMutation, byTypeWithPath.runAction);
      }
      const functionPath = getFunctionPathFromReference(functionReferenceOrHandler);
      return await byTypeWithPath.actionFromPath(functionPath, args);
    }
  };
  const run = async (componentPath, handler) => {
    const a = actionGeneric({
      handler: async (ctx) => {
        return await runMutationWithHandler(
          handler,
          {},
          {
            storage: ctx.storage
            // ActionCtx support was added in 0.0.40, removed in 0.0.41, should be added back in the future.
            // runAction: ctx.runAction.bind(ctx),
            // vectorSearch: ctx.vectorSearch.bind(ctx),
          },
          // Fake mutation path.
          {
            componentPath,
            udfPath: "custom"
          },
          false
        );
      }
    });
    const requestMetadata = requestMetadataForExecution();
    try {
      const rawResult = await requestMetadataStorage.run(requestMetadata, () => a.invokeAction(requestMetadata.requestId, JSON.stringify(convexToJson([{}]))));
      return jsonToConvex(JSON.parse(rawResult));
    } catch (e) {
      throw deserializeConvexErrorData(e);
    }
  };
  return {
    ...byType,
    ...byTypeWithPath,
    runInComponent: run,
    run: async (handler) => {
      return await run(getCurrentComponentPath(), handler);
    },
    fun: async (functionPath, args) => {
      const { func } = await resolveFunction(functionPath, "any");
      if (func.isQuery) {
        return await byTypeWithPath.queryFromPath(functionPath, args);
      }
      if (func.isMutation) {
        return await byTypeWithPath.mutationFromPath(functionPath, args);
      }
      if (func.isAction) {
        return await byTypeWithPath.actionFromPath(functionPath, args);
      }
    },
    fetch: async (path, init) => {
      const router = (await getModules()("http"))["default"];
      if (!path.startsWith("/")) {
        throw new Error(`Path given to \`t.fetch\` must start with a \`/\``);
      }
      const url = new URL(`https://some.convex.site${path}`);
      const found = router.lookup(url.pathname, init?.method ?? "GET");
      if (!found) {
        return new Response(`No HttpAction routed for ${url.pathname}`, {
          status: 404
        });
      }
      const [func] = found;
      const a = httpActionGeneric((ctx, a2) => {
        const testCtx = {
          ...ctx,
          runQuery: byType.query,
          runMutation: byType.mutation,
          runAction: byType.action,
          auth
        };
        return runWithGlobalOverrides({}, () => getHandler(func)(testCtx, a2));
      });
      const httpCtx = {
        componentPath: getCurrentComponentPath(),
        udfPath: "http",
        udfType: "http",
        depth: 0
      };
      const requestMetadata = requestMetadataForExecution();
      const response = await executionContextStorage.run(httpCtx, () => requestMetadataStorage.run(requestMetadata, () => a.invokeHttpAction(new Request(url, init))));
      return response;
    },
    finishInProgressScheduledFunctions: () => getConvexGlobal().scheduler.finishInProgressScheduledFunctions(),
    finishAllScheduledFunctions: async (advanceTimers, maxIterations = 100) => {
      const { scheduler } = getConvexGlobal();
      const originalSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
      const advanceTimersIfActive = () => {
        const currentSetTimeout = globalOverridesStorage.exit(() => globalThis.setTimeout);
        if (currentSetTimeout !== originalSetTimeout) {
          throw new Error("finishAllScheduledFunctions: timers were restored or replaced while waiting for scheduled functions.");
        }
        advanceTimers();
      };
      const maxIdleTurns = 20;
      let idleTurns = 0;
      for (let i = 0; i < maxIterations; i++) {
        advanceTimersIfActive();
        if (!scheduler.anyFunctionsRunning()) {
          if (!scheduler.anyPendingTimers() || idleTurns >= maxIdleTurns) {
            return;
          }
          idleTurns += 1;
          await yieldThroughRealTimers();
          continue;
        }
        idleTurns = 0;
        let timer;
        try {
          await new Promise((resolve, reject) => {
            const pump = () => {
              try {
                advanceTimersIfActive();
                timer = realSetTimeout(pump, 0);
              } catch (error) {
                reject(error);
              }
            };
            void scheduler.finishInProgressScheduledFunctions().then(resolve, reject);
            pump();
          });
        } finally {
          realClearTimeout(timer);
        }
      }
      throw new Error("finishAllScheduledFunctions: too many iterations. Check for infinitely recursive scheduled functions, or increase maxIterations.");
    }
  };
}
function parseArgs2(args) {
  if (args === void 0) {
    return {};
  }
  if (!isSimpleObject2(args)) {
    throw new Error(`The arguments to a Convex function must be an object. Received: ${args}`);
  }
  return args;
}
function validateFunctionArgs(argsValidator, args, functionPath, allowPendingValues) {
  if (!allowPendingValues && hasPendingValues(args)) {
    throw new Error(`Invalid arguments for "${functionPath.udfPath}": an unresolved placeholder value can only be passed to a query or mutation called from a mutation`);
  }
  validateValidator(argsValidator, resolvePendingValues(args));
}
function validateReturnValue2(returnsValidator, result, functionType, functionPath) {
  if (returnsValidator !== null) {
    try {
      validateValidator(returnsValidator, resolvePendingValues(result));
    } catch (e) {
      throw new Error(`Return value validation failed for ${functionType} "${functionPath.udfPath}":
${e.message}`, { cause: e });
    }
  }
}
function createFunctionHandle2(functionPath) {
  return `function://${functionPath.componentPath};${functionPath.udfPath}`;
}
function parseFunctionHandle(handle) {
  const [componentPath, udfPath] = handle.split("function://")[1].split(";");
  return { componentPath, udfPath };
}
function getFunctionPathFromAddress(functionAddress) {
  if (functionAddress.functionHandle !== void 0) {
    return parseFunctionHandle(functionAddress.functionHandle);
  }
  if (functionAddress.name !== void 0) {
    return {
      udfPath: functionAddress.name,
      componentPath: getCurrentComponentPath()
    };
  }
  if (functionAddress.reference !== void 0) {
    const childComponentName = functionAddress.reference.split("/")[2];
    let componentPath = childComponentName;
    if (getCurrentComponentPath().length > 0) {
      componentPath = `${getCurrentComponentPath()}/${componentPath}`;
    }
    const functionNameWithSlashes = functionAddress.reference.split("/").slice(3).join("/");
    const filepath = functionNameWithSlashes.split("/").slice(0, -1).join("/");
    const functionName2 = functionNameWithSlashes.split("/").pop();
    return {
      udfPath: `${filepath}:${functionName2}`,
      componentPath
    };
  }
  throw new Error("Function address not supported");
}
function getFunctionPathFromReference(functionReference) {
  return getFunctionPathFromAddress(getFunctionAddress(functionReference));
}
function getHandler(func) {
  return "_handler" in func ? func["_handler"] : func;
}
async function resolveFunction(functionPath, type) {
  const [modulePath, maybeExportName] = functionPath.udfPath.split(":");
  const exportName = maybeExportName === void 0 ? "default" : maybeExportName;
  const module = await getModulesForComponent(functionPath.componentPath)(modulePath);
  const func = module[exportName];
  if (func === void 0) {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but there is no such export.`);
  }
  const handler = getHandler(func);
  if (typeof handler !== "function") {
    throw new Error(`Expected a Convex function exported from module "${modulePath}" as \`${exportName}\`, but got: ${func}`);
  }
  switch (type) {
    case "query":
      if (!func.isQuery) {
        throw new Error(`Expected a query function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a query.`);
      }
      break;
    case "mutation":
      if (!func.isMutation) {
        throw new Error(`Expected a mutation function, but the function exported from module "${modulePath}" as \`${exportName}\` is not a mutation.`);
      }
      break;
    case "action":
      if (!func.isAction) {
        throw new Error(`Expected an action function, but the function exported from module "${modulePath}" as \`${exportName}\` is not an action.`);
      }
      break;
    case "any":
      break;
    default:
      throw type;
  }
  const args = JSON.parse(func.exportArgs());
  if (args.type !== "object" && args.type !== "any") {
    throw new Error(`Invalid JSON returned from ${modulePath}.js:${exportName}.exportArgs(): Args validator must be an object or any`);
  }
  const returns = JSON.parse(func.exportReturns());
  const isInternal = func.isInternal === true;
  return { func, functionPath, handler, returns, args, isInternal };
}
function simpleHash(string) {
  let hash = 0;
  for (let i = 0; i < string.length; i++) {
    const char = string.charCodeAt(i);
    hash = (hash << 5) - hash + char;
    hash = hash & hash;
  }
  return hash;
}
export {
  CommitTsPlaceholder,
  compareValues,
  convexTest,
  convexToJson,
  defineTestApp,
  getDocumentSize,
  jsonToConvex,
  makeFunctionReference
};
