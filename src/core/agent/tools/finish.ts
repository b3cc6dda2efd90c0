import { z } from 'zod';
import type { ToolDefinition } from '../tool.js';

/** The name the loop recognises as the end of a run. */
export const FINISH_TOOL_NAME = 'finish';

/** One piece of evidence for a result. */
export interface FinishEvidence {
  /** What sort of evidence: `command` (a command and its outcome), `file` (a path and what it shows), `test`, `observation`. */
  kind: string;
  /** The evidence itself: the command and its exit code, the path and lines, what was seen. */
  detail: string;
}

/** The arguments of `finish`: the structured result with a summary and evidence. */
export interface FinishInput<Result> {
  /** What was done, in a few sentences, for the humans who review it. */
  summary: string;
  /** The stage's structured result. */
  result: Result;
  /** What shows the result holds. */
  evidence: FinishEvidence[];
}

const evidenceSchema = z.strictObject({
  kind: z.string().min(1).max(40).describe('What sort of evidence: "command", "file", "test" or "observation".'),
  detail: z.string().min(1).max(4000).describe('The evidence: the command and its exit code, the file and lines, what was observed.'),
});

/**
 * Builds the `finish` tool for one stage: its `result` follows `resultSchema`, which the registry
 * validates like any arguments, so an invalid result comes back to the model to be fixed. The tool
 * does nothing itself (no side effect, no policy question); the loop ends the run when a call to
 * it succeeds and takes the result from the outcome's output.
 */
export function createFinishTool<Result>(
  resultSchema: z.ZodType<Result>,
  description: string,
): ToolDefinition<FinishInput<Result>, FinishInput<Result>> {
  const inputSchema = z.strictObject({
    summary: z.string().min(1).max(4000).describe('What was done, in a few sentences, for the humans who review it.'),
    result: resultSchema.description === undefined ? resultSchema.describe('The structured result of the task, in the shape given.') : resultSchema,
    evidence: z.array(evidenceSchema).max(50).describe('What shows the result holds: commands run and their outcome, files and lines.'),
  });
  return {
    name: FINISH_TOOL_NAME,
    description,
    inputSchema: inputSchema as z.ZodType<FinishInput<Result>>,
    sideEffect: false,
    actions: () => [],
    async execute(input) {
      return { ok: true, output: input, text: `Finished: ${input.summary}` };
    },
  };
}
