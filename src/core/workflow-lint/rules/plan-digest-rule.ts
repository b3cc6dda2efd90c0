import { drydockActionOf, drydockSteps } from '../drydock-references.js';
import { needsOutputReferences, stepOutputReferences } from '../expression-references.js';
import type { WorkflowFinding, WorkflowRule } from '../lint-types.js';
import type { WorkflowJob, WorkflowModel } from '../workflow-model.js';
import { entryValue } from '../workflow-node.js';

/** Whether step `stepId` of `job`, before step index `before`, is a plan step. */
function isPlanStep(job: WorkflowJob, stepId: string, before: number): boolean {
  return job.steps.slice(0, before).some((step) => step.id === stepId && drydockActionOf(step) === 'plan');
}

/** Whether output `output` of job `jobId` is the `plan-digest` output of one of its plan steps. */
function isPlanJobOutput(workflow: WorkflowModel, jobId: string, output: string): boolean {
  const job = workflow.jobs.find((candidate) => candidate.id === jobId);
  const value = entryValue(job?.outputs, output);
  if (job === undefined || value?.kind !== 'expression') return false;
  return stepOutputReferences(value.expression).some(
    (reference) => reference.output === 'plan-digest' && isPlanStep(job, reference.step, job.steps.length),
  );
}

/**
 * WL004: the implement step's `plan-digest` comes from the plan that was made (and approved) in
 * this workflow: the `plan-digest` output of a plan step earlier in the job, or of a job this
 * job needs. A typed-in or computed digest would approve a plan nobody reviewed.
 */
export const planDigestRule: WorkflowRule = {
  id: 'WL004',
  title: "the implement step's plan-digest is wired from a plan step's output",
  check(workflow) {
    const findings: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      for (const { step, action, index } of drydockSteps(job)) {
        if (action !== 'implement') continue;
        const digest = entryValue(step.with, 'plan-digest');
        const position = digest?.position ?? step.uses?.position ?? step.position;
        if (digest === undefined) {
          findings.push({ rule: 'WL004', message: `The implement step of job '${job.id}' has no \`plan-digest\`: wire it from the plan job, e.g. \`plan-digest: \${{ needs.plan.outputs.plan-digest }}\`.`, position });
          continue;
        }
        const expression = digest.kind === 'expression' ? digest.expression : '';
        const fromStep = stepOutputReferences(expression).some((reference) => reference.output === 'plan-digest' && isPlanStep(job, reference.step, index));
        const fromJob = needsOutputReferences(expression).some(
          (reference) => job.needs.includes(reference.job) && isPlanJobOutput(workflow, reference.job, reference.output),
        );
        if (!fromStep && !fromJob) {
          findings.push({
            rule: 'WL004',
            message: `The implement step of job '${job.id}' takes \`plan-digest\` from ${digest.kind === 'expression' ? `\`\${{ ${digest.expression} }}\`` : 'a fixed value'}, not from a plan step's \`plan-digest\` output. Wire it from a job in \`needs:\` whose output is \`\${{ steps.<plan step>.outputs.plan-digest }}\`.`,
            position,
          });
        }
      }
    }
    return findings;
  },
};
