import { DrydockError } from '../errors.js';
import type { ModelMessage } from '../ports/model-client.js';
import { estimateMessageTokens } from './token-estimate.js';

/**
 * The conversation an agent loop sends, kept inside the model's context window. The system prompt
 * and the task always stay; after them come turns, each an assistant message with everything that
 * answers it (tool results, runtime notes). When the estimate passes the high-water mark the oldest
 * complete turns are dropped until it is under the low-water mark, and one note in their place
 * says what was dropped. An assistant message is never separated from its tool results: providers
 * reject a tool result whose call is missing.
 *
 * Trimming to a low-water mark rather than just under the limit means it happens once in a while,
 * not on every turn, which also keeps providers' prompt caches useful.
 */

/** Options of a {@link ConversationContext}. */
export interface ConversationContextOptions {
  /** The model's context window, in tokens. */
  windowTokens: number;
  /** Tokens every request spends besides the messages (tool definitions). */
  fixedTokens?: number;
  /** Share of the window past which turns are dropped (default 0.75; the rest is room for the answer). */
  highWater?: number;
  /** Share of the window trimming brings the estimate down to (default 0.5). */
  lowWater?: number;
}

/** What one trim dropped; the loop journals it as `context-trim`. */
export interface ContextTrim {
  /** First and last turn dropped by this trim. */
  droppedTurns: { from: number; to: number };
  /** Messages dropped by this trim. */
  droppedMessages: number;
  /** Tool calls in the dropped turns, by tool name. */
  droppedToolCalls: Record<string, number>;
  /** Estimated tokens of the request before the trim. */
  tokensBefore: number;
  /** Estimated tokens of the request after it. */
  tokensAfter: number;
  /** The model's context window, in tokens. */
  windowTokens: number;
  /** The estimate past which turns are dropped. */
  highWaterTokens: number;
  /** The estimate a trim brings the request down to (or as near as keeping the last turn allows). */
  lowWaterTokens: number;
}

interface Turn {
  turn: number;
  messages: ModelMessage[];
  tokens: number;
}

/** Keeps system prompt, task, an optional trim note and the turns, with running token estimates. */
export class ConversationContext {
  readonly #head: readonly ModelMessage[];
  readonly #headTokens: number;
  readonly #turns: Turn[] = [];
  readonly #highWaterTokens: number;
  readonly #lowWaterTokens: number;
  readonly #windowTokens: number;
  readonly #droppedToolCalls = new Map<string, number>();
  #turnTokens = 0;
  #lastDroppedTurn = 0;
  #note: ModelMessage | undefined;
  #noteTokens = 0;

  constructor(systemPrompt: string, task: string, options: ConversationContextOptions) {
    const high = options.highWater ?? 0.75;
    const low = options.lowWater ?? 0.5;
    if (!(options.windowTokens > 0) || !(low > 0 && low <= high && high <= 1)) {
      throw new DrydockError(`context window needs windowTokens > 0 and 0 < lowWater <= highWater <= 1, got ${options.windowTokens}, ${low}, ${high}`);
    }
    this.#head = [
      { role: 'system', content: systemPrompt },
      { role: 'user', content: task },
    ];
    this.#headTokens = (options.fixedTokens ?? 0) + this.#head.reduce((sum, message) => sum + estimateMessageTokens(message), 0);
    this.#windowTokens = options.windowTokens;
    this.#highWaterTokens = Math.floor(options.windowTokens * high);
    this.#lowWaterTokens = Math.floor(options.windowTokens * low);
  }

  /** Estimated tokens of the next request. */
  get estimatedTokens(): number {
    return this.#headTokens + this.#noteTokens + this.#turnTokens;
  }

  /** Starts turn `turn` with the model's answer. */
  addAssistant(turn: number, message: Extract<ModelMessage, { role: 'assistant' }>): void {
    const tokens = estimateMessageTokens(message);
    this.#turns.push({ turn, messages: [message], tokens });
    this.#turnTokens += tokens;
  }

  /** Adds a message that answers the current turn's assistant message (a tool result or a runtime note). */
  addToTurn(message: ModelMessage): void {
    const current = this.#turns[this.#turns.length - 1];
    if (current === undefined) throw new DrydockError('a tool result or note needs an assistant message before it');
    const tokens = estimateMessageTokens(message);
    current.messages.push(message);
    current.tokens += tokens;
    this.#turnTokens += tokens;
  }

  /** The messages to send, in order. A new array; the messages themselves are shared. */
  messages(): ModelMessage[] {
    const messages: ModelMessage[] = [...this.#head];
    if (this.#note !== undefined) messages.push(this.#note);
    for (const turn of this.#turns) messages.push(...turn.messages);
    return messages;
  }

  /** Drops the oldest turns when the estimate is past the high-water mark; the last turn always stays. */
  trim(): ContextTrim | undefined {
    const tokensBefore = this.estimatedTokens;
    if (tokensBefore <= this.#highWaterTokens || this.#turns.length <= 1) return undefined;
    let droppedMessages = 0;
    const droppedToolCalls: Record<string, number> = {};
    const from = this.#turns[0]!.turn;
    let to = from;
    while (this.#turns.length > 1 && this.#headTokens + this.#turnTokens + this.#noteTokens > this.#lowWaterTokens) {
      const dropped = this.#turns.shift()!;
      this.#turnTokens -= dropped.tokens;
      droppedMessages += dropped.messages.length;
      to = dropped.turn;
      for (const message of dropped.messages) {
        if (message.role !== 'assistant') continue;
        for (const call of message.toolCalls ?? []) {
          droppedToolCalls[call.name] = (droppedToolCalls[call.name] ?? 0) + 1;
          this.#droppedToolCalls.set(call.name, (this.#droppedToolCalls.get(call.name) ?? 0) + 1);
        }
      }
      // The note's own size changes as it is rewritten; re-estimate inside the loop so the mark holds.
      this.#lastDroppedTurn = to;
      this.#setNote();
    }
    return {
      droppedTurns: { from, to },
      droppedMessages,
      droppedToolCalls,
      tokensBefore,
      tokensAfter: this.estimatedTokens,
      windowTokens: this.#windowTokens,
      highWaterTokens: this.#highWaterTokens,
      lowWaterTokens: this.#lowWaterTokens,
    };
  }

  #setNote(): void {
    const calls = [...this.#droppedToolCalls].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    const total = calls.reduce((sum, [, count]) => sum + count, 0);
    const listed = calls.map(([name, count]) => `${name} ×${count}`).join(', ');
    this.#note = {
      role: 'user',
      content:
        `[Note from the Drydock runtime: turns 1–${this.#lastDroppedTurn} were removed to fit the context window. ` +
        `They made ${total} tool call${total === 1 ? '' : 's'}${total === 0 ? '' : ` (${listed})`}. ` +
        'What they changed in the workspace is still there; call the tools again if you need something they showed.]',
    };
    this.#noteTokens = estimateMessageTokens(this.#note);
  }
}
