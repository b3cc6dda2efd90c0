import { createHash } from 'node:crypto';

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit, no whitespace, `undefined` members
 * dropped, numbers as JavaScript prints them. Close to RFC 8785 for the values Drydock stores
 * (it does not re-format exotic floats); stable across runs and machines, which is what digests need.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set());
}

function serialize(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold the number ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
  }
  const object = value as object;
  if (seen.has(object)) throw new TypeError('canonical JSON cannot hold a circular structure');
  seen.add(object);
  let out: string;
  if (Array.isArray(object)) {
    out = `[${object.map((item: unknown) => (item === undefined ? 'null' : serialize(item, seen))).join(',')}]`;
  } else if (typeof (object as { toJSON?: unknown }).toJSON === 'function') {
    out = serialize((object as { toJSON: () => unknown }).toJSON(), seen);
  } else {
    const record = object as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${serialize(member, seen)}`);
    }
    out = `{${parts.join(',')}}`;
  }
  seen.delete(object);
  return out;
}

/** Hex sha256 of a string (UTF-8) or bytes. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The digest of a value: `sha256:` + hex sha256 of its canonical JSON. */
export function digestOf(value: unknown): string {
  return `sha256:${sha256(canonicalJson(value))}`;
}
