import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createCommandRunner } from '../../../src/adapters/command-runner.js';
import { createFileWorkspace } from '../../../src/adapters/workspace-fs.js';
import type { ToolContext } from '../../../src/core/agent/tool.js';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { createPolicy } from '../../../src/core/policy/create-policy.js';
import type { PolicyAction, PolicyDecision } from '../../../src/core/policy/policy.js';
import { protectedPathRefusal } from '../../../src/core/policy/protected-paths.js';
import type { Clock } from '../../../src/core/ports/clock.js';

/** Implementer config for tool tests: reads and writes everywhere, runs node and git read-only. */
export const TOOL_TEST_CONFIG = `version: 1
identities:
  implementer:
    read: ["**"]
    write: ["**"]
    commands:
      - [node, "**"]
    approval:
      write: ["package.json"]
      commands: [[node, --version]]
`;

/** A clock whose monotonic reading advances 5 ms per read, so durations are predictable. */
export function steppingClock(stepMs = 5): Clock {
  let now = 1000;
  return {
    now: () => new Date('2026-01-01T00:00:00Z'),
    monotonicMs: () => {
      now += stepMs;
      return now;
    },
    sleep: async () => undefined,
  };
}

/** A recorded policy decision. */
export interface RecordedDecision {
  identity: string;
  action: PolicyAction;
  decision: PolicyDecision;
}

/** A real temp repository with the guarded file workspace, a real command runner and a recording policy. */
export interface ToolTestRepository {
  root: string;
  context: ToolContext;
  /** Every decision the policy made, in order (what the stage would journal). */
  recorded: RecordedDecision[];
  /** Commands started through the runner. */
  commandsRun: string[][];
  write(path: string, content: string): void;
  cleanup(): void;
}

/** Options of {@link createToolTestRepository}. */
export interface ToolTestRepositoryOptions {
  /** `.github/drydock.yml` text (default {@link TOOL_TEST_CONFIG}). */
  config?: string;
  /** Identity the calls act as (default implementer). */
  identity?: string;
  /** Files to create, path → content. */
  files?: Record<string, string>;
}

/** Creates the repository; call `cleanup` after the test. */
export async function createToolTestRepository(options: ToolTestRepositoryOptions = {}): Promise<ToolTestRepository> {
  const root = mkdtempSync(join(tmpdir(), 'drydock-tools-'));
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const [path, content] of Object.entries(options.files ?? {})) write(path, content);
  const recorded: RecordedDecision[] = [];
  const commandsRun: string[][] = [];
  const policy = createPolicy(loadConfig(options.config ?? TOOL_TEST_CONFIG).config, {
    record: (identity, action, decision) => recorded.push({ identity, action, decision }),
  });
  const workspace = await createFileWorkspace(root, { guard: (access, path) => protectedPathRefusal(path, access) });
  const runner = createCommandRunner({ workspace, killGraceMs: 500 });
  const context: ToolContext = {
    identity: options.identity ?? 'implementer',
    policy,
    workspace,
    commands: {
      run: (request) => {
        commandsRun.push([...request.argv]);
        return runner.run(request);
      },
    },
    clock: steppingClock(),
  };
  return { root, context, recorded, commandsRun, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
