import { z } from 'zod';
import { InputError } from './errors.js';

/**
 * Action inputs: every input read once, the empty string taken as "not set", then parsed by a zod
 * schema per input. A failure names the input, what was given (unless it is a secret) and what was
 * expected.
 */

/** Schemas for input values, each documented by the expectation it prints on failure. */
export const inputSchemas = {
  /** Free text. */
  text: () => z.string(),
  /** `true` or `false` (YAML 1.2 core schema spellings, as @actions/core accepts). */
  boolean: () =>
    z
      .string()
      .transform((value, context) => {
        if (['true', 'True', 'TRUE'].includes(value)) return true;
        if (['false', 'False', 'FALSE'].includes(value)) return false;
        context.addIssue({ code: 'custom', message: 'expected true or false' });
        return z.NEVER;
      }),
  /** A positive integer. */
  positiveInteger: () =>
    z.string().regex(/^[1-9][0-9]{0,8}$/, 'expected a positive integer').transform((value) => Number(value)),
  /** One item per line; blank lines and surrounding spaces dropped. */
  lines: () =>
    z.string().transform((value) =>
      value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    ),
  /** A `sha256:` digest (the prefix may be left off). */
  digest: () =>
    z
      .string()
      .transform((value) => value.trim())
      .pipe(z.string().regex(/^(sha256:)?[0-9a-f]{64}$/, 'expected sha256:<64 lowercase hex digits>'))
      .transform((value) => (value.startsWith('sha256:') ? value : `sha256:${value}`)),
  /** A path relative to the workspace. */
  relativePath: () =>
    z
      .string()
      .refine((value) => !value.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(value), 'expected a path relative to the workspace')
      .refine((value) => !value.split(/[\\/]/).includes('..'), 'expected a path that stays inside the workspace (no ..)'),
};

/** How one input is read. */
export interface InputSpec<Schema extends z.ZodType = z.ZodType> {
  /** Schema applied to the non-empty value. */
  schema: Schema;
  /** Whether the input must be set. */
  required?: boolean;
  /** Value used when the input is empty (run through the schema like a given value). */
  default?: string;
  /** Never echo the value in messages. */
  secret?: boolean;
}

export type InputSpecs = Readonly<Record<string, InputSpec>>;

/** Parsed inputs: keys are the input names; optional inputs without a default may be undefined. */
export type ParsedInputs<Specs extends InputSpecs> = {
  [Name in keyof Specs]: Specs[Name] extends { required: true } | { default: string }
    ? z.output<Specs[Name]['schema']>
    : z.output<Specs[Name]['schema']> | undefined;
};

/** Reads and validates every input; throws one InputError listing every problem found. */
export function parseInputs<Specs extends InputSpecs>(
  specs: Specs,
  getInput: (name: string) => string,
): ParsedInputs<Specs> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    // Inputs are trimmed of surrounding whitespace only, as @actions/core does; nothing else is rewritten.
    const raw = getInput(name).trim();
    const given = raw === '' ? spec.default : raw;
    if (given === undefined || given === '') {
      if (spec.required) problems.push(`Input '${name}' is required but was not set.`);
      continue;
    }
    const result = spec.schema.safeParse(given);
    if (result.success) {
      values[name] = result.data;
    } else {
      const expectation = result.error.issues.map((issue) => issue.message).join('; ');
      const shown = spec.secret ? '' : ` (got ${JSON.stringify(given.length > 80 ? `${given.slice(0, 80)}…` : given)})`;
      problems.push(`Input '${name}': ${expectation}${shown}.`);
    }
  }
  if (problems.length > 0) {
    throw new InputError(problems.join('\n'), { where: 'inputs' });
  }
  return values as ParsedInputs<Specs>;
}
