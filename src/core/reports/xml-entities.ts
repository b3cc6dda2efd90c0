/**
 * XML character references and the five predefined entities. Nothing else is expanded: entities
 * declared in a DOCTYPE are never defined here, so a "billion laughs" document stays as small as
 * it was written (an unknown `&name;` is kept as literal text).
 */

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE_PATTERN = /&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z_][\w.-]{0,31});/g;

/** Longest reference recognized (`&#x` + 8 digits + `;`), for streaming callers that must not split one. */
export const MAX_REFERENCE_LENGTH = 34;

function decodeReference(match: string, body: string): string {
  if (body.charCodeAt(0) === 0x23 /* # */) {
    const code = body.charCodeAt(1) === 0x78 /* x */ ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(PREDEFINED, body) ? PREDEFINED[body]! : match;
}

/** Decodes character references and the predefined entities; leaves anything else as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE_PATTERN, decodeReference);
}

/**
 * Where streamed text can safely be cut so that no reference is split: before the last `&` that is
 * not yet closed by `;`, when it is close enough to the end to still be a reference.
 */
export function safeTextEnd(text: string): number {
  const ampersand = text.lastIndexOf('&');
  if (ampersand === -1 || text.length - ampersand > MAX_REFERENCE_LENGTH) return text.length;
  return text.indexOf(';', ampersand) === -1 ? ampersand : text.length;
}
