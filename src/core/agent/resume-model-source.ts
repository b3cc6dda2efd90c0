import type { ModelCallRecord } from '../model/prompt-digest.js';
import { promptDigest } from '../model/prompt-digest.js';
import type { ModelClient, ModelRequest, ModelResponse } from '../ports/model-client.js';
import type { LoopJournal } from './loop-types.js';
import type { RecordedModelAnswer, ResumeLog } from './resume-log.js';

/**
 * Where a resumed loop gets its answers: from the earlier attempt's record while each prompt is
 * the one recorded next, then from the live model. The first prompt that differs, or the end of
 * the record, switches to live for good, and the switch is journaled as a `decision`.
 */
export class ResumingModelSource {
  readonly #model: ModelClient;
  readonly #journal: LoopJournal;
  readonly #answers: readonly RecordedModelAnswer[];
  #cursor = 0;
  #replaying: boolean;

  constructor(model: ModelClient, journal: LoopJournal, resume: ResumeLog | undefined) {
    this.#model = model;
    this.#journal = journal;
    this.#answers = resume?.answers ?? [];
    this.#replaying = this.#answers.length > 0;
  }

  /** Whether the conversation so far is exactly the recorded one (answers are still being served). */
  get replaying(): boolean {
    return this.#replaying;
  }

  /** Answers served from the record so far. */
  get served(): number {
    return this.#cursor;
  }

  /** The answer to `request`, from the record or the model, and the recorded model-call it came from. */
  async complete(request: ModelRequest, turn: number, signal?: AbortSignal): Promise<{ response: ModelResponse; replayed?: RecordedModelAnswer }> {
    if (this.#replaying) {
      const digest = promptDigest(request);
      const next = this.#answers[this.#cursor];
      if (next !== undefined && next.promptDigest === digest) {
        this.#cursor += 1;
        const { usage: _usage, costUsd: _costUsd, replayedFrom: _replayedFrom, ...record } = next.record;
        // Nothing was spent this time: usage and cost stay on the original event, so totals do not count them twice.
        const served: ModelCallRecord = { ...record, latencyMs: 0, attempt: 1, replayedFrom: next.origin };
        this.#journal.append('model-call', served as unknown as Record<string, unknown>);
        return { response: next.response, replayed: next };
      }
      this.#replaying = false;
      this.#journal.append(
        'decision',
        next === undefined
          ? { decision: 'resume-complete', reason: `served all ${this.#cursor} recorded model answers; continuing with the live model`, turn }
          : {
              decision: 'resume-diverge',
              reason: `the prompt of turn ${turn} differs from the recorded one; continuing with the live model`,
              turn,
              expectedPromptDigest: next.promptDigest,
              actualPromptDigest: digest,
            },
      );
    }
    return { response: await this.#model.complete(request, signal === undefined ? {} : { signal }) };
  }
}
