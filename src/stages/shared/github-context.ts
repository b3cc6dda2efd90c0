import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { InputError } from '../../core/errors.js';
import { triggerSchema, type Trigger } from '../../core/run-state.js';

/** What a stage learns from the runner's environment. */
export interface GitHubContext {
  trigger: Trigger;
  /** Absolute path of the checkout. */
  workspace: string;
  /** The event payload (`{}` when there is none). Untrusted: issue text and comments live here. */
  payload: Record<string, unknown>;
  /** Directory for temporary files (RUNNER_TEMP or the OS temp directory). */
  temporaryDirectory: string;
  /** Whether this runs inside GitHub Actions. */
  inActions: boolean;
  /** REST API base URL. */
  apiUrl: string;
}

/** Event payloads above this size are refused rather than parsed (GitHub caps them far lower). */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

function required(environment: NodeJS.ProcessEnv, name: string): string {
  const value = environment[name];
  if (value === undefined || value === '') {
    throw new InputError(
      `Environment variable ${name} is not set. Drydock stages run inside GitHub Actions, which sets it; to run a stage elsewhere, set the GITHUB_* variables (see README).`,
      { where: name },
    );
  }
  return value;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (path === undefined || path === '') return {};
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new InputError(`GITHUB_EVENT_PATH points at ${path}, which cannot be read: ${(error as Error).message}`, {
      where: 'GITHUB_EVENT_PATH',
      cause: error,
    });
  }
  if (size > MAX_EVENT_BYTES) {
    throw new InputError(`Event payload ${path} is ${size} bytes; the limit is ${MAX_EVENT_BYTES}.`, { where: path });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`Event payload ${path} is not valid JSON: ${(error as Error).message}`, { where: path, cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`Event payload ${path} must be a JSON object.`, { where: path });
  }
  return parsed as Record<string, unknown>;
}

/** Reads the trigger and workspace from the runner's environment contract. */
export function readGitHubContext(environment: NodeJS.ProcessEnv = process.env): GitHubContext {
  const attempt = environment.GITHUB_RUN_ATTEMPT && environment.GITHUB_RUN_ATTEMPT !== '' ? environment.GITHUB_RUN_ATTEMPT : '1';
  const candidate = {
    eventName: required(environment, 'GITHUB_EVENT_NAME'),
    actor: required(environment, 'GITHUB_ACTOR'),
    repository: required(environment, 'GITHUB_REPOSITORY'),
    sha: required(environment, 'GITHUB_SHA'),
    ref: environment.GITHUB_REF || undefined,
    runId: required(environment, 'GITHUB_RUN_ID'),
    attempt: /^[1-9][0-9]*$/.test(attempt) ? Number(attempt) : Number.NaN,
  };
  const parsed = triggerSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const names: Record<string, string> = {
      repository: 'GITHUB_REPOSITORY',
      sha: 'GITHUB_SHA',
      attempt: 'GITHUB_RUN_ATTEMPT',
      runId: 'GITHUB_RUN_ID',
    };
    const variable = names[String(issue.path[0])] ?? String(issue.path[0]);
    throw new InputError(`Environment variable ${variable}: ${issue.message}.`, { where: variable });
  }
  return {
    trigger: parsed.data,
    workspace: environment.GITHUB_WORKSPACE || process.cwd(),
    payload: readPayload(environment.GITHUB_EVENT_PATH),
    temporaryDirectory: environment.RUNNER_TEMP || tmpdir(),
    inActions: environment.GITHUB_ACTIONS === 'true',
    apiUrl: environment.GITHUB_API_URL || 'https://api.github.com',
  };
}
