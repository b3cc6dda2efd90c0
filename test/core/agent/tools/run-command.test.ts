import { afterEach, describe, expect, it } from 'vitest';
import { createToolRegistry } from '../../../../src/core/agent/tool-registry.js';
import { runCommandTool, type RunCommandOutput } from '../../../../src/core/agent/tools/run-command.js';
import { createToolTestRepository, type ToolTestRepository } from '../tool-harness.js';

const registry = createToolRegistry([runCommandTool]);
let repository: ToolTestRepository | undefined;
afterEach(() => {
  repository?.cleanup();
  repository = undefined;
});

async function run(argumentsObject: Record<string, unknown>) {
  repository ??= await createToolTestRepository({ files: { 'sub/marker.txt': 'here\n' } });
  return registry.call('run_command', JSON.stringify(argumentsObject), repository.context);
}

describe('run_command', () => {
  it('RC-001 runs a real child and returns its result as data', async () => {
    const outcome = await run({ argv: ['node', '-e', 'console.log("out"); console.error("err")'] });
    expect(outcome.status).toBe('ok');
    const output = outcome.output as RunCommandOutput;
    expect(output).toMatchObject({ exitCode: 0, signal: null, timedOut: false, stdout: 'out\n', stderr: 'err\n', cwd: '.' });
    expect(outcome.text).toMatch(/^\$ node -e "console\.log\(\\"out\\"\); console\.error\(\\"err\\"\)"\nexit code 0\n\[stdout\]\nout\n\[stderr\]\nerr$/);
    expect(outcome.decisions).toEqual([expect.objectContaining({ decision: 'allow', rule: 'PC-001' })]);
  });

  it('RC-002 a non-zero exit is ok data, not a failure', async () => {
    const outcome = await run({ argv: ['node', '-e', 'process.exit(3)'] });
    expect(outcome.status).toBe('ok');
    expect((outcome.output as RunCommandOutput).exitCode).toBe(3);
    expect(outcome.text).toContain('exit code 3');
    expect(outcome.text).toContain('[stdout: empty]');
  });

  it('RC-003 runs in cwd and honours the timeout', async () => {
    const inSub = await run({ argv: ['node', '-e', 'console.log(require("fs").readFileSync("marker.txt","utf8"))'], cwd: 'sub' });
    expect((inSub.output as RunCommandOutput).stdout).toBe('here\n\n');
    expect(inSub.text).toContain('(in sub)');
    const slow = await run({ argv: ['node', '-e', 'setTimeout(() => {}, 60000)'], timeout_seconds: 1 });
    expect(slow.status).toBe('ok');
    expect((slow.output as RunCommandOutput).timedOut).toBe(true);
    expect(slow.text).toMatch(/timed out after 1 s/);
  });

  it('RC-004 long output keeps head and tail of each stream with byte counts', async () => {
    const script = 'for (let i = 1; i <= 5000; i++) console.log("line " + i)';
    const outcome = await run({ argv: ['node', '-e', script] });
    const output = outcome.output as RunCommandOutput;
    const total = Buffer.byteLength(Array.from({ length: 5000 }, (_, i) => `line ${i + 1}\n`).join(''));
    expect(output.stdoutBytes).toBe(total);
    expect(output.stdout).toMatch(/^line 1\nline 2\n/);
    expect(output.stdout).toMatch(/line 5000\n$/);
    const note = /\[output truncated: ([\d,]+) of ([\d,]+) bytes not shown\]/.exec(output.stdout);
    expect(note?.[2]?.replaceAll(',', '')).toBe(String(total));
    expect(Buffer.byteLength(output.stdout)).toBeLessThan(7 * 1024);
  });

  it('RC-005 a cwd outside the workspace fails; invalid arguments never reach the runner', async () => {
    const outside = await run({ argv: ['node', '-e', '1'], cwd: '../..' });
    expect(outside.status).toBe('failed');
    expect(outside.text).toMatch(/leaves the workspace/);
    const empty = await run({ argv: [] });
    expect(empty.status).toBe('invalid-arguments');
    const tooLong = await run({ argv: ['node'], timeout_seconds: 100000 });
    expect(tooLong.status).toBe('invalid-arguments');
    // Only the first call reached the runner, which refused the directory before starting anything.
    expect(repository?.commandsRun).toEqual([['node', '-e', '1']]);
  });

  it('RC-006 the policy question is the exact argv', () => {
    expect(runCommandTool.actions({ argv: ['npm', 'test', '--', '-t', 'a b'], timeout_seconds: 5 })).toEqual([{ type: 'command', argv: ['npm', 'test', '--', '-t', 'a b'] }]);
    expect(runCommandTool.sideEffect).toBe(true);
  });
});
