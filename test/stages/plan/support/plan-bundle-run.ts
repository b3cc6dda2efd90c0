import type { ModelServer } from '../../../support/model-server.js';
import { runBundleAsync, type BundleRun, type BundleRunOptions, type RunnerSandbox } from '../../support/run-bundle.js';
import { finishWith, plannedTask } from './plan-fixture.js';

/**
 * Runs the plan bundle with a goal and the scripted model answering one valid one-task plan: for
 * bundle tests of later stages that need a real plan artifact to start from. The planner needs a
 * model since the plan stage drafts its task graph; this is the smallest honest run of it. The
 * trigger is authorized through a forge: give a `github-token` input and `GITHUB_API_URL` of a
 * GitHub server (the local REST server) that grants the actor write access, or a git workspace
 * (the local forge, where the actor is the owner).
 */
export async function runPlanBundleWithModel(sandbox: RunnerSandbox, model: ModelServer, options: BundleRunOptions = {}): Promise<BundleRun> {
  model.script([finishWith({ summary: 'One task.', tasks: [plannedTask('t1', [], 'src/cli.ts', 'create')] })]);
  return runBundleAsync('plan', sandbox, {
    ...options,
    inputs: { goal: 'Add a --verbose flag to the CLI', 'model-base-url': model.url, 'model-api-key': 'sk-test-plan-bundle-0123456789', ...options.inputs },
  });
}
