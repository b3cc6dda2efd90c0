import { chmod, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { CommandRunner } from '../../src/core/ports/command-runner.js';
import { createCommandRunner } from '../../src/adapters/command-runner.js';
import { createFileWorkspace } from '../../src/adapters/workspace-fs.js';

const node = process.execPath;
const baseEnvironment = { PATH: process.env.PATH, HOME: process.env.HOME };

let base: string;
let root: string;
let runner: CommandRunner;

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-runner-')));
  root = path.join(base, 'root');
  await mkdir(path.join(root, 'sub'), { recursive: true });
  runner = createCommandRunner({ workspace: await createFileWorkspace(root), baseEnvironment, killGraceMs: 500 });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Whether a process is running; a zombie waiting for a reaper counts as gone. */
async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const status = await readFile(`/proc/${pid}/stat`, 'utf8');
    return status.slice(status.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true;
  }
}

async function eventually(check: () => Promise<boolean>, withinMs = 3000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

async function refusal(operation: Promise<unknown>): Promise<InputError> {
  const error = await operation.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(InputError.isInstance(error), `expected an InputError, got ${String(error)}`).toBe(true);
  return error as InputError;
}

// A script that starts a sleeping grandchild in the same process group and prints its pid.
const SPAWN_GRANDCHILD = `
  const child = require('node:child_process').spawn('sleep', ['60'], { stdio: ['ignore', 'inherit', 'ignore'] });
  console.log(child.pid);
`;

describe.skipIf(process.platform === 'win32')('createCommandRunner', () => {
  it('returns output, exit code and duration as data', async () => {
    const result = await runner.run({ argv: [node, '-e', 'console.log("out"); console.error("err"); process.exit(3)'] });
    expect(result).toMatchObject({
      argv: [node, '-e', expect.any(String)],
      cwd: root,
      exitCode: 3,
      signal: null,
      stdout: 'out\n',
      stderr: 'err\n',
      stdoutDroppedBytes: 0,
      stderrDroppedBytes: 0,
      timedOut: false,
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('CR-001 never goes through a shell', async () => {
    const result = await runner.run({ argv: ['echo', '$HOME; echo injected `id` | cat'] });
    expect(result.stdout).toBe('$HOME; echo injected `id` | cat\n');
  });

  it('passes stdin', async () => {
    const result = await runner.run({ argv: ['cat'], stdin: 'from stdin' });
    expect(result.stdout).toBe('from stdin');
  });

  it('runs in a working directory inside the workspace', async () => {
    const result = await runner.run({ argv: ['pwd'], cwd: 'sub' });
    expect(result.stdout.trim()).toBe(path.join(root, 'sub'));
    expect(result.cwd).toBe(path.join(root, 'sub'));
  });

  it('CR-002 refuses a working directory outside the workspace', async () => {
    expect((await refusal(runner.run({ argv: ['pwd'], cwd: '..' }))).message).toBe("Path '..' leaves the workspace");
    await symlink(base, path.join(root, 'escape'));
    expect((await refusal(runner.run({ argv: ['pwd'], cwd: 'escape' }))).message).toMatch(/resolves through a symlink to .* outside the workspace/);
    expect((await refusal(runner.run({ argv: ['pwd'], cwd: 'missing' }))).message).toBe("Working directory 'missing' does not exist");
    await writeFile(path.join(root, 'file.txt'), '');
    expect((await refusal(runner.run({ argv: ['pwd'], cwd: 'file.txt' }))).message).toBe("Working directory 'file.txt' is not a directory");
  });

  it('CR-003 reports a missing program as exit code 127 with a message on stderr', async () => {
    const result = await runner.run({ argv: ['drydock-no-such-program', '--flag'] });
    expect(result).toMatchObject({ exitCode: 127, signal: null, timedOut: false, stdout: '' });
    expect(result.stderr).toBe("Program 'drydock-no-such-program' was not found\n");
  });

  it('reports a program that cannot be executed as exit code 126', async () => {
    await writeFile(path.join(root, 'not-executable.sh'), '#!/bin/sh\necho hi\n');
    await chmod(path.join(root, 'not-executable.sh'), 0o644);
    const result = await runner.run({ argv: ['./not-executable.sh'] });
    expect(result.exitCode).toBe(126);
    expect(result.stderr).toMatch(/Program '.\/not-executable.sh' cannot be executed/);
  });

  it('refuses argv that is empty or holds NUL bytes', async () => {
    await refusal(runner.run({ argv: [] }));
    expect((await refusal(runner.run({ argv: ['echo', 'a\0b'] }))).message).toBe('Command argv[1] contains a NUL byte');
    await refusal(runner.run({ argv: [''] }));
  });

  it('CR-004 keeps the first bytes of output and counts the rest', async () => {
    const result = await runner.run({
      argv: [node, '-e', 'process.stdout.write("x".repeat(100000)); process.stderr.write("y".repeat(50))'],
      maxOutputBytes: 1000,
    });
    expect(result.stdout).toBe('x'.repeat(1000));
    expect(result.stdoutDroppedBytes).toBe(99000);
    expect(result.stderr).toBe('y'.repeat(50));
    expect(result.stderrDroppedBytes).toBe(0);
  });

  it('CR-005 kills the whole process tree when the timeout hits', async () => {
    const script = `${SPAWN_GRANDCHILD} setInterval(() => {}, 1000);`;
    const result = await runner.run({ argv: [node, '-e', script], timeoutMs: 1000 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.signal).toBe('SIGTERM');
    expect(result.durationMs).toBeLessThan(5000);
    const grandchild = Number(result.stdout.trim());
    expect(grandchild).toBeGreaterThan(0);
    expect(await eventually(async () => !(await isRunning(grandchild)))).toBe(true);
  });

  it('sends SIGKILL after the grace period to a program that ignores SIGTERM', async () => {
    const script = `process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);`;
    const result = await runner.run({ argv: [node, '-e', script], timeoutMs: 500 });
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL', stdout: 'ready\n' });
  });

  it('CR-006 kills what the program left running when it exits on its own', async () => {
    const result = await runner.run({ argv: [node, '-e', `${SPAWN_GRANDCHILD} child.unref();`], timeoutMs: 20_000 });
    expect(result).toMatchObject({ exitCode: 0, signal: null, timedOut: false });
    // The grandchild inherited stdout; without the group kill the call would wait for its 60 seconds.
    expect(result.durationMs).toBeLessThan(5000);
    const grandchild = Number(result.stdout.trim());
    expect(await eventually(async () => !(await isRunning(grandchild)))).toBe(true);
  });

  it('stops waiting for pipes held by a descendant that left the process group', async () => {
    const script = `
      const child = require('node:child_process').spawn('sleep', ['60'], { detached: true, stdio: ['ignore', 'inherit', 'ignore'] });
      console.log(child.pid);
      child.unref();
    `;
    const result = await runner.run({ argv: [node, '-e', script], timeoutMs: 20_000 });
    const escaped = Number(result.stdout.trim());
    try {
      expect(result).toMatchObject({ exitCode: 0, timedOut: false });
      expect(result.durationMs).toBeLessThan(5000);
    } finally {
      process.kill(escaped, 'SIGKILL');
    }
  });

  describe('environment', () => {
    const printEnvironment = [node, '-e', 'process.stdout.write(JSON.stringify(process.env))'];

    it('CR-007 removes secret-bearing and runner control variables, inherited or requested', async () => {
      const scrubbing = createCommandRunner({
        workspace: await createFileWorkspace(root),
        baseEnvironment: {
          ...baseEnvironment,
          GITHUB_TOKEN: 'ghs_secret',
          FOO_API_KEY: 'sk-secret',
          'INPUT_MODEL-KEY': 'input secret',
          GITHUB_ENV: '/runner/env-file',
          GITHUB_PATH: '/runner/path-file',
          ACTIONS_RUNTIME_TOKEN: 'runtime',
          PLAIN_SETTING: 'kept',
        },
      });
      const result = await scrubbing.run({ argv: printEnvironment, env: { BAR_SECRET: 'requested secret', EXTRA: 'added' } });
      const environment = JSON.parse(result.stdout) as Record<string, string>;
      for (const name of ['GITHUB_TOKEN', 'FOO_API_KEY', 'INPUT_MODEL-KEY', 'GITHUB_ENV', 'GITHUB_PATH', 'ACTIONS_RUNTIME_TOKEN', 'BAR_SECRET']) {
        expect(environment, name).not.toHaveProperty([name]);
      }
      expect(environment.PLAIN_SETTING).toBe('kept');
      expect(environment.EXTRA).toBe('added');
      expect(result.stdout).not.toMatch(/secret|ghs_|runtime/);
    });

    it('scrubs process.env when no base environment is given', async () => {
      process.env.GITHUB_TOKEN = 'ghs_from_process';
      process.env.FOO_API_KEY = 'sk-from-process';
      try {
        const inheriting = createCommandRunner({ workspace: await createFileWorkspace(root) });
        const environment = JSON.parse((await inheriting.run({ argv: printEnvironment })).stdout) as Record<string, string>;
        expect(environment).not.toHaveProperty(['GITHUB_TOKEN']);
        expect(environment).not.toHaveProperty(['FOO_API_KEY']);
        expect(environment.PATH).toBe(process.env.PATH);
      } finally {
        delete process.env.GITHUB_TOKEN;
        delete process.env.FOO_API_KEY;
      }
    });

    it('lets names listed in allowSecretEnv through, and only those', async () => {
      const allowing = createCommandRunner({
        workspace: await createFileWorkspace(root),
        baseEnvironment: { ...baseEnvironment, NPM_TOKEN: 'npm-token', GITHUB_TOKEN: 'ghs_secret' },
        allowSecretEnv: ['NPM_TOKEN', 'PUBLISH_API_KEY'],
      });
      const result = await allowing.run({ argv: printEnvironment, env: { PUBLISH_API_KEY: 'publish', OTHER_API_KEY: 'other' } });
      const environment = JSON.parse(result.stdout) as Record<string, string>;
      expect(environment.NPM_TOKEN).toBe('npm-token');
      expect(environment.PUBLISH_API_KEY).toBe('publish');
      expect(environment).not.toHaveProperty(['GITHUB_TOKEN']);
      expect(environment).not.toHaveProperty(['OTHER_API_KEY']);
    });

    it('refuses environment values with NUL bytes', async () => {
      await refusal(runner.run({ argv: ['true'], env: { NAME: 'a\0b' } }));
      await refusal(runner.run({ argv: ['true'], env: { 'A=B': 'x' } }));
    });
  });
});
