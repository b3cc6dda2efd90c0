import type { SourcePosition } from './workflow-node.js';
import type { WorkflowModel } from './workflow-model.js';

/** Rule ids: stable, so a finding, its documentation and its test find each other. */
export type WorkflowRuleId = 'WL000' | 'WL001' | 'WL002' | 'WL003' | 'WL004' | 'WL005';

/** One problem in one workflow file. */
export interface WorkflowFinding {
  rule: WorkflowRuleId;
  message: string;
  position: SourcePosition;
}

/** A lint rule: reads the workflow, returns what is wrong with it. */
export interface WorkflowRule {
  id: WorkflowRuleId;
  /** One line: what the rule wants. */
  title: string;
  check(workflow: WorkflowModel): WorkflowFinding[];
}
