import { entryOf, entryValue, scalarText, valueText, type SourcePosition, type WorkflowNode } from './workflow-node.js';

/** One step of a job, as far as the lint rules look at it. */
export interface WorkflowStep {
  /** The step's `id`, if any. */
  id: string | undefined;
  /** Where the step starts. */
  position: SourcePosition;
  /** The `uses:` reference and where it is, for action steps. */
  uses: { value: string; position: SourcePosition } | undefined;
  /** The `run:` script node, for script steps. */
  run: WorkflowNode | undefined;
  /** The `with:` inputs. */
  with: WorkflowNode | undefined;
}

/** One job. */
export interface WorkflowJob {
  id: string;
  /** Where the job's key is. */
  position: SourcePosition;
  node: WorkflowNode;
  /** Job ids this job needs. */
  needs: string[];
  /** The job's own `permissions:` node, if set. */
  permissions: WorkflowNode | undefined;
  /** The job's `environment:` node, if set. */
  environment: WorkflowNode | undefined;
  /** The job's `outputs:` mapping, if set. */
  outputs: WorkflowNode | undefined;
  /** The job-level `uses:` of a job that calls a reusable workflow. */
  uses: { value: string; position: SourcePosition } | undefined;
  /** The `with:` inputs of a job that calls a reusable workflow. */
  with: WorkflowNode | undefined;
  steps: WorkflowStep[];
}

/** A workflow, as far as the lint rules look at it. */
export interface WorkflowModel {
  /** Workflow-level `permissions:`, if set. */
  permissions: WorkflowNode | undefined;
  /** Trigger names under `on:`. */
  triggers: string[];
  jobs: WorkflowJob[];
}

function usesOf(node: WorkflowNode | undefined): WorkflowJob['uses'] {
  const value = entryValue(node, 'uses');
  const text = scalarText(value);
  return text === undefined || value === undefined ? undefined : { value: text, position: value.position };
}

function needsOf(node: WorkflowNode | undefined): string[] {
  if (node === undefined) return [];
  if (node.kind === 'sequence') return node.items.map((item) => valueText(item)).filter((id): id is string => id !== undefined);
  const single = valueText(node);
  return single === undefined ? [] : [single];
}

function triggersOf(node: WorkflowNode | undefined): string[] {
  if (node === undefined) return [];
  if (node.kind === 'mapping') return node.entries.map((entry) => entry.key);
  if (node.kind === 'sequence') return node.items.map((item) => scalarText(item)).filter((name): name is string => name !== undefined);
  const single = scalarText(node);
  return single === undefined ? [] : [single];
}

/** Reads the jobs and steps out of a parsed workflow tree. */
export function workflowModel(root: WorkflowNode): WorkflowModel {
  const jobsNode = entryValue(root, 'jobs');
  const jobs: WorkflowJob[] = [];
  if (jobsNode?.kind === 'mapping') {
    for (const entry of jobsNode.entries) {
      const job = entry.value;
      const stepsNode = entryValue(job, 'steps');
      const steps: WorkflowStep[] =
        stepsNode?.kind === 'sequence'
          ? stepsNode.items.map((step) => ({
              id: scalarText(entryValue(step, 'id')),
              position: step.position,
              uses: usesOf(step),
              run: entryValue(step, 'run'),
              with: entryValue(step, 'with'),
            }))
          : [];
      jobs.push({
        id: entry.key,
        position: entry.keyPosition,
        node: job,
        needs: needsOf(entryValue(job, 'needs')),
        permissions: entryValue(job, 'permissions'),
        environment: entryValue(job, 'environment'),
        outputs: entryValue(job, 'outputs'),
        uses: usesOf(job),
        with: entryValue(job, 'with'),
        steps,
      });
    }
  }
  return { permissions: entryValue(root, 'permissions'), triggers: triggersOf(entryOf(root, 'on')?.value), jobs };
}
