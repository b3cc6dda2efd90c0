/**
 * Journal throughput: appending with redaction and hashing to a real file sink, and verifying a
 * 100,000-event journal read back from disk. Run with `npx tsx bench/journal.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalFileSink, readJournalFile } from '../src/adapters/journal-file.js';
import { Journal } from '../src/core/journal/journal.js';
import { Redactor } from '../src/core/journal/redact.js';
import { verifyJournal } from '../src/core/journal/verify.js';
import type { Clock } from '../src/core/ports/clock.js';
import { median, report, timeRuns } from './measure.js';

const EVENTS = 100_000;
const RUNS = 5;

const clock: Clock = {
  now: () => new Date(),
  monotonicMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const redactor = new Redactor({
  secrets: [{ value: 'hunter2-super-secret-value', label: 'config-secret' }],
  env: {
    GITHUB_TOKEN: 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB',
    OPENAI_API_KEY: 'sk-proj-0123456789abcdefghijklmnopqrstuv',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    HOME: '/home/runner',
    CI: 'true',
  },
});

/** A realistic mix: model calls, policy decisions, tool calls with some output, the odd secret. */
function appendMix(journal: Journal, index: number): void {
  switch (index % 4) {
    case 0:
      journal.append('model-call', {
        model: 'gpt-4.1-mini',
        usage: { inputTokens: 1200 + index, outputTokens: 300 },
        costUsd: 0.00123,
        finishReason: 'tool_calls',
        toolCalls: [{ id: `call_${index}`, name: 'read_file', arguments: '{"path":"src/index.ts"}' }],
      });
      break;
    case 1:
      journal.append('policy-decision', {
        identity: 'implementer',
        action: { type: 'command', argv: ['npm', 'test', '--', `--shard=${index % 7}`] },
        decision: 'allow',
        reason: 'matches allowed argv pattern npm test',
      });
      break;
    case 2:
      journal.append('tool-call', {
        tool: 'run_command',
        input: { argv: ['npm', 'test'] },
        exitCode: 1,
        output:
          'FAIL test/core/budget.test.ts > budget > stops at the limit\nAssertionError: expected 3 to be 2\n    at test/core/budget.test.ts:41:17\n' +
          (index % 100 === 2 ? 'token in output: ghs_0123456789abcdefghijklmnopqrstuvwxyzAB\n' : ''),
      });
      break;
    default:
      journal.append('validator-result', { name: 'lint', passed: true, exitCode: 0, durationMs: 1234, summary: 'eslint: no problems' });
  }
}

async function main(): Promise<void> {
  const directory = await mkdtemp(join(tmpdir(), 'drydock-journal-bench-'));
  try {
    let run = 0;
    const appendDurations = await timeRuns(async () => {
      run += 1;
      const sink = await JournalFileSink.create({ path: join(directory, `append-${run}.jsonl`) });
      const journal = new Journal({ runId: 'bench', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock, redactor });
      for (let index = 0; index < EVENTS; index += 1) appendMix(journal, index);
      await sink.close();
    }, RUNS);

    const lines = await readJournalFile(join(directory, 'append-1.jsonl'));
    const check = verifyJournal(lines);
    if (!check.ok || check.events.length < EVENTS) throw new Error(`bench journal does not verify: ${JSON.stringify(check.ok ? check.events.length : check.firstBad)}`);
    const verifyDurations = await timeRuns(() => verifyJournal(lines), RUNS);
    const readAndVerifyDurations = await timeRuns(async () => verifyJournal(await readJournalFile(join(directory, 'append-1.jsonl'))), RUNS);

    const appendRate = EVENTS / (median(appendDurations) / 1000);
    const verifyMs = median(verifyDurations);
    const readAndVerifyMs = median(readAndVerifyDurations);
    report([
      { name: `journal append + redact + hash to file (${EVENTS} events)`, value: appendRate, unit: 'events/s', goal: '>= 50000', met: appendRate >= 50_000 },
      { name: `journal verify (${EVENTS} events in memory)`, value: verifyMs, unit: 'ms', goal: '< 1000', met: verifyMs < 1000 },
      { name: `journal read + verify (${EVENTS} events from file)`, value: readAndVerifyMs, unit: 'ms' },
    ]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

await main();
