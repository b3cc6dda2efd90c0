import { z } from 'zod';

/**
 * The task graph the planning model returns. Every field is required and every object closed, so
 * the schema works in OpenAI strict mode (see `modelJsonSchema`).
 *
 * String lengths are checked with refinements rather than `.max()`: zod would emit `maxLength`,
 * which strict mode refuses, and the answer is re-validated with zod anyway. The limits are
 * written into the descriptions so the model sees them.
 */

/** Bounds of a plan, in tasks, items and characters. */
export const PLAN_LIMITS = {
  tasks: 30,
  summaryCharacters: 2_000,
  idCharacters: 40,
  titleCharacters: 120,
  descriptionCharacters: 4_000,
  targetFilesPerTask: 50,
  pathCharacters: 500,
  checksPerTask: 10,
  argvItems: 32,
  argumentCharacters: 1_000,
  conditionCharacters: 500,
  dependencies: 30,
} as const;

/** What a task id looks like: a short lowercase slug such as `t1` or `add-parser`. */
export const TASK_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Whether a string is a well-formed task id (pattern and length). */
export function isTaskId(value: string): boolean {
  return value.length <= PLAN_LIMITS.idCharacters && TASK_ID_PATTERN.test(value);
}

function text(maximum: number, description: string, options: { allowEmpty?: boolean } = {}) {
  return z
    .string()
    .refine((value) => options.allowEmpty === true || value.trim().length > 0, { message: 'must not be empty' })
    .refine((value) => value.length <= maximum, { message: `must be at most ${maximum} characters` })
    .describe(`${description} At most ${maximum} characters.`);
}

/** How a task changes one file. */
export const FILE_CHANGES = ['modify', 'create', 'delete'] as const;

/** A file change kind. */
export type FileChange = (typeof FILE_CHANGES)[number];

/** Estimated sizes, from a few lines to a large change. */
export const TASK_SIZES = ['xs', 's', 'm', 'l', 'xl'] as const;

/** A task size. */
export type TaskSize = (typeof TASK_SIZES)[number];

/** Effort points of each size; they grow faster than linearly, as large changes do. */
export const SIZE_POINTS: Readonly<Record<TaskSize, number>> = { xs: 1, s: 2, m: 3, l: 5, xl: 8 };

/** zod schema of a file a task changes. */
export const targetFileSchema = z
  .strictObject({
    path: text(PLAN_LIMITS.pathCharacters, 'Path relative to the repository root, with "/" separators, such as "src/parser/lexer.ts".'),
    change: z.enum(FILE_CHANGES).describe('"modify" for a file that exists, "create" for a new file, "delete" to remove a file.'),
  })
  .describe('A file the task changes.');

/** A file a task changes. */
export type TargetFile = z.infer<typeof targetFileSchema>;

/** zod schema of an acceptance check that runs a command. */
export const commandCheckSchema = z
  .strictObject({
    kind: z.literal('command').describe('A command whose success shows the task is done.'),
    argv: z
      .array(text(PLAN_LIMITS.argumentCharacters, 'One argument, passed to the program exactly as written.', { allowEmpty: true }))
      .min(1)
      .max(PLAN_LIMITS.argvItems)
      .describe(
        'Program and arguments, program first, such as ["npx", "vitest", "run", "test/parser"]. Never a shell string: ' +
          'no pipes, "&&", redirections or "sh -c". It must be a command the implementer may run, such as a configured validator.',
      ),
  })
  .describe('An acceptance check that runs a command; exit status 0 means it passes.');

/** zod schema of an acceptance check that a reviewer observes. */
export const conditionCheckSchema = z
  .strictObject({
    kind: z.literal('condition').describe('An observable condition, for what no command can show.'),
    description: text(PLAN_LIMITS.conditionCharacters, 'What a reviewer can observe when the task is done, such as "the README lists the new flag".'),
  })
  .describe('An acceptance check that a reviewer verifies by looking.');

/** zod schema of an acceptance check, either kind; strict mode sees it as `anyOf`. */
export const acceptanceCheckSchema = z
  .discriminatedUnion('kind', [commandCheckSchema, conditionCheckSchema])
  .describe('How to tell that the task is done: a command to run, or an observable condition.');

/** A command acceptance check. */
export type CommandCheck = z.infer<typeof commandCheckSchema>;
/** An observable-condition acceptance check. */
export type ConditionCheck = z.infer<typeof conditionCheckSchema>;
/** An acceptance check. */
export type AcceptanceCheck = z.infer<typeof acceptanceCheckSchema>;

/** zod schema of one task. */
export const planTaskSchema = z
  .strictObject({
    id: z
      .string()
      .regex(TASK_ID_PATTERN, 'must be a lowercase slug: letters, digits and single hyphens, starting with a letter')
      .refine((value) => value.length <= PLAN_LIMITS.idCharacters, { message: `must be at most ${PLAN_LIMITS.idCharacters} characters` })
      .describe(`Short unique id of the task, a lowercase slug such as "t1" or "add-parser". At most ${PLAN_LIMITS.idCharacters} characters.`),
    title: text(PLAN_LIMITS.titleCharacters, 'What the task does, in a short imperative phrase.'),
    description: text(PLAN_LIMITS.descriptionCharacters, 'What to change and why, precisely enough for an engineer who has not seen the issue.'),
    targetFiles: z
      .array(targetFileSchema)
      .min(1)
      .max(PLAN_LIMITS.targetFilesPerTask)
      .describe('Every file the task creates, changes or deletes; each path once.'),
    acceptanceChecks: z
      .array(acceptanceCheckSchema)
      .min(1)
      .max(PLAN_LIMITS.checksPerTask)
      .describe('How to tell the task is done. Prefer commands (tests, build, lint) over conditions.'),
    dependsOn: z
      .array(z.string().describe('The id of another task in this plan.'))
      .max(PLAN_LIMITS.dependencies)
      .describe('Ids of the tasks that must be done before this one starts; empty when it can start at once. No cycles.'),
    size: z.enum(TASK_SIZES).describe('Estimated size: xs (a few lines), s, m, l, xl (a large change across many files).'),
  })
  .describe('One unit of work that one implementer attempt can finish and verify.');

/** One task of a plan. */
export type PlanTask = z.infer<typeof planTaskSchema>;

/** zod schema of the whole answer of the planning model; sent to the model as its JSON schema. */
export const planDraftSchema = z
  .strictObject({
    summary: text(PLAN_LIMITS.summaryCharacters, 'The approach in a few sentences, for the reviewers who approve the plan.'),
    tasks: z
      .array(planTaskSchema)
      .min(1)
      .max(PLAN_LIMITS.tasks)
      .describe('The tasks, as a graph through dependsOn. Keep tasks independent where you can, so they can be done in parallel.'),
  })
  .describe('A plan: the approach and the graph of tasks that carry it out.');

/** What the planning model returns, after zod validation. */
export type PlanDraft = z.infer<typeof planDraftSchema>;

/** The schema name sent with the structured-output request. */
export const PLAN_SCHEMA_NAME = 'drydock_plan';
