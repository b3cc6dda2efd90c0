import { readFile } from 'node:fs/promises';
import { parseWorkflowText } from '../adapters/workflow-parser.js';
import { errorMessage } from '../core/errors.js';
import { lintWorkflow, WORKFLOW_RULES, type WorkflowFinding } from '../core/workflow-lint/index.js';
import type { CommandOutput } from './journal-command.js';

/** Exit codes of `drydock workflow lint`. */
export const WORKFLOW_LINT_EXIT = {
  /** Every file parsed and no rule found anything. */
  clean: 0,
  /** At least one finding of a rule WL001–WL005. */
  findings: 1,
  /** A file could not be read, or GitHub's parser refused it (WL000). */
  invalid: 2,
} as const;

/** Options of the command. */
export interface WorkflowLintOptions {
  /** Print `{"files":[{"path","findings":[{"rule","line","column","message"}]}]}` instead of lines. */
  json: boolean;
}

interface FileResult {
  path: string;
  findings: WorkflowFinding[];
  readError?: string;
}

/** `drydock workflow lint FILE…`: GitHub's parser, then the Drydock rules, reported as file:line:column. */
export async function workflowLintCommand(files: readonly string[], options: WorkflowLintOptions): Promise<CommandOutput> {
  const results: FileResult[] = [];
  for (const path of files) {
    let source: string;
    try {
      source = await readFile(path, 'utf8');
    } catch (error) {
      results.push({ path, findings: [], readError: errorMessage(error) });
      continue;
    }
    results.push({ path, findings: lintWorkflow(await parseWorkflowText(path, source), source) });
  }
  const invalid = results.some((result) => result.readError !== undefined || result.findings.some((finding) => finding.rule === 'WL000'));
  const anyFindings = results.some((result) => result.findings.length > 0);
  const exitCode = invalid ? WORKFLOW_LINT_EXIT.invalid : anyFindings ? WORKFLOW_LINT_EXIT.findings : WORKFLOW_LINT_EXIT.clean;
  if (options.json) {
    const body = {
      files: results.map((result) => ({
        path: result.path,
        ...(result.readError === undefined ? {} : { error: result.readError }),
        findings: result.findings.map((finding) => ({ rule: finding.rule, line: finding.position.line, column: finding.position.column, message: finding.message })),
      })),
    };
    return { exitCode, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: '' };
  }
  const lines: string[] = [];
  const errors: string[] = [];
  for (const result of results) {
    if (result.readError !== undefined) errors.push(`drydock: cannot read ${result.path}: ${result.readError}`);
    for (const finding of result.findings) {
      lines.push(`${result.path}:${finding.position.line}:${finding.position.column}: ${finding.rule} ${finding.message}`);
    }
  }
  const count = results.reduce((total, result) => total + result.findings.length, 0);
  const titles = new Map(WORKFLOW_RULES.map((rule) => [rule.id, rule.title]));
  const seen = [...new Set(results.flatMap((result) => result.findings.map((finding) => finding.rule)))].sort();
  lines.push(
    count === 0 && errors.length === 0
      ? `${files.length} workflow file${files.length === 1 ? '' : 's'} checked: no findings.`
      : `${count} finding${count === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}${seen.length === 0 ? '' : ` (${seen.map((rule) => `${rule}: ${titles.get(rule) ?? 'the workflow does not parse'}`).join('; ')})`}.`,
  );
  return { exitCode, stdout: `${lines.join('\n')}\n`, stderr: errors.length === 0 ? '' : `${errors.join('\n')}\n` };
}
