import { compileArgumentGlob, type ArgumentGlob } from './argument-glob.js';
import { hasGlobSyntax } from './glob-segment.js';
import { PatternSyntaxError } from './pattern-syntax-error.js';

/** An argv pattern as written in the configuration: program first, then one token per argument. */
export type ArgvPatternTokens = readonly string[];

/** A compiled argv pattern. */
export interface ArgvPattern {
  /** The tokens as written in the configuration. */
  readonly tokens: ArgvPatternTokens;
  /** Whether a whole argv matches. */
  matches(argv: readonly string[]): boolean;
}

/** The one token that matches any number of remaining arguments, zero included. */
export const REST_TOKEN = '**';

/** Shows argv or a pattern the way the config writes it, e.g. `[git, log, **]`. */
export function formatArgv(argv: readonly string[]): string {
  return `[${argv.map((argument) => (/^[\w@%+=:,./*?{}-]+$/u.test(argument) ? argument : JSON.stringify(argument))).join(', ')}]`;
}

/**
 * Compiles an argv pattern. Semantics:
 *
 * - The first token is the program and is compared literally (no glob syntax allowed), so a
 *   pattern always says which program it lets run.
 * - `*` matches exactly one argument, whatever it holds (an empty string included).
 * - Other tokens are argument globs matched against exactly one argument: `--grep=*`, `src/*.ts`,
 *   `{--oneline,--stat}`; a token without glob syntax must equal the argument.
 * - `**` as the last token matches any remaining arguments, zero or more; elsewhere it is an error.
 *
 * There is no shell anywhere: `;`, `|`, `$(…)` in an argument are data passed to the program.
 * With `caseInsensitive` (approval lists), the program is also compared by its base name without
 * directory or Windows extension, so `/bin/RM` and `rm.exe` still need the approval `rm` asks for.
 */
export function compileArgvPattern(tokens: ArgvPatternTokens, caseInsensitive = false): ArgvPattern {
  const display = formatArgv(tokens);
  if (tokens.length === 0) throw new PatternSyntaxError(display, 'an argv pattern needs at least the program');
  const [program, ...argumentTokens] = tokens as [string, ...string[]];
  if (tokens.some((token) => token.includes('\0'))) throw new PatternSyntaxError(display, 'an argv pattern cannot contain a NUL byte');
  if (program.length === 0 || hasGlobSyntax(program)) {
    throw new PatternSyntaxError(display, 'the first token must name the program literally (no *, ?, [ ], { })');
  }
  const restIndex = argumentTokens.indexOf(REST_TOKEN);
  if (restIndex >= 0 && restIndex !== argumentTokens.length - 1) {
    throw new PatternSyntaxError(display, '"**" (any remaining arguments) is only allowed as the last token');
  }
  const acceptsRest = restIndex >= 0;
  const fixed: ArgumentGlob[] = (acceptsRest ? argumentTokens.slice(0, -1) : argumentTokens).map((token) =>
    compileArgumentGlob(token, caseInsensitive),
  );
  const programKey = caseInsensitive ? programBaseName(program) : program;

  const programMatches = (candidate: string): boolean =>
    caseInsensitive ? candidate.toLowerCase() === program.toLowerCase() || programBaseName(candidate) === programKey : candidate === program;

  return {
    tokens,
    matches: (argv) => {
      const [candidate, ...argumentsGiven] = argv;
      if (candidate === undefined || !programMatches(candidate)) return false;
      if (acceptsRest ? argumentsGiven.length < fixed.length : argumentsGiven.length !== fixed.length) return false;
      return fixed.every((glob, index) => glob.matches(argumentsGiven[index] as string));
    },
  };
}

/** `/usr/bin/Git.EXE` → `git`. */
export function programBaseName(program: string): string {
  const base = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1).toLowerCase();
  return base.replace(/\.(exe|cmd|bat|com|ps1)$/u, '');
}
