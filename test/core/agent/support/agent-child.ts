/**
 * One attempt of the kill-and-resume scenario, as its own process (run with `node --import tsx`).
 * It does what a stage does: continue the previous attempt's journal (if any) in a new file, build
 * the real model client (the openai SDK against the local model server), the real tools on the
 * workspace and the policy from the workspace's config, and run the agent loop with the resume log
 * of the earlier attempts. On finishing it writes the finish result to `result.json`.
 *
 * Usage: agent-child.ts WORKSPACE JOURNAL_DIRECTORY ATTEMPT MODEL_URL
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createSystemClock } from '../../../../src/adapters/clock-system.js';
import { createCommandRunner } from '../../../../src/adapters/command-runner.js';
import { JournalFileSink } from '../../../../src/adapters/journal-file.js';
import { OpenAIModelClient } from '../../../../src/adapters/model-client-openai.js';
import { createFileWorkspace } from '../../../../src/adapters/workspace-fs.js';
import { runAgentLoop } from '../../../../src/core/agent/loop.js';
import { buildResumeLog } from '../../../../src/core/agent/resume-log.js';
import { DEFAULT_TOOL_SET, toolSetRegistry } from '../../../../src/core/agent/tool-sets.js';
import { BudgetTracker } from '../../../../src/core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../../../../src/core/budget/price-table.js';
import { loadConfig } from '../../../../src/core/config/load-config.js';
import { Journal } from '../../../../src/core/journal/journal.js';
import { withJournal } from '../../../../src/core/model/journaled-client.js';
import { createPolicy } from '../../../../src/core/policy/create-policy.js';
import { protectedPathRefusal } from '../../../../src/core/policy/protected-paths.js';
import { journalPath, SCENARIO, SCENARIO_CONFIG } from './kill-scenario.js';
import { readResumableJournal } from './resumable-journal.js';

async function main(): Promise<void> {
  const [workspaceRoot, journalDirectory, attemptText, modelUrl] = process.argv.slice(2) as [string, string, string, string];
  const attempt = Number(attemptText);
  const clock = createSystemClock();
  const earlier = attempt > 1 ? await readResumableJournal(journalPath(journalDirectory, attempt - 1)) : undefined;

  // Every line so far goes to the new file first, so it holds the whole chain, as a stage artifact does.
  const sink = await JournalFileSink.create({ path: journalPath(journalDirectory, attempt), bufferBytes: 1 });
  for (const line of earlier?.lines ?? []) sink.append(line.text);
  const journal = new Journal({
    runId: SCENARIO.runId,
    stage: SCENARIO.stage,
    attempt,
    actor: 'implementer',
    sink,
    clock,
    ...(earlier === undefined ? {} : { resume: { head: earlier.head, from: `journal-${attempt - 1}.jsonl` } }),
  });
  journal.append('stage-start', { stage: SCENARIO.stage, attempt });
  await journal.flush();

  const workspace = await createFileWorkspace(workspaceRoot, { guard: (access, path) => protectedPathRefusal(path, access) });
  const policy = createPolicy(loadConfig(SCENARIO_CONFIG).config, {
    record: (identity, action, decision) => journal.append('policy-decision', { identity, action, decision: decision.decision, reason: decision.reason, rule: decision.rule }),
  });
  const budget = new BudgetTracker({ stage: SCENARIO.stage, stageLimits: { turns: 50 }, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
  const endpoint = { provider: 'openai-compatible' as const, baseUrl: modelUrl, auth: { kind: 'none' as const }, maxTokensParameter: 'max_tokens' as const };
  const model = withJournal(new OpenAIModelClient(endpoint), { journal, clock, budget });

  const result = await runAgentLoop({
    model,
    modelName: 'gpt-4.1-mini',
    tools: toolSetRegistry(DEFAULT_TOOL_SET),
    toolSet: DEFAULT_TOOL_SET,
    toolContext: { identity: 'implementer', policy, workspace, commands: createCommandRunner({ workspace, clock }), clock },
    journal,
    budget,
    clock,
    identity: 'implementer',
    systemPrompt: 'You implement the task with the tools you have.',
    task: 'Write the greeting and make the three effects.',
    maxTurns: 20,
    wallTimeMs: 120_000,
    contextWindowTokens: 128_000,
    maxToolErrors: 2,
    loopName: SCENARIO.loop,
    ...(earlier === undefined ? {} : { resume: buildResumeLog(earlier.events, { stage: SCENARIO.stage, loop: SCENARIO.loop }) }),
  });
  journal.append('stage-end', { outcome: result.outcome });
  await sink.close();
  await writeFile(join(journalDirectory, 'result.json'), JSON.stringify({ outcome: result.outcome, finish: result.finish, turns: result.turns }));
}

await main().catch((error: unknown) => {
  process.stderr.write(`agent-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
