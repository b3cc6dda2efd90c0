import { z } from 'zod';
import { DrydockError, ModelBehaviourError } from '../errors.js';
import type { ModelCallOptions, ModelClient, ModelMessage, ModelRequest, ModelResponse } from '../ports/model-client.js';
import { modelJsonSchema } from './model-json-schema.js';

/** What to ask for a structured answer. */
export interface StructuredRequest<Schema extends z.ZodType> {
  /** The client to ask (retries and journaling under it; every repair turn is a call too). */
  client: ModelClient;
  /** The question; its `responseSchema` is set from `schema`. */
  request: Omit<ModelRequest, 'responseSchema'>;
  /** What the answer must be; it is re-validated with it whatever the provider enforced. */
  schema: Schema;
  /** Name of the schema for the provider: letters, digits, `_` and `-`, at most 64. */
  schemaName: string;
  /** Further turns that show the model what was wrong; default 1. */
  repairTurns?: number;
  /** Force strict mode on or off; default: on when the schema allows it. */
  strict?: boolean;
  /** Passed to every call (an abort signal, say). */
  callOptions?: ModelCallOptions;
}

/** A validated answer. */
export interface StructuredResult<Value> {
  /** The answer, parsed by the schema (defaults applied, transforms run). */
  value: Value;
  /** The response that held the valid answer. */
  response: ModelResponse;
  /** Repair turns it took; 0 when the first answer was valid. */
  repairs: number;
}

/** One problem with an answer, zod's issues included as they are. */
export interface StructuredIssue {
  /** zod's issue code, or `invalid_json`, `no_content`, `refusal`. */
  code: string;
  /** What is wrong, for people and for the repair turn. */
  message: string;
  /** Where in the answer, for schema issues. */
  path: PropertyKey[];
}

const SCHEMA_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Asks for an answer that follows a zod schema. An answer that is not JSON or does not validate
 * gets at most `repairTurns` more turns showing the model zod's issues; after that the call fails
 * with a ModelBehaviourError carrying the issues of the last answer.
 */
export async function completeStructured<Schema extends z.ZodType>(options: StructuredRequest<Schema>): Promise<StructuredResult<z.output<Schema>>> {
  const { client, schema, schemaName } = options;
  const repairTurns = options.repairTurns ?? 1;
  if (!SCHEMA_NAME.test(schemaName)) throw new DrydockError(`structured output schema name '${schemaName}' must be 1-64 letters, digits, _ or -`);
  if (!Number.isInteger(repairTurns) || repairTurns < 0) throw new DrydockError(`repairTurns must be a whole number of at least 0, got ${repairTurns}`);
  const built = modelJsonSchema(schema);
  const responseSchema = { name: schemaName, schema: built.schema, strict: options.strict ?? built.strict };
  let messages: ModelMessage[] = [...options.request.messages];

  for (let turn = 0; ; turn += 1) {
    const response = await client.complete({ ...options.request, messages, responseSchema }, options.callOptions);
    const checked = check(response, schema);
    if (checked.ok) return { value: checked.value, response, repairs: turn };
    if (turn >= repairTurns) {
      throw new ModelBehaviourError(
        `Model ${response.model} gave an answer that does not follow the schema "${schemaName}"` +
          `${repairTurns > 0 ? ` after ${repairTurns} repair turn${repairTurns === 1 ? '' : 's'}` : ''}:\n${checked.text}`,
        { issues: checked.issues },
      );
    }
    messages = [
      ...messages,
      { role: 'assistant', content: response.content ?? '' },
      { role: 'user', content: repairPrompt(schemaName, checked.text) },
    ];
  }
}

type Checked<Value> = { ok: true; value: Value } | { ok: false; issues: StructuredIssue[]; text: string };

function check<Schema extends z.ZodType>(response: ModelResponse, schema: Schema): Checked<z.output<Schema>> {
  if (response.refusal !== undefined) return problem('refusal', `the model refused: ${response.refusal}`);
  if (response.content === null || response.content.trim() === '') {
    return problem('no_content', response.toolCalls.length > 0 ? 'the answer called tools instead of giving JSON' : 'the answer was empty');
  }
  let json: unknown;
  try {
    json = JSON.parse(response.content);
  } catch (error) {
    const cut = response.finishReason === 'length' ? ' (the answer was cut off at the output-token limit)' : '';
    return problem('invalid_json', `the answer is not valid JSON: ${(error as Error).message}${cut}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues as StructuredIssue[], text: z.prettifyError(parsed.error) };
}

function problem(code: string, message: string): { ok: false; issues: StructuredIssue[]; text: string } {
  return { ok: false, issues: [{ code, message, path: [] }], text: `✖ ${message}` };
}

function repairPrompt(schemaName: string, issues: string): string {
  return [
    `Your answer does not follow the JSON schema "${schemaName}":`,
    issues,
    'Answer again with only the corrected JSON, following the schema exactly.',
  ].join('\n');
}
