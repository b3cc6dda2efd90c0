import * as z from 'zod';
import { compileArgvPattern } from '../policy/argv-pattern.js';
import { compileHostPattern } from '../policy/host-pattern.js';
import { compilePathGlob } from '../policy/path-glob.js';
import { errorMessage } from '../errors.js';
import { expecting } from './schema-messages.js';

/** Turns a compile error of a pattern into a validation issue at the same key. */
function compiles(compile: (value: never) => unknown) {
  return (value: unknown, context: z.core.$RefinementCtx) => {
    try {
      compile(value as never);
    } catch (error) {
      context.addIssue({ code: 'custom', message: errorMessage(error), input: value });
    }
  };
}

/** A path glob (see `compilePathGlob` for its semantics). */
export const pathGlobSchema = z
  .string(expecting('a path glob such as "src/**"'))
  .superRefine(compiles(compilePathGlob))
  .describe('A path glob relative to the repository root: `*`, `?`, `[a-z]`, `{a,b}`, `**` as a whole segment.');

/** A list of path globs. */
export const pathGlobListSchema = z
  .array(pathGlobSchema, expecting('a list of path globs such as ["src/**", "docs/**"]'))
  .describe('Path globs relative to the repository root.');

/** An argv pattern: program, then one token per argument. Never a shell string. */
export const argvPatternSchema = z
  .array(
    z.string(expecting('a string (one argument)')),
    expecting('an argv pattern: a list of strings such as [npm, test] (shell command strings are not accepted)'),
  )
  .superRefine(compiles(compileArgvPattern))
  .describe('Program then arguments; `*` is exactly one argument, a final `**` any remaining arguments.');

/** A list of argv patterns. */
export const argvPatternListSchema = z
  .array(argvPatternSchema, expecting('a list of argv patterns such as [[npm, test], [git, log, "**"]]'))
  .describe('Argv patterns, each a list of strings.');

/** A network host pattern. */
export const hostPatternSchema = z
  .string(expecting('a host name such as "api.example.com" or "*.example.com"'))
  .superRefine(compiles(compileHostPattern))
  .describe('An exact host name or `*.` plus a domain (every host below it).');

/** A list of host patterns. */
export const hostPatternListSchema = z
  .array(hostPatternSchema, expecting('a list of host names such as ["registry.npmjs.org"]'))
  .describe('Network hosts an identity tools may reach.');

/** A whole number from `minimum` to `maximum`, with one message for every way to miss it. */
export function wholeNumberSchema(description: string, minimum: number, maximum = Number.MAX_SAFE_INTEGER) {
  const message = expecting(description);
  return z.number(message).int(message).min(minimum, message).max(maximum, message);
}

/** A whole number above zero. */
export const positiveIntegerSchema = wholeNumberSchema('a whole number greater than 0', 1);

/** A command as an exact argv list (no patterns), as validators use. */
export const exactArgvSchema = z
  .array(
    z.string(expecting('a string (one argument)')).refine((argument) => !argument.includes('\0'), 'an argument cannot contain a NUL byte'),
    expecting('a command as a list of strings such as [npm, test] (shell command strings are not accepted)'),
  )
  .min(1, expecting('a command with at least the program, such as [npm, test]'))
  .refine((argv) => argv.length === 0 || (argv[0] as string).length > 0, 'the program (first item) cannot be empty')
  .describe('Program then arguments, exactly as they are passed; no shell is involved.');
