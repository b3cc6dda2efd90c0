import { IntegrityError } from '../errors.js';
import { promptDigest } from '../model/prompt-digest.js';
import type { ModelClient, ModelRequest, ModelResponse } from '../ports/model-client.js';
import type { RecordedModelAnswer } from './resume-log.js';

/** Where a replay first asked something the recording does not hold. */
export interface ReplayMismatch {
  /** 0-based position of the model call in the recording. */
  callIndex: number;
  /** The recorded prompt digest at that position, or undefined when the recording had ended. */
  expectedPromptDigest: string | undefined;
  /** The digest of what the replay asked. */
  actualPromptDigest: string;
}

/** A replay asked the model something other than what was recorded. */
export class ReplayMismatchError extends IntegrityError {
  /** Where and how. */
  readonly mismatch: ReplayMismatch;

  constructor(mismatch: ReplayMismatch) {
    const what =
      mismatch.expectedPromptDigest === undefined
        ? `the recording holds only ${mismatch.callIndex} model answers`
        : `the recorded prompt was ${mismatch.expectedPromptDigest}`;
    super(`Replay asked model call ${mismatch.callIndex + 1} with prompt ${mismatch.actualPromptDigest}, but ${what}`, {
      ...(mismatch.expectedPromptDigest === undefined ? {} : { expected: mismatch.expectedPromptDigest }),
      actual: mismatch.actualPromptDigest,
    });
    this.mismatch = mismatch;
  }
}

/**
 * A model client that answers from a recording, strictly: each request must have the prompt
 * digest recorded next, or it fails with a {@link ReplayMismatchError} and remembers the first
 * mismatch. It never talks to a model.
 */
export class ReplayModelClient implements ModelClient {
  readonly provider = 'replay';
  readonly #answers: readonly RecordedModelAnswer[];
  #next = 0;
  #firstMismatch: ReplayMismatch | undefined;

  constructor(answers: readonly RecordedModelAnswer[]) {
    this.#answers = answers;
  }

  /** Answers served so far. */
  get served(): number {
    return this.#next;
  }

  /** Answers recorded but not asked for (yet). */
  get remaining(): number {
    return this.#answers.length - this.#next;
  }

  /** The first request that did not match, if any. */
  get firstMismatch(): ReplayMismatch | undefined {
    return this.#firstMismatch;
  }

  async complete(request: ModelRequest): Promise<ModelResponse> {
    const digest = promptDigest(request);
    const answer = this.#answers[this.#next];
    if (this.#firstMismatch !== undefined || answer === undefined || answer.promptDigest !== digest) {
      this.#firstMismatch ??= { callIndex: this.#next, expectedPromptDigest: answer?.promptDigest, actualPromptDigest: digest };
      throw new ReplayMismatchError(this.#firstMismatch);
    }
    this.#next += 1;
    return answer.response;
  }
}
