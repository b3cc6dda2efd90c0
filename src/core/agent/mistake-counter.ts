import type { ToolCallOutcome } from './tool.js';

/**
 * Counts the model's mistakes: denied, unknown, invalid or failed tool calls, and answers without
 * a tool call. The same mistake — same tool, status and reason — past the limit ends the loop:
 * a model that keeps doing it is not going to stop on its own.
 */

/** One mistake. */
export interface Mistake {
  /** The tool name the model used (`-` for an answer without a tool call). */
  tool: string;
  /** The call's status, or `no-tool-call`. */
  status: string;
  /** Why it failed, short: the deciding policy reason or the first line of the error. */
  reason: string;
}

/** Distinct mistakes remembered; the oldest is forgotten past this, so memory stays flat. */
const MAX_DISTINCT_MISTAKES = 256;

/** Longest reason kept, in characters. */
const MAX_REASON_LENGTH = 200;

/** The mistake a tool call outcome represents, or undefined for a successful call. */
export function mistakeOf(outcome: ToolCallOutcome): Mistake | undefined {
  if (outcome.status === 'ok') return undefined;
  const refusal = outcome.decisions.find((decision) => decision.decision !== 'allow');
  const reason = refusal?.reason ?? outcome.text.split('\n', 1)[0] ?? '';
  return { tool: outcome.name, status: outcome.status, reason: reason.slice(0, MAX_REASON_LENGTH) };
}

/** Counts mistakes by kind. */
export class MistakeCounter {
  readonly #counts = new Map<string, number>();

  /** Records a mistake and returns how often it has happened. */
  record(mistake: Mistake): number {
    const key = `${mistake.tool}\u0000${mistake.status}\u0000${mistake.reason}`;
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.delete(key);
    this.#counts.set(key, count);
    if (this.#counts.size > MAX_DISTINCT_MISTAKES) this.#counts.delete(this.#counts.keys().next().value!);
    return count;
  }
}
