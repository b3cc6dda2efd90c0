import { createCommandRunner } from '../../adapters/command-runner.js';
import { createModelClient } from '../../adapters/model-client-openai.js';
import { runAgentLoop } from '../../core/agent/loop.js';
import { buildResumeLog, type ResumeLog } from '../../core/agent/resume-log.js';
import { DEFAULT_TOOL_SET, toolSetRegistry } from '../../core/agent/tool-sets.js';
import { modelRouteFor } from '../../core/config/model-route.js';
import { errorMessage } from '../../core/errors.js';
import { verifyJournal, type JournalLine } from '../../core/journal/verify.js';
import { withJournal } from '../../core/model/journaled-client.js';
import { resolveModelCredentials } from '../../core/model/model-endpoint.js';
import { withRetries } from '../../core/model/retry.js';
import { ModelRouter } from '../../core/model/router.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import type { StageAgentDependencies, StageAgentRunner } from './stage-agent.js';

/**
 * The agent runtime as a stage sees it: one call per loop. The model stack is routed per stage
 * (main model, then fallbacks), retried with backoff, journaled per attempt and charged to the
 * budget; tools run under the stage identity's policy on the guarded workspace; a re-run resumes
 * each loop from the earlier attempt's journal, serving recorded answers and never repeating a
 * completed side effect. Credentials are resolved on the first loop, so a stage that runs none
 * needs none.
 */
export function createStageAgentRuntime(dependencies: StageAgentDependencies): StageAgentRunner {
  let model: ModelClient | undefined;
  let modelName: string | undefined;
  let earlierEvents: ReturnType<typeof verifiedEvents> | undefined;
  const commands = createCommandRunner({ workspace: dependencies.workspace, clock: dependencies.clock });

  return async (request) => {
    if (model === undefined) {
      const route = modelRouteFor(dependencies.config.models, dependencies.stage);
      const credentials = resolveModelCredentials(dependencies.environment, dependencies.credentials);
      const createClient = dependencies.createClient ?? createModelClient;
      const router = new ModelRouter({
        route,
        clientFor: () =>
          withRetries(
            withJournal(createClient(route, credentials), {
              journal: dependencies.journal,
              clock: dependencies.clock,
              budget: dependencies.budget,
              prices: dependencies.config.prices,
            }),
            {
              clock: dependencies.clock,
              onAttempt: (event) => dependencies.io.info(`Model call failed (attempt ${event.attempt}); retrying in ${Math.round(event.delayMs)} ms.`),
            },
          ),
        onFallback: (event) =>
          dependencies.journal.append('model-fallback', { from: event.from, to: event.to, reason: errorMessage(event.error).split('\n')[0] ?? '' }),
      });
      model = router.asClient();
      modelName = route.model;
    }
    const loopName = request.loopName ?? 'agent';
    let resume: ResumeLog | undefined;
    if (dependencies.earlierJournal !== undefined) {
      earlierEvents ??= verifiedEvents(dependencies.earlierJournal);
      resume = buildResumeLog(earlierEvents, { stage: dependencies.stage, loop: loopName });
    }
    const toolSet = request.toolSet ?? DEFAULT_TOOL_SET;
    return runAgentLoop({
      model,
      modelName: modelName!,
      tools: toolSetRegistry(toolSet),
      toolSet,
      toolContext: {
        identity: request.identity ?? dependencies.identity,
        policy: request.policy ?? dependencies.policy,
        workspace: dependencies.workspace,
        commands,
        clock: dependencies.clock,
      },
      journal: dependencies.journal,
      budget: dependencies.budget,
      clock: dependencies.clock,
      identity: request.identity ?? dependencies.identity,
      systemPrompt: request.systemPrompt,
      task: request.task,
      maxTurns: request.maxTurns ?? 40,
      wallTimeMs: request.wallTimeMs ?? 30 * 60 * 1000,
      contextWindowTokens: request.contextWindowTokens ?? 128_000,
      maxToolErrors: request.maxToolErrors ?? 3,
      loopName,
      prices: dependencies.config.prices,
      ...(resume === undefined ? {} : { resume }),
    });
  };
}

/** The earlier attempt's events; it was verified on load, so a failure here is a bug, not input. */
function verifiedEvents(lines: readonly JournalLine[]) {
  const verification = verifyJournal(lines);
  if (!verification.ok) throw new Error(`the earlier attempt's journal no longer verifies: ${verification.firstBad.message}`);
  return verification.events;
}
