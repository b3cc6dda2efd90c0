import type { WorkflowFinding, WorkflowRule } from '../lint-types.js';
import type { SourcePosition } from '../workflow-node.js';

const FULL_SHA = /^[0-9a-f]{40}$/;
const DOCKER_DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Why a `uses:` reference is not pinned, or undefined when it is (or is local). */
export function unpinnedReason(reference: string): string | undefined {
  // Local actions and workflows come from the same commit as the workflow itself.
  if (reference.startsWith('./') || reference.startsWith('$/')) return undefined;
  if (reference.startsWith('docker://')) {
    return DOCKER_DIGEST.test(reference) ? undefined : `the image \`${reference}\` is not pinned to a digest (\`@sha256:…\`)`;
  }
  const at = reference.lastIndexOf('@');
  if (at < 0) return `\`${reference}\` names no version at all`;
  const ref = reference.slice(at + 1);
  if (FULL_SHA.test(ref)) return undefined;
  return `\`${reference}\` is pinned to '${ref}', a tag or branch its owner can move to other code`;
}

/**
 * WL003: every action and reusable workflow from another repository is pinned to a full commit
 * SHA (a `# v1.2.3` comment keeps it readable), since tags and branches can be moved to code
 * that then runs with the job's token and secrets.
 */
export const pinnedActionsRule: WorkflowRule = {
  id: 'WL003',
  title: 'actions and reusable workflows from other repositories are pinned to a full commit SHA',
  check(workflow) {
    const findings: WorkflowFinding[] = [];
    const report = (reference: { value: string; position: SourcePosition }) => {
      const reason = unpinnedReason(reference.value);
      if (reason !== undefined) {
        findings.push({ rule: 'WL003', message: `Not pinned: ${reason}. Use the full 40-character commit SHA.`, position: reference.position });
      }
    };
    for (const job of workflow.jobs) {
      if (job.uses !== undefined) report(job.uses);
      for (const step of job.steps) if (step.uses !== undefined) report(step.uses);
    }
    return findings;
  },
};
