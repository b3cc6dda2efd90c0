import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { planStage } from '../../src/stages/plan/plan-stage.js';
import { runStage } from '../../src/stages/shared/run-stage.js';
import { createInProcessRunner, type InProcessRunner } from '../stages/support/in-process-runner.js';
import { RecordingIo } from '../stages/support/recording-io.js';

// The runner passes every input's action.yml default as if the workflow had set it, so a stage
// sees `config: .github/drydock.yml` even when nobody wrote that line. A repository without the
// file must still run, on the safe defaults; only a path someone chose must exist.

let runner: InProcessRunner | undefined;
afterEach(() => {
  if (runner !== undefined) rmSync(runner.root, { recursive: true, force: true });
});

describe('the config input as the runner passes it', () => {
  it('the default path, missing, means the safe defaults', async () => {
    runner = createInProcessRunner('drydock-config-default-', { 'README.md': '# service\n' }, '5151');
    const io = new RecordingIo();
    io.inputs = { goal: 'Add a /health endpoint', config: '.github/drydock.yml' };
    expect(await runStage(planStage, { io, environment: runner.environment })).toBe('succeeded');
    expect(io.failures).toEqual([]);
  });

  it('another path, missing, is an error naming the input and the path', async () => {
    runner = createInProcessRunner('drydock-config-chosen-', { 'README.md': '# service\n' }, '5152');
    const io = new RecordingIo();
    io.inputs = { goal: 'Add a /health endpoint', config: 'ci/drydock.yml' };
    expect(await runStage(planStage, { io, environment: runner.environment })).toBe('failed');
    expect(io.failures.join('\n')).toContain("Input 'config': ci/drydock.yml does not exist in the workspace.");
  });
});
