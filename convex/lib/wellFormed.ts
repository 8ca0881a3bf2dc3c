const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string survives UTF-8 (and so encryption) unchanged: TextEncoder
 * replaces a lone surrogate with U+FFFD, which would silently alter a key.
 */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
