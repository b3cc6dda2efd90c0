/**
 * Agent loop: orchestration overhead per turn and memory over a 1,000-turn run, against the local
 * model server (in its own process) through the real openai SDK, with the real tools (read_file on a temp workspace),
 * real policy and a durable journal file. Run with `node --import tsx bench/agent-loop.bench.ts`.
 *
 * Overhead per turn is the time between the end of one model call and the start of the next: tool
 * calls, policy, journaling, context trimming, request building. Two figures: outside the model
 * client the loop is given (the journaling decorator counts as model client), and outside the SDK
 * client alone (the journaling of each `model-call` event counts as overhead). Time in the SDK,
 * HTTP and the server is model latency and left out of both.
 *
 * Heap is measured after full GCs at turn 100 and turn 1,000 of a run that follows a 1,000-turn
 * warm-up run in the same process, so that JIT code and inline caches have settled; the context
 * window trims the conversation, so nothing should grow with turns.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSystemClock } from '../src/adapters/clock-system.js';
import { createCommandRunner } from '../src/adapters/command-runner.js';
import { JournalFileSink } from '../src/adapters/journal-file.js';
import { OpenAIModelClient } from '../src/adapters/model-client-openai.js';
import { createFileWorkspace } from '../src/adapters/workspace-fs.js';
import { runAgentLoop } from '../src/core/agent/loop.js';
import { DEFAULT_TOOL_SET, toolSetRegistry } from '../src/core/agent/tool-sets.js';
import { BudgetTracker } from '../src/core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../src/core/budget/price-table.js';
import { defaultConfig } from '../src/core/config/default-config.js';
import { Journal } from '../src/core/journal/journal.js';
import { withJournal } from '../src/core/model/journaled-client.js';
import { createPolicy } from '../src/core/policy/create-policy.js';
import type { ModelClient } from '../src/core/ports/model-client.js';
import type { ModelServerStep } from '../test/support/model-server.js';
import { median, report } from './measure.js';

const TURNS = 1_000;
const WARMUP_TURNS = 1_000;
const SAMPLE_TURNS = [100, 1_000];
const MIB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Call starts and ends of a model client, in ms. */
interface CallTimes {
  starts: number[];
  ends: number[];
}

function timed(client: ModelClient, times: CallTimes, before?: (call: number) => Promise<void>): ModelClient {
  return {
    provider: client.provider,
    async complete(request, options) {
      times.starts.push(performance.now());
      try {
        await before?.(times.starts.length);
        return await client.complete(request, options);
      } finally {
        times.ends.push(performance.now());
      }
    },
  };
}

/**
 * Heap in use after full collections. Between them the event loop turns, so that WeakRefs made in
 * the current job (the HTTP client keeps some) can be cleared and their targets collected.
 */
async function heapAfterGc(): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/** Time between the end of each call and the start of the next. */
function gaps(times: CallTimes): number[] {
  return times.starts.slice(1).map((start, index) => start - times.ends[index]!);
}

function step(turn: number, turns: number): ModelServerStep {
  if (turn > turns) return { toolCalls: [{ id: `call_${turn}`, name: 'finish', arguments: { summary: 'done', result: null, evidence: [] } }] };
  return { toolCalls: [{ id: `call_${turn}`, name: 'read_file', arguments: { path: `src/file-${turn % 10}.ts` } }] };
}

/** The model server, in its own process (see model-server-process.ts). */
interface ServerProcess {
  child: ChildProcess;
  url: string;
}

async function startServerProcess(): Promise<ServerProcess> {
  const child = fork(join(import.meta.dirname, 'model-server-process.ts'), { execArgv: ['--import', 'tsx'] });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return { child, url: message.url };
}

async function scriptServer(server: ServerProcess, steps: ModelServerStep[]): Promise<void> {
  server.child.send({ steps });
  await once(server.child, 'message');
}

/** One run of `turns` read_file turns and a finish; heap sampled after GC before the calls following `samples`. */
async function run(server: ServerProcess, directory: string, name: string, turns: number, samples: readonly number[]) {
  await scriptServer(server, Array.from({ length: turns + 1 }, (_, index) => step(index + 1, turns)));
  const clock = createSystemClock();
  const sink = await JournalFileSink.create({ path: join(directory, `journal-${name}.jsonl`) });
  const journal = new Journal({ runId: 'bench', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock });
  const budget = new BudgetTracker({ stage: 'implement', stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
  const workspace = await createFileWorkspace(join(directory, 'workspace'));
  const sdk = new OpenAIModelClient({ provider: 'openai-compatible', baseUrl: server.url, auth: { kind: 'none' }, maxTokensParameter: 'max_tokens' });
  const heap = new Map<number, number>();
  const inner: CallTimes = { starts: [], ends: [] };
  const outer: CallTimes = { starts: [], ends: [] };
  // Sampling happens inside the timed window: model time, not overhead.
  const sdkTimed = timed(sdk, inner, async (call) => {
    if (samples.includes(call - 1)) heap.set(call - 1, await heapAfterGc());
  });
  const result = await runAgentLoop({
    model: timed(withJournal(sdkTimed, { journal, clock, budget }), outer),
    modelName: 'gpt-4.1-mini',
    tools: toolSetRegistry(DEFAULT_TOOL_SET),
    toolSet: DEFAULT_TOOL_SET,
    toolContext: { identity: 'implementer', policy: createPolicy(defaultConfig()), workspace, commands: createCommandRunner({ workspace, clock }), clock },
    journal,
    budget,
    clock,
    identity: 'implementer',
    systemPrompt: 'You read files.',
    task: 'Read the files, then finish.',
    maxTurns: turns + 1,
    wallTimeMs: 10 * 60_000,
    contextWindowTokens: 16_000,
    maxToolErrors: 2,
  });
  await sink.close();
  if (result.outcome !== 'finished' || result.turns !== turns + 1) throw new Error(`the run ended ${result.outcome} after ${result.turns} turns`);
  return { heap, loopOverheads: gaps(outer), withJournaling: gaps(inner), modelTimes: inner.starts.map((start, index) => inner.ends[index]! - start) };
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'drydock-bench-loop-'));
  await mkdir(join(directory, 'workspace', 'src'), { recursive: true });
  for (let index = 0; index < 10; index += 1) {
    await writeFile(join(directory, 'workspace', 'src', `file-${index}.ts`), `export const value${index} = ${index};\n`.repeat(20));
  }
  const server = await startServerProcess();
  try {
    await run(server, directory, 'warm-up', WARMUP_TURNS, []);
    const measured = await run(server, directory, 'measured', TURNS, SAMPLE_TURNS);
    const loop = median(measured.loopOverheads);
    const early = measured.heap.get(SAMPLE_TURNS[0]!)! / MIB;
    const late = measured.heap.get(SAMPLE_TURNS[1]!)! / MIB;
    const p95 = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length * 0.95)]!;
    report([
      { name: `agent loop overhead per turn, median of ${measured.loopOverheads.length}`, value: loop, unit: 'ms', goal: '< 2', met: loop < 2 },
      { name: 'agent loop overhead per turn, p95', value: p95(measured.loopOverheads), unit: 'ms' },
      { name: '  with model-call journaling, median', value: median(measured.withJournaling), unit: 'ms' },
      { name: '  with model-call journaling, p95', value: p95(measured.withJournaling), unit: 'ms' },
      { name: 'model client time per turn (excluded), median', value: median(measured.modelTimes), unit: 'ms' },
      { name: `heap after GC at turn ${SAMPLE_TURNS[0]}`, value: early, unit: 'MiB' },
      { name: `heap after GC at turn ${SAMPLE_TURNS[1]}`, value: late, unit: 'MiB' },
      { name: `heap growth turn ${SAMPLE_TURNS[0]} -> ${SAMPLE_TURNS[1]}`, value: late - early, unit: 'MiB', goal: '< 1 (flat)', met: late - early < 1 },
    ]);
  } finally {
    server.child.disconnect();
    await rm(directory, { recursive: true, force: true });
  }
}

await main();
