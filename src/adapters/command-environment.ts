import { isSecretEnvName } from '../core/secret-names.js';

// Files through which a step changes the steps after it: a command that could write GITHUB_ENV or
// GITHUB_PATH could plant NODE_OPTIONS or a fake `git` for every later step of the job.
const RUNNER_FILE_NAMES = new Set(['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']);
// Action inputs (INPUT_*) and saved state (STATE_*) may hold keys under names no pattern
// recognizes (`INPUT_MODEL-KEY`); ACTIONS_* is the runner's own plumbing (runtime and cache URLs).
const RUNNER_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_'];

/**
 * Whether a variable of this name is kept from commands an agent runs: secret-bearing names
 * (also when written with `-` instead of `_`, as action inputs are) and the runner's control variables.
 */
export function isWithheldEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    isSecretEnvName(name) ||
    isSecretEnvName(name.replaceAll('-', '_')) ||
    RUNNER_FILE_NAMES.has(upper) ||
    RUNNER_PREFIXES.some((prefix) => upper.startsWith(prefix))
  );
}

/** The environment a command gets, and the names that were kept from it. */
export interface CommandEnvironment {
  /** Variables passed to the child. */
  environment: Record<string, string>;
  /** Names that were dropped, sorted (names only: values are never kept). */
  withheld: string[];
}

/**
 * Builds a child environment: `base` then `extra` on top, each name passing the same scrubbing.
 * A name in `allowed` passes even though it looks secret-bearing: the explicit opt-in of whoever
 * built the runner, never of the request.
 */
export function buildCommandEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  extra: Readonly<Record<string, string>>,
  allowed: ReadonlySet<string>,
): CommandEnvironment {
  const environment: Record<string, string> = {};
  const withheld = new Set<string>();
  for (const source of [base, extra]) {
    for (const [name, value] of Object.entries(source)) {
      if (value === undefined) continue;
      if (isWithheldEnvName(name) && !allowed.has(name)) {
        withheld.add(name);
        delete environment[name];
        continue;
      }
      environment[name] = value;
    }
  }
  return { environment, withheld: [...withheld].sort() };
}
