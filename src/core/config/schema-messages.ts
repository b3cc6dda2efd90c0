import type * as z from 'zod';

/** Longest value shown in a message; config values are public, but long ones drown the point. */
const MAX_SHOWN_LENGTH = 40;

/** Describes a value the way a YAML author thinks of it: `the string "npm test"`, `a mapping`, `an empty value`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
      return `the string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a mapping';
    default:
      return `a ${typeof value}`;
  }
}

const EXPECTATION_CODES = new Set(['invalid_type', 'invalid_value', 'too_small', 'too_big', 'invalid_format']);

/**
 * A schema or check `error` option that says what the field expects, in the config author's words:
 * `expected a whole number greater than 0, got the string "2"`. Problems of other kinds (unknown
 * keys, custom checks) keep their own messages.
 */
export function expecting(description: string): { error: (issue: z.core.$ZodRawIssue) => string | undefined } {
  return {
    error: (issue) => (EXPECTATION_CODES.has(issue.code ?? '') ? `expected ${description}, got ${describeValue(issue.input)}` : undefined),
  };
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, side: 'minimum' | 'maximum'): string {
  const value = String(issue[side]);
  if (side === 'minimum') return issue.inclusive === false ? `greater than ${value}` : `at least ${value}`;
  return issue.inclusive === false ? `less than ${value}` : `at most ${value}`;
}

/** Generic messages for issues whose schema gives none; used as the per-parse error map. */
export function genericIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const got = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[String(issue.expected)] ?? String(issue.expected)}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}, got ${got}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected a list of ${bound(issue, 'minimum')} item(s), got ${got}`;
      if (issue.origin === 'string') return `expected a string of ${bound(issue, 'minimum')} character(s), got ${got}`;
      return `expected a number ${bound(issue, 'minimum')}, got ${got}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected a list of ${bound(issue, 'maximum')} item(s), got ${got}`;
      if (issue.origin === 'string') return `expected a string of ${bound(issue, 'maximum')} character(s), got ${got}`;
      return `expected a number ${bound(issue, 'maximum')}, got ${got}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}, got ${got}`;
    default:
      return undefined;
  }
}
