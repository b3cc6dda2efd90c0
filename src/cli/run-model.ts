import { readJournalFile } from '../adapters/journal-file.js';
import { ReplayModelClient } from '../core/agent/replay-model-client.js';
import { buildResumeLog, type RecordedModelAnswer } from '../core/agent/resume-log.js';
import { InputError } from '../core/errors.js';
import type { JournalEvent } from '../core/journal/event.js';
import { verifyJournal } from '../core/journal/verify.js';
import { readFile } from 'node:fs/promises';
import { parseModelScript, scriptedAnswerCount, ScriptedModelClient, type ModelScript } from '../core/model/model-script.js';
import type { ModelClient } from '../core/ports/model-client.js';

/** Where the pipeline's model answers come from, and what to tell the user about it. */
export type PipelineModel =
  | { kind: 'live'; description: string; baseUrl: string | undefined }
  | { kind: 'recorded' | 'scripted'; description: string; clientFor(stage: string): ModelClient }
  | { kind: 'none'; description: string };

/** Answers a stage recorded in a journal, loop by loop in the order the loops started. */
function recordedAnswers(events: readonly JournalEvent[], stage: string): RecordedModelAnswer[] {
  const loops = [...new Set(events.filter((event) => event.kind === 'agent-start' && event.stage === stage).map((event) => String(event.data.loop ?? 'agent')))];
  return loops.flatMap((loop) => buildResumeLog(events, { stage, loop }).answers);
}

/**
 * Chooses the model: a live OpenAI-compatible endpoint when `--base-url` or OPENAI_API_KEY is
 * given; the answers recorded in a journal with `--replay`, or written in a script with
 * `--script`; otherwise none, and a stage that
 * needs one stops and says what to set.
 */
export async function choosePipelineModel(options: { baseUrl?: string; replay?: string; script?: string; environment: NodeJS.ProcessEnv }): Promise<PipelineModel> {
  const chosen = [options.baseUrl === undefined ? undefined : '--base-url', options.replay === undefined ? undefined : '--replay', options.script === undefined ? undefined : '--script'].filter((flag) => flag !== undefined);
  if (chosen.length > 1) throw new InputError(`${chosen.join(' and ')} each choose the model; give one of them.`, { where: chosen[0]! });
  if (options.script !== undefined) {
    let text: string;
    try {
      text = await readFile(options.script, 'utf8');
    } catch (error) {
      throw new InputError(`--script ${options.script} cannot be read: ${(error as Error).message}`, { where: options.script });
    }
    const script: ModelScript = parseModelScript(text, options.script);
    const count = scriptedAnswerCount(script);
    const clients = new Map<string, ScriptedModelClient>();
    return {
      kind: 'scripted',
      description: `SCRIPTED model answers from ${options.script} (${count} answer${count === 1 ? '' : 's'}); no model is contacted. For a live model, pass --base-url URL or set OPENAI_API_KEY.`,
      clientFor: (stage) => {
        let client = clients.get(stage);
        if (client === undefined) {
          client = new ScriptedModelClient(script, stage as keyof ModelScript['stages']);
          clients.set(stage, client);
        }
        return client;
      },
    };
  }
  if (options.replay !== undefined) {
    const verification = verifyJournal(await readJournalFile(options.replay));
    if (!verification.ok) throw new InputError(`--replay ${options.replay}: the journal does not verify (${verification.firstBad.message}).`, { where: options.replay });
    const events = verification.events;
    const count = events.filter((event) => event.kind === 'model-call').length;
    const clients = new Map<string, ReplayModelClient>();
    return {
      kind: 'recorded',
      description: `RECORDED model answers from ${options.replay} (${count} model call${count === 1 ? '' : 's'}); no model is contacted. For a live model, pass --base-url URL or set OPENAI_API_KEY.`,
      // One client per stage, so every loop of the stage draws from the same recording in order.
      clientFor: (stage) => {
        let client = clients.get(stage);
        if (client === undefined) {
          client = new ReplayModelClient(recordedAnswers(events, stage));
          clients.set(stage, client);
        }
        return client;
      },
    };
  }
  if (options.baseUrl !== undefined) {
    return { kind: 'live', description: `LIVE model: the OpenAI-compatible endpoint at ${options.baseUrl}${options.environment.OPENAI_API_KEY ? ' with OPENAI_API_KEY' : ' without a key'}.`, baseUrl: options.baseUrl };
  }
  if (options.environment.OPENAI_API_KEY) {
    const url = options.environment.OPENAI_BASE_URL || 'https://api.openai.com/v1';
    return { kind: 'live', description: `LIVE model: ${url} with OPENAI_API_KEY (model names from .github/drydock.yml).`, baseUrl: undefined };
  }
  return {
    kind: 'none',
    description: 'NO model configured: a stage that asks a model stops and says so. Pass --base-url URL (any OpenAI-compatible server), set OPENAI_API_KEY, --replay JOURNAL for recorded answers or --script FILE for scripted ones.',
  };
}
