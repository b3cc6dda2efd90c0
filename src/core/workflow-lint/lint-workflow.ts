import type { WorkflowFinding, WorkflowRule, WorkflowRuleId } from './lint-types.js';
import { gateRule } from './rules/gate-rule.js';
import { permissionsRule } from './rules/permissions-rule.js';
import { pinnedActionsRule } from './rules/pinned-actions-rule.js';
import { planDigestRule } from './rules/plan-digest-rule.js';
import { untrustedTextRule } from './rules/untrusted-text-rule.js';
import { workflowModel } from './workflow-model.js';
import type { ParsedWorkflow } from './workflow-node.js';

/** Every rule, in id order. */
export const WORKFLOW_RULES: readonly WorkflowRule[] = [gateRule, permissionsRule, pinnedActionsRule, planDigestRule, untrustedTextRule];

const IGNORE_MARKER = /#\s*drydock-lint-ignore\s+((?:WL[0-9]{3}[\s,]*)+)/;

/** Rule ids acknowledged on a line by `# drydock-lint-ignore WL001 …`. */
function ignoredOn(line: string | undefined): Set<string> {
  const match = line === undefined ? null : IGNORE_MARKER.exec(line);
  return new Set(match === null ? [] : (match[1]!.match(/WL[0-9]{3}/g) ?? []));
}

/**
 * Lints one parsed workflow: GitHub's parse errors (WL000) first, then the Drydock rules, sorted
 * by position. A finding is left out when its line, or the line above it, carries
 * `# drydock-lint-ignore <rule id>` (a deliberate, reviewable exception); parse errors never are.
 */
export function lintWorkflow(parsed: ParsedWorkflow, source: string): WorkflowFinding[] {
  const findings: WorkflowFinding[] = parsed.errors.map((error) => ({ rule: 'WL000' as WorkflowRuleId, message: error.message, position: error.position }));
  if (parsed.root !== undefined && parsed.errors.length === 0) {
    const model = workflowModel(parsed.root);
    const lines = source.split(/\r?\n/);
    for (const rule of WORKFLOW_RULES) {
      for (const finding of rule.check(model)) {
        const line = finding.position.line;
        if (ignoredOn(lines[line - 1]).has(finding.rule) || ignoredOn(lines[line - 2]).has(finding.rule)) continue;
        findings.push(finding);
      }
    }
  }
  return findings.sort((left, right) => left.position.line - right.position.line || left.position.column - right.position.column);
}
