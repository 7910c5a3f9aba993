/**
 * Text no store here can hold faithfully: a NUL (PostgreSQL rejects it in text) or a UTF-16
 * surrogate without its pair (not encodable as UTF-8).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string) => !UNSTORABLE.test(text);
