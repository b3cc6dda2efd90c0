import { z } from 'zod';
import type { JournalEvent } from '../journal/event.js';
import type { ModelCallRecord } from '../model/prompt-digest.js';
import type { ModelResponse } from '../ports/model-client.js';
import { toolCallDataSchema, toolStartDataSchema, type ToolCallData } from './agent-events.js';
import { LOOP_DEFAULTS } from './loop-types.js';

/**
 * What an earlier attempt of a loop recorded, read back from the journal: the model's answers in
 * the order they were given, and the completed tool calls by key. A resumed loop serves answers
 * from it while its prompts match, and never runs a recorded side effect twice.
 */

/** Where a recorded event is in the journal. */
export interface RecordOrigin {
  /** The run of the event. */
  runId: string;
  /** The event's seq. */
  seq: number;
}

/** One model answer as recorded. */
export interface RecordedModelAnswer {
  /** The prompt digest the answer belongs to. */
  promptDigest: string;
  /** The answer, as the model client returned it. */
  response: ModelResponse;
  /** The `model-call` data as recorded (messages, usage, cost), to journal again when served. */
  record: ModelCallRecord;
  /** The event that first recorded it (a served answer points back to the original). */
  origin: RecordOrigin;
}

/** One completed tool call as recorded. */
export interface RecordedToolCall extends ToolCallData {
  /** The event that first recorded it. */
  origin: RecordOrigin;
}

/** An earlier attempt's record of one loop. */
export interface ResumeLog {
  /** The loop it belongs to. */
  loop: string;
  /** Successful model answers, in the order the loop received them. */
  answers: readonly RecordedModelAnswer[];
  /** Completed tool calls by call key. */
  toolCalls: ReadonlyMap<string, RecordedToolCall>;
  /** Keys of side-effecting calls that started (`tool-start`) but have no record of completing. */
  interrupted: ReadonlySet<string>;
}

/** Options of {@link buildResumeLog}. */
export interface ResumeLogOptions {
  /** The stage whose events to read. */
  stage: string;
  /** The loop name (default `agent`). */
  loop?: string;
}

const modelCallSchema = z.looseObject({
  promptDigest: z.string(),
  response: z.object({
    model: z.string(),
    content: z.string().nullable(),
    toolCalls: z.array(z.object({ id: z.string(), name: z.string(), arguments: z.string() })),
    finishReason: z.string(),
  }),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number(), cachedInputTokens: z.number().optional() }).optional(),
  replayedFrom: z.object({ runId: z.string(), seq: z.number() }).optional(),
  error: z.unknown().optional(),
});

/**
 * Reads the record of one loop from a run's journal (every attempt, in order). Each attempt's
 * events for the loop lie between its `agent-start` and `agent-end` (or the end of the journal,
 * when it was killed). A later attempt re-journals the answers it served (with `replayedFrom`)
 * and then continues live; a live answer at position n replaces whatever an earlier attempt had
 * from n on, because from there the earlier conversation is no longer the one being had.
 */
export function buildResumeLog(events: readonly JournalEvent[], options: ResumeLogOptions): ResumeLog {
  const loop = options.loop ?? LOOP_DEFAULTS.loopName;
  const answers: RecordedModelAnswer[] = [];
  const toolCalls = new Map<string, RecordedToolCall>();
  const started = new Set<string>();
  let active = false;
  let cursor = 0;
  for (const event of events) {
    if (event.stage !== options.stage) continue;
    switch (event.kind) {
      case 'stage-start':
      case 'journal-continue':
        if (event.kind === 'stage-start' || event.data.reason === 'resume') active = false;
        break;
      case 'agent-start':
        active = event.data.loop === loop;
        cursor = 0;
        break;
      case 'agent-end':
        if (event.data.loop === loop) active = false;
        break;
      case 'model-call': {
        if (!active) break;
        const parsed = modelCallSchema.safeParse(event.data);
        if (!parsed.success || parsed.data.error !== undefined) break;
        if (parsed.data.replayedFrom !== undefined && answers[cursor]?.promptDigest === parsed.data.promptDigest) {
          cursor += 1;
          break;
        }
        answers.length = Math.min(answers.length, cursor);
        const { response, usage } = parsed.data;
        answers.push({
          promptDigest: parsed.data.promptDigest,
          response: { ...response, usage: usage ?? { inputTokens: 0, outputTokens: 0 } },
          record: event.data as unknown as ModelCallRecord,
          origin: parsed.data.replayedFrom ?? { runId: event.runId, seq: event.seq },
        });
        cursor += 1;
        break;
      }
      case 'tool-start': {
        const parsed = active ? toolStartDataSchema.safeParse(event.data) : undefined;
        if (parsed?.success === true) started.add(parsed.data.idempotencyKey);
        break;
      }
      case 'tool-call': {
        const parsed = active ? toolCallDataSchema.safeParse(event.data) : undefined;
        if (parsed?.success !== true) break;
        started.delete(parsed.data.callKey);
        if (!toolCalls.has(parsed.data.callKey)) {
          toolCalls.set(parsed.data.callKey, { ...parsed.data, origin: parsed.data.replayedFrom ?? { runId: event.runId, seq: event.seq } });
        }
        break;
      }
      default:
        break;
    }
  }
  return { loop, answers, toolCalls, interrupted: started };
}
