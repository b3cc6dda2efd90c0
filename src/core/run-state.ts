import { z } from 'zod';
import { digestOf } from './canonical-json.js';
import { InputError, IntegrityError } from './errors.js';
import { STAGE_NAMES, type StageName } from './config/stage-names.js';

/**
 * The run-state document: what one stage hands to the next. Versioned and validated; its digest
 * (sha256 of canonical JSON) is what gates approve and what the next stage checks.
 */

/** The schema version this build writes and reads. */
export const RUN_STATE_SCHEMA_VERSION = 1;

export { STAGE_NAMES, type StageName } from './config/stage-names.js';
export { IDENTITY_OF_STAGE as STAGE_IDENTITIES } from './policy/identity-names.js';

const sha256Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex digits>');

export const triggerSchema = z
  .strictObject({
    eventName: z.string().min(1).describe('GitHub event that started the run (issues, workflow_dispatch, …) or `local`.'),
    actor: z.string().min(1).describe('Login of the user or app that triggered the run.'),
    repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'expected owner/name').describe('owner/name.'),
    sha: z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'expected a full commit SHA').describe('Commit the run started from.'),
    ref: z.string().optional().describe('Git ref of the triggering event.'),
    runId: z.string().min(1).describe('Workflow run id (or a local run id).'),
    attempt: z.number().int().positive().describe('Workflow run attempt, 1 for the first.'),
  })
  .describe('What started the run.');
export type Trigger = z.infer<typeof triggerSchema>;

export const goalSchema = z
  .strictObject({
    text: z.string().optional().describe('Goal text, when given directly.'),
    issue: z
      .strictObject({
        number: z.number().int().positive(),
        title: z.string().optional(),
        url: z.string().optional(),
      })
      .optional()
      .describe('The issue the goal comes from.'),
  })
  .describe('What the run is for.');
export type Goal = z.infer<typeof goalSchema>;

export const usageSchema = z
  .strictObject({
    inputTokens: z.number().int().nonnegative().describe('Input tokens, cached ones included.'),
    outputTokens: z.number().int().nonnegative(),
    cachedInputTokens: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative().describe('inputTokens + outputTokens.'),
    costUsd: z.number().nonnegative().describe('A lower bound when unpricedModels is not empty.'),
    unpricedModels: z.array(z.string()).describe('Models used that have no price.'),
    turns: z.number().int().nonnegative(),
    wallTimeSeconds: z.number().nonnegative(),
  })
  .describe('What a stage used (the budget tracker’s usage).');
export type Usage = z.infer<typeof usageSchema>;

export const STAGE_STATUSES = ['running', 'succeeded', 'failed', 'stopped'] as const;

export const stageSectionSchema = z
  .strictObject({
    status: z.enum(STAGE_STATUSES).describe('`stopped` means a budget or a gate ended it cleanly.'),
    attempt: z.number().int().positive().describe('Workflow run attempt that wrote this section.'),
    identity: z.string().describe('Agent identity the stage acted as.'),
    startedAt: z.string().describe('ISO time.'),
    endedAt: z.string().optional().describe('ISO time.'),
    message: z.string().optional().describe('Why it failed or stopped.'),
    usage: usageSchema,
    journal: z
      .strictObject({
        artifact: z.string().describe('Artifact holding the journal.'),
        events: z.number().int().nonnegative(),
        head: sha256Digest.describe('Hash of the last event the stage wrote.'),
      })
      .optional(),
    outputs: z.record(z.string(), z.string()).describe('Job outputs the stage set.'),
    result: z.record(z.string(), z.unknown()).optional().describe('Stage-specific result (plan, verdict, decision, …).'),
  })
  .describe('One stage’s part of the run.');
export type StageSection = z.infer<typeof stageSectionSchema>;

export const runStateSchema = z.strictObject({
  schemaVersion: z.literal(RUN_STATE_SCHEMA_VERSION),
  runId: z.string().min(1),
  trigger: triggerSchema,
  goal: goalSchema,
  stages: z.strictObject({
    plan: stageSectionSchema.optional(),
    implement: stageSectionSchema.optional(),
    'test-triage': stageSectionSchema.optional(),
    'canary-deploy': stageSectionSchema.optional(),
  }),
});
export type RunState = z.infer<typeof runStateSchema>;

/** Digest of a run state: `sha256:` + hex sha256 of its canonical JSON. */
export function runStateDigest(state: RunState): string {
  return digestOf(state);
}

/** Starts a run state for a run that has none yet. */
export function createRunState(trigger: Trigger, goal: Goal): RunState {
  return runStateSchema.parse({
    schemaVersion: RUN_STATE_SCHEMA_VERSION,
    runId: `${trigger.repository}#${trigger.runId}`,
    trigger,
    goal,
    stages: {},
  });
}

export interface LoadRunStateOptions {
  /** Where the text came from, for messages (`artifact drydock-plan-attempt-1/state.json`). */
  source: string;
  /** The digest the caller expects (from a gate-approved output); a mismatch is an error. */
  expectedDigest?: string;
}

/** A loaded state and its digest. */
export interface LoadedRunState {
  state: RunState;
  digest: string;
}

/**
 * Parses and checks a run state. Fails, naming the source, on malformed JSON, an unknown schema
 * version (naming the version found and the one supported), a shape that does not validate, or a
 * digest other than the one expected (naming both).
 */
export function loadRunState(text: string, options: LoadRunStateOptions): LoadedRunState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Run state in ${options.source} is not valid JSON: ${(error as Error).message}`, {
      where: options.source,
      cause: error,
    });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(`Run state in ${options.source} must be a JSON object.`, { where: options.source });
  }
  const version = (parsed as { schemaVersion?: unknown }).schemaVersion;
  if (version !== RUN_STATE_SCHEMA_VERSION) {
    throw new IntegrityError(
      `Run state in ${options.source} has schemaVersion ${JSON.stringify(version)}; this Drydock reads schemaVersion ${RUN_STATE_SCHEMA_VERSION}. Use the same Drydock version for every stage of a run.`,
      { expected: String(RUN_STATE_SCHEMA_VERSION), actual: JSON.stringify(version) },
    );
  }
  const result = runStateSchema.safeParse(parsed);
  if (!result.success) {
    throw new InputError(`Run state in ${options.source} is invalid:\n${z.prettifyError(result.error)}`, {
      where: options.source,
    });
  }
  const digest = runStateDigest(result.data);
  if (options.expectedDigest !== undefined && options.expectedDigest !== digest) {
    throw new IntegrityError(
      `Run state in ${options.source} has digest ${digest}, but ${options.expectedDigest} was expected. The state changed after it was approved; it will not be used.`,
      { expected: options.expectedDigest, actual: digest },
    );
  }
  return { state: result.data, digest };
}

/** Serializes a state for storage: pretty JSON with a trailing newline (the digest does not depend on layout). */
export function serializeRunState(state: RunState): string {
  return `${JSON.stringify(runStateSchema.parse(state), null, 2)}\n`;
}

/** Returns a copy of the state with one stage's section replaced. */
export function withStageSection(state: RunState, stage: StageName, section: StageSection): RunState {
  return { ...state, stages: { ...state.stages, [stage]: stageSectionSchema.parse(section) } };
}

/** The stage that runs before this one in the standard pipeline, if any. */
export function previousStage(stage: StageName): StageName | undefined {
  const index = STAGE_NAMES.indexOf(stage);
  return index > 0 ? STAGE_NAMES[index - 1] : undefined;
}
