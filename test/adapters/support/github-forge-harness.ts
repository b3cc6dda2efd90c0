import { afterEach, beforeEach } from 'vitest';
import { createGitHubForge, type GitHubForgeOptions } from '../../../src/adapters/forge-github.js';
import type { Forge } from '../../../src/core/ports/forge.js';
import { startFakeGitHub, type FakeGitHub } from './github-rest-server.js';

export const TOKEN = 'ghs_0123456789abcdefTOKENabcdef0123456789';
export const OWNER = 'octo-org';
export const REPO = 'shipyard';
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;
export const MARKER = '<!-- drydock:plan:run-123 -->';

/** A fresh fake GitHub per test, and GitHub forges pointed at it. */
export interface GitHubForgeHarness {
  /** The server of the running test. */
  readonly server: FakeGitHub;
  /** What the forges logged at info level during the running test. */
  readonly logged: string[];
  /** A GitHub forge for the server, with options overridden. */
  forge(overrides?: Partial<GitHubForgeOptions>): Forge;
  /** What went over the wire, as `METHOD path`. */
  calls(): string[];
}

/** Registers beforeEach/afterEach hooks that start and stop the fake GitHub. */
export function useFakeGitHub(): GitHubForgeHarness {
  let server: FakeGitHub | undefined;
  const logged: string[] = [];
  beforeEach(async () => {
    logged.length = 0;
    server = await startFakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  });
  afterEach(async () => {
    await server?.close();
  });
  const current = (): FakeGitHub => {
    if (server === undefined) throw new Error('The fake GitHub runs only inside a test.');
    return server;
  };
  return {
    get server() {
      return current();
    },
    logged,
    forge: (overrides = {}) =>
      createGitHubForge({
        token: TOKEN,
        owner: OWNER,
        repo: REPO,
        baseUrl: current().baseUrl,
        log: { debug: () => {}, info: (message) => logged.push(message) },
        ...overrides,
      }),
    calls: () => current().requests.map((request) => `${request.method} ${request.path}`),
  };
}
