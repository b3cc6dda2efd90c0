import * as z from 'zod';
import { expecting } from './schema-messages.js';
import { wholeNumberSchema } from './schema-parts.js';

/** Most attempts per task a config may ask for; each attempt is an agent loop plus the validators. */
export const MAX_TASK_ATTEMPTS = 10;

/** How the implement stage learns that a plan was approved. */
export const APPROVAL_MODES = ['environment', 'comment'] as const;

/** An approval mode. */
export type ApprovalMode = (typeof APPROVAL_MODES)[number];

/** The `implement` section after merging over the defaults. */
export interface ImplementConfig {
  /** Attempts per task (agent loop, then validators) before the task is refined or escalated. */
  maxAttempts: number;
  /** Whether the planner may rewrite a task's description once when its attempts are used up. */
  refine: boolean;
  /** Label put on the issue when a task is escalated to a human. */
  escalationLabel: string;
  /**
   * `environment`: the job's environment reviewers approve (GitHub's protection rules); `comment`:
   * a `/drydock approve <digest prefix>` comment on the issue by a user with write access.
   */
  approval: ApprovalMode;
  /** Most agent turns per attempt. */
  maxTurns: number;
}

/** The defaults of the `implement` section. */
export function defaultImplementConfig(): ImplementConfig {
  return { maxAttempts: 3, refine: true, escalationLabel: 'drydock:needs-human', approval: 'environment', maxTurns: 40 };
}

/** The `implement` section as written. */
export const implementSchema = z
  .strictObject(
    {
      maxAttempts: wholeNumberSchema(`a whole number from 1 to ${MAX_TASK_ATTEMPTS}`, 1, MAX_TASK_ATTEMPTS)
        .optional()
        .describe('Attempts per task (agent loop, then validators) before the task is refined or escalated. Default 3.'),
      refine: z.boolean(expecting('true or false')).optional().describe('Let the planner rewrite a failed task once. Default true.'),
      escalationLabel: z
        .string(expecting('a label name'))
        .regex(/^[^\s,][^,]{0,48}[^\s,]$|^[^\s,]$/u, expecting('a label name of 1 to 50 characters without commas'))
        .optional()
        .describe('Label added to the issue when a task needs a human. Default "drydock:needs-human".'),
      approval: z
        .enum(APPROVAL_MODES, expecting(`one of ${APPROVAL_MODES.map((mode) => `"${mode}"`).join(', ')}`))
        .optional()
        .describe('"environment" (default): environment reviewers gate the job; "comment": a /drydock approve <digest prefix> comment by a user with write access.'),
      maxTurns: wholeNumberSchema('a whole number from 1 to 200', 1, 200).optional().describe('Most agent turns per attempt. Default 40.'),
    },
    expecting('a mapping with maxAttempts, refine, escalationLabel, approval and/or maxTurns'),
  )
  .describe('How the implement stage carries out a plan.');

/** The section merged over the defaults. */
export function mergeImplementConfig(defaults: ImplementConfig, input: z.output<typeof implementSchema> | undefined): ImplementConfig {
  const given = Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== undefined));
  return { ...defaults, ...given };
}
