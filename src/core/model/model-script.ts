import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ModelClient, ModelRequest, ModelResponse } from '../ports/model-client.js';

/**
 * A model script: the answers a scripted session gives, per stage, in order. For offline runs and
 * demos of `drydock run --script FILE`; no model is contacted.
 *
 * ```json
 * { "stages": { "plan": [ { "toolCalls": [ { "name": "finish", "arguments": { "summary": "…" } } ] } ] } }
 * ```
 */
const answerSchema = z.strictObject({
  content: z.string().optional().describe('Text of the answer.'),
  toolCalls: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        arguments: z.union([z.string(), z.record(z.string(), z.unknown())]).describe('JSON arguments, as an object or raw text.'),
      }),
    )
    .optional(),
});

export const modelScriptSchema = z.strictObject({
  stages: z.partialRecord(z.enum(['plan', 'implement', 'test-triage', 'canary-deploy']), z.array(answerSchema)),
});

export type ModelScript = z.infer<typeof modelScriptSchema>;

/** Parses a script's JSON text; errors name the file and the key path. */
export function parseModelScript(text: string, source: string): ModelScript {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Model script ${source} is not valid JSON: ${(error as Error).message}`, { where: source });
  }
  const result = modelScriptSchema.safeParse(parsed);
  if (!result.success) throw new InputError(`Model script ${source} is invalid:\n${z.prettifyError(result.error)}`, { where: source });
  return result.data;
}

/** Total answers in a script. */
export function scriptedAnswerCount(script: ModelScript): number {
  return Object.values(script.stages).reduce((total, answers) => total + (answers?.length ?? 0), 0);
}

/** A client that gives one stage's scripted answers in order and fails, saying so, when they run out. */
export class ScriptedModelClient implements ModelClient {
  readonly provider = 'scripted';
  readonly #stage: string;
  readonly #answers: ModelScript['stages'][keyof ModelScript['stages']];
  #next = 0;

  constructor(script: ModelScript, stage: keyof ModelScript['stages']) {
    this.#stage = stage;
    this.#answers = script.stages[stage] ?? [];
  }

  /** Answers given so far. */
  get served(): number {
    return this.#next;
  }

  async complete(request: ModelRequest): Promise<ModelResponse> {
    const answer = this.#answers?.[this.#next];
    if (answer === undefined) {
      throw new InputError(`The model script has ${this.#answers?.length ?? 0} answer(s) for stage ${this.#stage}, and the stage asked for answer ${this.#next + 1}.`, { where: this.#stage });
    }
    this.#next += 1;
    const toolCalls = (answer.toolCalls ?? []).map((call, index) => ({
      id: `scripted_${this.#stage}_${this.#next}_${index + 1}`,
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    }));
    return {
      model: request.model,
      content: answer.content ?? null,
      toolCalls,
      finishReason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
      usage: { inputTokens: 0, outputTokens: 0 },
    };
  }
}
