import { createSystemClock } from '../../../../src/adapters/clock-system.js';
import { createCommandRunner } from '../../../../src/adapters/command-runner.js';
import { JournalFileSink } from '../../../../src/adapters/journal-file.js';
import { OpenAIModelClient } from '../../../../src/adapters/model-client-openai.js';
import { createFileWorkspace } from '../../../../src/adapters/workspace-fs.js';
import { runAgentLoop } from '../../../../src/core/agent/loop.js';
import type { AgentLoopOptions, AgentLoopResult } from '../../../../src/core/agent/loop-types.js';
import { DEFAULT_TOOL_SET, toolSetRegistry } from '../../../../src/core/agent/tool-sets.js';
import { BudgetTracker } from '../../../../src/core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../../../../src/core/budget/price-table.js';
import { defaultConfig } from '../../../../src/core/config/default-config.js';
import { loadConfig } from '../../../../src/core/config/load-config.js';
import { Journal } from '../../../../src/core/journal/journal.js';
import { withJournal } from '../../../../src/core/model/journaled-client.js';
import { createPolicy } from '../../../../src/core/policy/create-policy.js';
import { protectedPathRefusal } from '../../../../src/core/policy/protected-paths.js';

/** Options of {@link recordAgentRun}. */
export interface RecordRunOptions {
  /** The workspace the run changes. */
  workspaceRoot: string;
  /** Where the journal goes (must not exist). */
  journalPath: string;
  /** Base URL of the model server, already scripted. */
  modelUrl: string;
  /** Policy config text (`.github/drydock.yml`); the defaults when absent. */
  configText?: string;
  /** Loop options to change. */
  overrides?: Partial<AgentLoopOptions>;
}

/**
 * Records an agent run as a stage would: `stage-start`, the loop with the real openai SDK against
 * the model server and the real tools on the workspace, `stage-end`, all in a journal file.
 */
export async function recordAgentRun(options: RecordRunOptions): Promise<AgentLoopResult> {
  const clock = createSystemClock();
  const sink = await JournalFileSink.create({ path: options.journalPath });
  const journal = new Journal({ runId: 'run-42', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock });
  journal.append('stage-start', { stage: 'implement', identity: 'implementer', config: { path: '.github/drydock.yml', warnings: 0 } });
  const config = options.configText === undefined ? defaultConfig() : loadConfig(options.configText).config;
  const policy = createPolicy(config, {
    record: (identity, action, decision) => journal.append('policy-decision', { identity, action, decision: decision.decision, reason: decision.reason, rule: decision.rule }),
  });
  const workspace = await createFileWorkspace(options.workspaceRoot, { guard: (access, path) => protectedPathRefusal(path, access) });
  const budget = new BudgetTracker({ stage: 'implement', stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
  const endpoint = { provider: 'openai-compatible' as const, baseUrl: options.modelUrl, auth: { kind: 'none' as const }, maxTokensParameter: 'max_tokens' as const };
  try {
    const result = await runAgentLoop({
      model: withJournal(new OpenAIModelClient(endpoint), { journal, clock, budget }),
      modelName: 'gpt-4.1-mini',
      tools: toolSetRegistry(DEFAULT_TOOL_SET),
      toolSet: DEFAULT_TOOL_SET,
      toolContext: { identity: 'implementer', policy, workspace, commands: createCommandRunner({ workspace, clock }), clock },
      journal,
      budget,
      clock,
      identity: 'implementer',
      systemPrompt: 'You implement the task with the tools you have.',
      task: 'Rename the greeting.',
      maxTurns: 20,
      wallTimeMs: 60_000,
      contextWindowTokens: 128_000,
      maxToolErrors: 2,
      ...options.overrides,
    });
    journal.append('stage-end', { outcome: result.outcome });
    return result;
  } finally {
    await sink.close();
  }
}
