import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ToolDefinition } from '../../../src/core/agent/tool.js';
import { createToolRegistry } from '../../../src/core/agent/tool-registry.js';
import { createFinishTool } from '../../../src/core/agent/tools/finish.js';
import { defaultTools } from '../../../src/core/agent/tools/default-tools.js';
import { createToolTestRepository, type ToolTestRepository } from './tool-harness.js';

const finish = createFinishTool(z.object({ done: z.boolean().describe('Whether the task is complete.') }), 'Finish the task.');
const registry = createToolRegistry(defaultTools(finish));

let repository: ToolTestRepository | undefined;
afterEach(() => {
  repository?.cleanup();
  repository = undefined;
});

async function open(options: Parameters<typeof createToolTestRepository>[0] = {}): Promise<ToolTestRepository> {
  repository = await createToolTestRepository(options);
  return repository;
}

describe('tool registry: policy', () => {
  it('TR-020 a denied write leaves the file untouched and is journaled', async () => {
    const { context, root, recorded } = await open({ files: { '.github/workflows/ci.yml': 'on: push\n' } });
    const outcome = await registry.call('write_file', JSON.stringify({ path: '.github/workflows/ci.yml', content: 'on: pull_request_target\n' }), context);
    expect(outcome.status).toBe('denied');
    expect(outcome.text).toMatch(/^Denied by policy; nothing was done\. Writing "\.github\/workflows\/ci\.yml" is refused/);
    expect(outcome.decisions.map((decision) => decision.rule)).toEqual(['PP-002']);
    expect(recorded.map((entry) => entry.decision.rule)).toEqual(['PP-002']);
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toBe('on: push\n');
  });

  it('TR-021 needs-approval writes nothing and runs nothing', async () => {
    const { context, root, commandsRun } = await open({ files: { 'package.json': '{}\n' } });
    const write = await registry.call('write_file', JSON.stringify({ path: 'package.json', content: '{"x":1}' }), context);
    expect(write.status).toBe('needs-approval');
    expect(write.text).toMatch(/needs a human approval/);
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe('{}\n');
    const run = await registry.call('run_command', JSON.stringify({ argv: ['node', '--version'] }), context);
    expect(run.status).toBe('needs-approval');
    expect(run.decisions[0]?.rule).toBe('PC-003');
    expect(commandsRun).toEqual([]);
  });

  it('TR-022 a command outside the allow list is denied and never started', async () => {
    const { context, commandsRun } = await open();
    const outcome = await registry.call('run_command', JSON.stringify({ argv: ['sh', '-c', 'touch pwned'] }), context);
    expect(outcome.status).toBe('denied');
    expect(outcome.decisions[0]?.rule).toBe('PC-004');
    expect(commandsRun).toEqual([]);
  });

  it('TR-023 a symlink to .git is denied (policy judges where it resolves)', async () => {
    const { context, root } = await open({ files: { '.git/config': '[http] extraheader = secret\n', 'src/a.ts': 'x\n' } });
    symlinkSync('../.git/config', join(root, 'src', 'config-link'));
    const read = await registry.call('read_file', '{"path":"src/config-link"}', context);
    expect(read.status).toBe('denied');
    expect(read.text).toContain("resolves to '.git/config'");
    expect(read.text).not.toContain('secret');
    expect(read.decisions.map((decision) => decision.decision)).toEqual(['allow', 'deny']);
    const write = await registry.call('write_file', JSON.stringify({ path: 'src/config-link', content: 'x' }), context);
    expect(write.status).toBe('denied');
    expect(readFileSync(join(root, '.git/config'), 'utf8')).toContain('secret');
  });

  it('TR-024 policy denies credential files before the workspace is touched', async () => {
    const { context } = await open({ files: { '.env': 'TOKEN=x\n' } });
    const outcome = await registry.call('read_file', '{"path":".env"}', context);
    expect(outcome.status).toBe('denied');
    expect(outcome.decisions[0]?.rule).toBe('PP-005');
  });

  it('TR-027 the workspace guard refusing an access becomes denied, not failed', async () => {
    // A tool whose declared actions miss the file it touches: the guard is the last line.
    const { context } = await open({ files: { '.env': 'TOKEN=x\n' } });
    const sloppy: ToolDefinition<Record<string, never>, string> = {
      name: 'peek',
      description: 'Reads a fixed file.',
      inputSchema: z.object({}),
      sideEffect: false,
      actions: () => [],
      execute: async (_input, toolContext) => ({ ok: true, output: '', text: await toolContext.workspace.readText('.env') }),
    };
    const outcome = await createToolRegistry([sloppy]).call('peek', '{}', context);
    expect(outcome.status).toBe('denied');
    expect(outcome.text).toMatch(/protected path \(PP-005\)/);
    expect(outcome.text).not.toContain('TOKEN');
  });

  it('TR-025 a symlink from an allowed directory to a path outside the read globs is denied', async () => {
    const config = `version: 1
identities:
  implementer:
    read: ["src/**"]
    write: ["src/**"]
`;
    const { context, root } = await open({ config, files: { 'secrets/plan.txt': 'hidden\n', 'src/a.ts': 'x\n' } });
    symlinkSync('../secrets/plan.txt', join(root, 'src', 'plan-link'));
    const outcome = await registry.call('read_file', '{"path":"src/plan-link"}', context);
    expect(outcome.status).toBe('denied');
    expect(outcome.decisions.map((decision) => decision.rule)).toEqual(['PR-001', 'PR-002']);
    expect(outcome.text).not.toContain('hidden');
  });

  it('TR-028 a symlink leading out of the workspace fails before anything runs', async () => {
    const { context, root } = await open({ files: { 'src/a.ts': 'x\n' } });
    symlinkSync('/etc/hostname', join(root, 'src', 'outside'));
    const outcome = await registry.call('read_file', '{"path":"src/outside"}', context);
    expect(outcome.status).toBe('failed');
    expect(outcome.text).toMatch(/outside the workspace/);
  });

  it('TR-026 GitHub actions are consumed only when the tool runs', async () => {
    const { context } = await open();
    const config = `version: 1
identities:
  implementer:
    github: { label: 1 }
`;
    const { loadConfig } = await import('../../../src/core/config/load-config.js');
    const { createPolicy } = await import('../../../src/core/policy/create-policy.js');
    const policy = createPolicy(loadConfig(config).config);
    let executions = 0;
    const labelTool: ToolDefinition<{ label: string }, string> = {
      name: 'add_label',
      description: 'Add a label.',
      inputSchema: z.object({ label: z.string().min(1) }),
      sideEffect: true,
      actions: () => [{ type: 'github', operation: 'label' }],
      execute: async (input) => {
        executions += 1;
        return { ok: true, output: input.label, text: 'labelled' };
      },
    };
    const labels = createToolRegistry([labelTool]);
    const invalid = await labels.call('add_label', '{"label":""}', { ...context, policy });
    expect(invalid.status).toBe('invalid-arguments');
    expect(policy.githubUsage()).toEqual({});
    const first = await labels.call('add_label', '{"label":"bug"}', { ...context, policy });
    expect(first.status).toBe('ok');
    expect(first.decisions.map((decision) => decision.decision)).toEqual(['allow', 'allow']);
    const second = await labels.call('add_label', '{"label":"bug"}', { ...context, policy });
    expect(second.status).toBe('denied');
    expect(executions).toBe(1);
  });
});
