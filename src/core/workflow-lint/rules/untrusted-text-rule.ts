import type { WorkflowFinding, WorkflowRule } from '../lint-types.js';
import { entryValue, type WorkflowNode } from '../workflow-node.js';

/**
 * Context values anyone who can open an issue, comment, push a branch or open a fork pull request
 * can choose. Interpolated into a script, they become shell code (`"; curl … | sh; echo "`).
 */
const UNTRUSTED_CONTEXT = new RegExp(
  [
    String.raw`github\.head_ref`,
    String.raw`github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)`,
    String.raw`github\.event\.(?:comment|review|review_comment)\.body`,
    String.raw`github\.event\.pull_request\.head\.(?:ref|label|repo\.default_branch)`,
    String.raw`github\.event\.(?:head_commit|workflow_run\.head_commit)\.(?:message|author\.(?:name|email)|committer\.(?:name|email))`,
    String.raw`github\.event\.commits(?:\[[^\]]*\]|\.\*)?\.(?:message|author\.(?:name|email)|committer\.(?:name|email))`,
    String.raw`github\.event\.workflow_run\.(?:head_branch|display_title|pull_requests(?:\[[^\]]*\]|\.\*)?\.head\.ref)`,
    String.raw`github\.event\.pages(?:\[[^\]]*\]|\.\*)?\.page_name`,
  ].join('|'),
);

/** The first untrusted context an expression reads, if any. */
export function untrustedReference(expression: string): string | undefined {
  return UNTRUSTED_CONTEXT.exec(expression)?.[0];
}

/** Script inputs of well-known actions that run their text as code. */
function scriptInput(uses: string | undefined, inputs: WorkflowNode | undefined): WorkflowNode | undefined {
  if (uses === undefined || !/^actions\/github-script@/.test(uses)) return undefined;
  return entryValue(inputs, 'script');
}

/**
 * WL005: no untrusted event text (issue and pull request titles and bodies, comments, branch
 * names, commit messages) is interpolated with `${{ }}` into a `run:` script (or a github-script
 * `script:`). Pass it through `env:` and use the variable, quoted, instead.
 */
export const untrustedTextRule: WorkflowRule = {
  id: 'WL005',
  title: 'no untrusted event text interpolated into run: scripts',
  check(workflow) {
    const findings: WorkflowFinding[] = [];
    for (const job of workflow.jobs) {
      for (const step of job.steps) {
        for (const script of [step.run, scriptInput(step.uses?.value, step.with)]) {
          if (script?.kind !== 'expression') continue;
          const reference = untrustedReference(script.expression);
          if (reference === undefined) continue;
          findings.push({
            rule: 'WL005',
            message: `Job '${job.id}' interpolates \`${reference}\` into a script, where its text runs as code. Pass it through \`env:\` (e.g. \`env: { TEXT: \${{ ${reference} }} }\`) and use "$TEXT" in the script.`,
            position: script.position,
          });
        }
      }
    }
    return findings;
  },
};
