import { callsDrydockPipeline, drydockSteps } from '../drydock-references.js';
import type { WorkflowFinding, WorkflowRule } from '../lint-types.js';
import { actionNeeds, combineNeeds, exceeds, pipelineNeeds, type PermissionLevel, type PermissionNeeds } from '../stage-permissions.js';
import type { WorkflowJob } from '../workflow-model.js';
import { scalarText, type WorkflowNode } from '../workflow-node.js';

function describeNeeds(needs: PermissionNeeds): string {
  return Object.entries(needs)
    .map(([scope, level]) => `${scope}: ${level}`)
    .join(', ');
}

/** Findings for one job's effective permissions against what its Drydock steps need. */
function checkJob(job: WorkflowJob, workflowPermissions: WorkflowNode | undefined, needs: PermissionNeeds, what: string): WorkflowFinding[] {
  const granted = job.permissions ?? workflowPermissions;
  const where = job.permissions === undefined ? 'the workflow' : `job '${job.id}'`;
  if (granted === undefined) {
    return [
      {
        rule: 'WL002',
        message: `Job '${job.id}' runs ${what} without \`permissions:\` (neither the job nor the workflow sets them), so it gets the repository's default token permissions, which can be write access to everything. Set \`permissions: { ${describeNeeds(needs)} }\` or less.`,
        position: job.position,
      },
    ];
  }
  const shorthand = scalarText(granted);
  if (shorthand !== undefined) {
    if (shorthand === 'read-all' || shorthand === 'write-all') {
      return [
        {
          rule: 'WL002',
          message: `${capitalize(where)} grants \`${shorthand}\`${job.permissions === undefined ? ` to job '${job.id}'` : ''}, which runs ${what} and needs at most ${describeNeeds(needs)}. List those scopes instead.`,
          position: granted.position,
        },
      ];
    }
    return [];
  }
  if (granted.kind !== 'mapping') return [];
  const findings: WorkflowFinding[] = [];
  for (const entry of granted.entries) {
    const level = scalarText(entry.value);
    if (level !== 'read' && level !== 'write' && level !== 'none') continue;
    if (exceeds(level as PermissionLevel, needs[entry.key])) {
      const needed = needs[entry.key];
      findings.push({
        rule: 'WL002',
        message: `${capitalize(where)} grants \`${entry.key}: ${level}\`${job.permissions === undefined ? ` to job '${job.id}'` : ''}, but the job runs ${what}, which needs ${needed === undefined ? `no ${entry.key} access` : `at most \`${entry.key}: ${needed}\``}.`,
        position: entry.keyPosition,
      });
    }
  }
  return findings;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * WL002: each job that runs a Drydock stage gets at most the token permissions that stage needs
 * (stage-permissions.ts), and sets them, rather than inheriting the repository default.
 */
export const permissionsRule: WorkflowRule = {
  id: 'WL002',
  title: 'jobs running a stage grant at most the permissions the stage needs',
  check(workflow) {
    const findings: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      if (callsDrydockPipeline(job)) {
        findings.push(...checkJob(job, workflow.permissions, pipelineNeeds(), 'the Drydock pipeline'));
        continue;
      }
      const actions = [...new Set(drydockSteps(job).map(({ action }) => action))];
      if (actions.length === 0) continue;
      const needs = combineNeeds(actions.map(actionNeeds));
      findings.push(...checkJob(job, workflow.permissions, needs, `the ${actions.join(' and ')} action${actions.length > 1 ? 's' : ''}`));
    }
    return findings;
  },
};
