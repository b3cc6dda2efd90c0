import { formatArgv } from '../policy/argv-pattern.js';
import { quote } from '../policy/decision-text.js';
import type { Policy } from '../policy/policy.js';
import type { PlanFlag, PlanIssue } from './plan-validation.js';
import type { PlanTask } from './plan-schema.js';

/** Issues and flags found in acceptance checks. */
export interface AcceptanceCheckResult {
  /** Checks that cannot run under policy, in the order of the draft. */
  issues: PlanIssue[];
  /** Checks that need a human approval before they run, in the order of the draft. */
  flags: PlanFlag[];
}

/**
 * Checks that every command acceptance check can run as the implementer: a check that policy
 * denies could never pass, so the plan could never be shown done. Conditions are for humans and
 * need nothing from policy.
 */
export function checkAcceptanceChecks(tasks: readonly PlanTask[], policy: Policy, identity: string): AcceptanceCheckResult {
  const issues: PlanIssue[] = [];
  const flags: PlanFlag[] = [];
  tasks.forEach((task, taskIndex) => {
    task.acceptanceChecks.forEach((check, checkIndex) => {
      if (check.kind !== 'command') return;
      const location = `tasks[${taskIndex}].acceptanceChecks[${checkIndex}].argv`;
      const decision = policy.evaluate(identity, { type: 'command', argv: check.argv });
      const shown = Array.isArray(check.argv) ? formatArgv(check.argv) : 'the command';
      if (decision.decision === 'needs-approval') {
        flags.push({
          code: 'needs-approval',
          taskId: task.id,
          path: location,
          subject: shown,
          rule: decision.rule,
          message: `Task ${quote(task.id)} acceptance check ${checkIndex + 1} needs an approval: ${decision.reason}`,
        });
      } else if (decision.decision === 'deny') {
        issues.push({
          code: 'check-not-runnable',
          taskId: task.id,
          path: location,
          rule: decision.rule,
          message:
            `Task ${quote(task.id)} acceptance check ${checkIndex + 1} is not runnable under policy: ${decision.reason} ` +
            'Use a command the implementer may run (a configured validator, for example) or state the check as a condition.',
        });
      }
    });
  });
  return { issues, flags };
}
