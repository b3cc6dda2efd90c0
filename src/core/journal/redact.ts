import { isSecretEnvName } from '../secret-names.js';

/**
 * Redaction of secrets from anything that goes into the journal. Three sources: values registered
 * as secrets, values of token-bearing environment variables, and well-known token shapes. All of
 * them are folded into one regular expression, compiled once, so a string is scanned once.
 */

/** A value to redact, with the label that replaces it (`[REDACTED:<label>]`). */
export interface SecretValue {
  /** The secret itself. */
  value: string;
  /** What to call it in the replacement; default `secret`. Never the value itself. */
  label?: string;
}

export interface RedactorOptions {
  /** Values known to be secret: tokens the stage holds, keys from config. */
  secrets?: ReadonlyArray<string | SecretValue>;
  /**
   * An environment (usually `process.env`). Values of variables whose names look secret
   * (see `isSecretEnvName`) are redacted, labelled with the variable's name.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Registered and environment values shorter than this are not redacted (default 6), so that a
   * `TOKEN_REQUIRED=true` does not turn every "true" in the journal into a redaction marker.
   */
  minimumSecretLength?: number;
}

/** A well-known token shape: a kind (the label) and a pattern without capture groups. */
interface TokenShape {
  kind: string;
  pattern: string;
}

// Lookbehinds keep a shape from matching in the middle of a longer word (`task-…` is not `sk-…`).
const TOKEN_SHAPES: readonly TokenShape[] = [
  { kind: 'github-token', pattern: String.raw`(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,255}` },
  { kind: 'github-token', pattern: String.raw`(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}` },
  // Requiring a digit keeps kebab-case words that happen to start with `sk-` (a branch name) out.
  { kind: 'api-key', pattern: String.raw`(?<![A-Za-z0-9_-])sk-(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{20,}` },
  { kind: 'aws-access-key-id', pattern: String.raw`(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])` },
  { kind: 'jwt', pattern: String.raw`(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*` },
  // A private key cut off before its END line (a capped log, a truncated output) still leaks, so
  // a BEGIN line without an END redacts to the end of the string.
  {
    kind: 'private-key',
    pattern: String.raw`-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|[\s\S]*$)`,
  },
];

/** The shortest string any token shape can match; shorter strings skip the scan. */
const SHORTEST_SHAPE_LENGTH = 15;

const DEFAULT_MINIMUM_SECRET_LENGTH = 6;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The replacement text for a redacted value of a kind. */
export function redactionMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** Replaces secrets in strings and in JSON values. */
export class Redactor {
  readonly #literals = new Map<string, string>();
  readonly #minimumSecretLength: number;
  #pattern: RegExp | undefined;
  #shortestCandidate = SHORTEST_SHAPE_LENGTH;
  readonly #replace = (match: string, literal: string | undefined, ...rest: unknown[]): string => {
    if (literal !== undefined) return redactionMarker(this.#literals.get(literal) ?? 'secret');
    for (let index = 0; index < TOKEN_SHAPES.length; index += 1) {
      if (rest[index] !== undefined) return redactionMarker(TOKEN_SHAPES[index]!.kind);
    }
    return redactionMarker('secret');
  };

  constructor(options: RedactorOptions = {}) {
    this.#minimumSecretLength = options.minimumSecretLength ?? DEFAULT_MINIMUM_SECRET_LENGTH;
    for (const secret of options.secrets ?? []) {
      if (typeof secret === 'string') this.addSecret(secret);
      else this.addSecret(secret.value, secret.label);
    }
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value !== undefined && isSecretEnvName(name)) this.addSecret(value, name);
    }
  }

  /**
   * Registers a secret, e.g. one learned at run time (a token minted mid-stage). Values shorter
   * than the minimum length are ignored; returns whether anything will be redacted.
   */
  addSecret(value: string, label = 'secret'): boolean {
    let added = this.#addLiteral(value, label);
    // A secret read from a file often ends with a newline, and a multi-line secret (a key, a
    // certificate) shows up in output one line at a time: redact the trimmed value and each line.
    const trimmed = value.trim();
    if (trimmed !== value) added = this.#addLiteral(trimmed, label) || added;
    if (trimmed.includes('\n')) {
      for (const line of trimmed.split(/\r?\n/)) added = this.#addLiteral(line.trim(), label) || added;
    }
    return added;
  }

  #addLiteral(value: string, label: string): boolean {
    if (value.length < this.#minimumSecretLength) return false;
    if (!this.#literals.has(value)) {
      this.#literals.set(value, label);
      this.#pattern = undefined;
      this.#shortestCandidate = Math.min(this.#shortestCandidate, value.length);
    }
    return true;
  }

  /** How many literal values (registered and from the environment) are redacted. */
  get secretCount(): number {
    return this.#literals.size;
  }

  /** The string with every secret replaced by `[REDACTED:<kind>]`. */
  redactString(text: string): string {
    // Fast path: nothing as short as this can hold a secret or a token shape.
    if (text.length < this.#shortestCandidate) return text;
    const pattern = this.#pattern ?? this.#compile();
    pattern.lastIndex = 0;
    if (!pattern.test(text)) return text;
    pattern.lastIndex = 0;
    return text.replace(pattern, this.#replace as (match: string, ...groups: unknown[]) => string);
  }

  /**
   * A redacted, JSON-safe copy of a value: strings (object keys too) redacted; `toJSON` honoured;
   * `undefined`, functions and symbols dropped from objects and turned into `null` in arrays;
   * non-finite numbers turned into `null` and bigints into strings, as `JSON.stringify` would.
   * Throws a TypeError on circular structures.
   */
  redactValue(value: unknown): unknown {
    return this.#walk(value, new Set());
  }

  #walk(value: unknown, seen: Set<object>): unknown {
    switch (typeof value) {
      case 'string':
        return this.redactString(value);
      case 'number':
        return Number.isFinite(value) ? value : null;
      case 'boolean':
        return value;
      case 'bigint':
        return this.redactString(value.toString());
      case 'object':
        break;
      default:
        return undefined;
    }
    if (value === null) return null;
    const object = value as object;
    if (seen.has(object)) throw new TypeError('cannot journal a circular structure');
    seen.add(object);
    let copy: unknown;
    if (Array.isArray(object)) {
      const items = new Array<unknown>(object.length);
      for (let index = 0; index < object.length; index += 1) {
        const item = this.#walk(object[index], seen);
        items[index] = item === undefined ? null : item;
      }
      copy = items;
    } else if (typeof (object as { toJSON?: unknown }).toJSON === 'function') {
      copy = this.#walk((object as { toJSON: () => unknown }).toJSON(), seen);
    } else {
      const record: Record<string, unknown> = {};
      for (const key of Object.keys(object)) {
        const member = this.#walk((object as Record<string, unknown>)[key], seen);
        if (member === undefined) continue;
        const safeKey = this.redactString(key);
        // A plain assignment to `__proto__` would set the prototype and silently drop the member.
        if (safeKey === '__proto__') {
          Object.defineProperty(record, safeKey, { value: member, enumerable: true, writable: true, configurable: true });
        } else {
          record[safeKey] = member;
        }
      }
      copy = record;
    }
    seen.delete(object);
    return copy;
  }

  #compile(): RegExp {
    // Longest first, so a secret that contains another is replaced whole.
    const literals = [...this.#literals.keys()].sort((left, right) => right.length - left.length);
    const literalGroup = literals.length === 0 ? '(?!)' : literals.map(escapeRegExp).join('|');
    const shapeGroups = TOKEN_SHAPES.map((shape) => `(${shape.pattern})`);
    this.#pattern = new RegExp(`(${literalGroup})|${shapeGroups.join('|')}`, 'g');
    return this.#pattern;
  }
}
