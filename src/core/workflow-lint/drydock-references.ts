import type { WorkflowJob, WorkflowStep } from './workflow-model.js';

/** What a `uses:` of Drydock runs. */
export type DrydockAction = 'plan' | 'implement' | 'test-triage' | 'canary-deploy' | 'plan-and-implement' | 'ci-doctor';

const ACTIONS: readonly DrydockAction[] = ['plan', 'implement', 'test-triage', 'canary-deploy', 'plan-and-implement', 'ci-doctor'];

// `./actions/<name>` (this repository), `$/actions/<name>` (inside Drydock's composite actions)
// or `<owner>/drydock/actions/<name>@<ref>` (any owner: forks keep the name).
const ACTION_REFERENCE = /^(?:\.\/|\$\/|[A-Za-z0-9_.-]+\/drydock\/)actions\/([a-z-]+)(?:@.*)?$/;
const PIPELINE_REFERENCE = /^(?:\.\/|[A-Za-z0-9_.-]+\/drydock\/)\.github\/workflows\/drydock\.ya?ml(?:@.*)?$/;

/** The Drydock action a step runs, if it runs one. */
export function drydockActionOf(step: WorkflowStep): DrydockAction | undefined {
  const match = step.uses === undefined ? null : ACTION_REFERENCE.exec(step.uses.value);
  const name = match?.[1];
  return ACTIONS.find((action) => action === name);
}

/** Whether a job calls Drydock's reusable pipeline workflow. */
export function callsDrydockPipeline(job: WorkflowJob): boolean {
  return job.uses !== undefined && PIPELINE_REFERENCE.test(job.uses.value);
}

/** The Drydock steps of a job, with the action each runs. */
export function drydockSteps(job: WorkflowJob): Array<{ step: WorkflowStep; action: DrydockAction; index: number }> {
  const found: Array<{ step: WorkflowStep; action: DrydockAction; index: number }> = [];
  job.steps.forEach((step, index) => {
    const action = drydockActionOf(step);
    if (action !== undefined) found.push({ step, action, index });
  });
  return found;
}
