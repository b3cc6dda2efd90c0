import { callsDrydockPipeline, drydockSteps } from '../drydock-references.js';
import type { WorkflowFinding, WorkflowRule } from '../lint-types.js';
import { entryOf, entryValue, scalarText, valueText, type WorkflowNode } from '../workflow-node.js';

/** Whether an `environment:` names an environment (a name, `{ name: … }` or an expression). */
function namesEnvironment(node: WorkflowNode | undefined): boolean {
  if (node === undefined) return false;
  const name = node.kind === 'mapping' ? entryValue(node, 'name') : node;
  const text = valueText(name);
  return text !== undefined && text.trim() !== '';
}

/**
 * WL001: a job that implements a plan, or promotes a canary to full traffic, runs behind an
 * environment, whose protection rules (required reviewers, wait timers) are the human gate.
 * A dry-run implement step pushes nothing and needs no gate. A canary step with `until-weight` stops at that weight and may run ungated; the job that
 * continues past it may not.
 */
export const gateRule: WorkflowRule = {
  id: 'WL001',
  title: 'implement and canary promotion jobs run behind an environment gate',
  check(workflow) {
    const findings: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      if (callsDrydockPipeline(job)) {
        // The pipeline's gates are its environment inputs; an empty one takes the gate away.
        for (const input of ['implement-environment', 'promote-environment']) {
          const entry = entryOf(job.with, input);
          if (entry !== undefined && scalarText(entry.value)?.trim() === '') {
            findings.push({
              rule: 'WL001',
              message: `Job '${job.id}' calls the Drydock pipeline with an empty \`${input}\`, which removes that gate (the pipeline then skips the gated job). Name an environment with required reviewers.`,
              position: entry.keyPosition,
            });
          }
        }
        continue;
      }
      if (namesEnvironment(job.environment)) continue;
      for (const { step, action } of drydockSteps(job)) {
        // A dry run pushes nothing and opens nothing: there is nothing for a person to approve yet.
        const dryRun = scalarText(entryValue(step.with, 'dry-run')) === 'true';
        if ((action === 'implement' || action === 'plan-and-implement') && !dryRun) {
          findings.push({
            rule: 'WL001',
            message: `Job '${job.id}' runs the ${action} action without an environment: add \`environment:\` naming an environment with required reviewers, so a person approves the plan before code is written.`,
            position: step.uses?.position ?? job.position,
          });
        } else if (action === 'canary-deploy' && entryValue(step.with, 'until-weight') === undefined) {
          findings.push({
            rule: 'WL001',
            message: `Job '${job.id}' promotes a canary to 100% without an environment: set \`until-weight\` to stop before full traffic, and continue in a job whose \`environment:\` has required reviewers.`,
            position: step.uses?.position ?? job.position,
          });
        }
      }
    }
    return findings;
  },
};
