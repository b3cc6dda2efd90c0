import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResumeLog } from '../../../src/core/agent/resume-log.js';
import type { JournalEvent } from '../../../src/core/journal/event.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { EFFECT_SCRIPT, journalPath, SCENARIO, SCENARIO_STEPS } from './support/kill-scenario.js';
import { readResumableJournal } from './support/resumable-journal.js';

/**
 * KR: a scripted multi-turn run in a child process, killed with SIGKILL after N journal lines of an
 * attempt, restarted from its journal until it finishes. It must end in the same state as a run
 * that was never killed — same files, same finish result — with every side effect made once.
 */

const CHILD = fileURLToPath(new URL('./support/agent-child.ts', import.meta.url));
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUT_FILES = ['notes/plan.md', 'src/greeting.txt', 'notes/done.md', 'effects.log'];

let server: ModelServer;
const directories: string[] = [];

beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

async function temporaryDirectory(prefix: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  directories.push(directory);
  return directory;
}

async function countLines(path: string): Promise<number> {
  try {
    const text = await readFile(path, 'utf8');
    return text.split('\n').length - 1;
  } catch {
    return 0;
  }
}

/** Runs one attempt; with `killAfter`, SIGKILLs it once it has written that many lines of its own. */
async function runAttempt(workspace: string, journals: string, attempt: number, killAfter?: number): Promise<{ killed: boolean; code: number | null; stderr: string }> {
  const copied = attempt === 1 ? 0 : (await readResumableJournal(journalPath(journals, attempt - 1))).lines.length;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, workspace, journals, String(attempt), server.url], { cwd: REPOSITORY_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let killed = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  if (killAfter !== undefined) {
    void (async () => {
      while (child.exitCode === null && child.signalCode === null) {
        if ((await countLines(journalPath(journals, attempt))) >= copied + killAfter) {
          killed = child.kill('SIGKILL');
          return;
        }
        await sleep(1);
      }
    })();
  }
  const code = await exited;
  return { killed, code, stderr };
}

interface RunRecord {
  workspace: string;
  journals: string;
  /** The attempts' line counts at which each was killed (undefined for the last, which finished). */
  kills: boolean[];
}

/** Runs the scenario, killing attempt k after `killAfter[k]` of its own lines, until an attempt finishes. */
async function runScenario(killAfter: readonly number[]): Promise<RunRecord> {
  const workspace = await temporaryDirectory('drydock-kill-ws-');
  const journals = await temporaryDirectory('drydock-kill-journal-');
  await writeFile(join(workspace, 'effect.mjs'), EFFECT_SCRIPT);
  const kills: boolean[] = [];
  for (let attempt = 1; attempt <= killAfter.length + 1; attempt += 1) {
    // The model server plays what the resumed attempt will ask live: everything after the answers on record.
    const answered = attempt === 1 ? 0 : buildResumeLog((await readResumableJournal(journalPath(journals, attempt - 1))).events, SCENARIO).answers.length;
    server.reset();
    server.script(SCENARIO_STEPS.slice(answered));
    const outcome = await runAttempt(workspace, journals, attempt, killAfter[attempt - 1]);
    kills.push(outcome.killed);
    if (!outcome.killed) {
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      server.assertDone();
      return { workspace, journals, kills };
    }
    // Let a command the killed process had started (it outlives its parent) finish, as it would.
    await sleep(100);
  }
  throw new Error('the last attempt was killed too');
}

async function finalState(record: RunRecord): Promise<Record<string, string>> {
  const state: Record<string, string> = { result: await readFile(join(record.journals, 'result.json'), 'utf8') };
  for (const file of OUTPUT_FILES) state[file] = await readFile(join(record.workspace, file), 'utf8');
  return state;
}

describe('kill and resume', () => {
  let reference: Record<string, string>;
  let referenceLines: number;

  beforeAll(async () => {
    const record = await runScenario([]);
    reference = await finalState(record);
    referenceLines = (await readResumableJournal(journalPath(record.journals, 1))).lines.length;
  }, 60_000);

  it('KR-000 the reference run finishes with three effects, each made once', () => {
    expect(JSON.parse(reference.result!)).toMatchObject({ outcome: 'finished', turns: 7, finish: { summary: 'Greeting written, effects made.' } });
    const effects = reference['effects.log']!.trim().split('\n');
    expect(effects.map((line) => line.split(' ')[1])).toEqual(['first', 'second', 'third']);
    expect(referenceLines).toBeGreaterThan(30);
  });

  // Kill points: early (inside the first turns), around side effects, late (near the finish),
  // and runs killed twice and three times.
  const schedules: number[][] = [[3], [6], [9], [13], [17], [22], [27], [5, 9], [8, 6, 12], [11, 4]];
  for (const schedule of schedules) {
    it(`KR-001 killed after ${schedule.join(', then ')} journal lines, it resumes to the same state with no duplicated side effect`, async () => {
      const record = await runScenario(schedule);
      expect(record.kills.filter(Boolean).length).toBeGreaterThan(0);
      expect(await finalState(record)).toEqual(reference);

      const final = await readResumableJournal(journalPath(record.journals, record.kills.length));
      expect(final.droppedTornLine).toBe(false);
      const events = final.events;
      // Every side effect ran once, except one a kill interrupted, which ran again under the same
      // key once per interruption (the journal says so with a tool-retry decision each time).
      const count = (keys: string[]) => keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string, number>());
      const retries = count(events.filter((event) => event.kind === 'decision' && event.data.decision === 'tool-retry').map((event) => event.data.idempotencyKey as string));
      const starts = count(events.filter((event) => event.kind === 'tool-start').map((event) => event.data.idempotencyKey as string));
      for (const [key, runs] of starts) expect(runs, key).toBe(1 + (retries.get(key) ?? 0));
      const invocations = count((await readFile(join(record.workspace, 'invocations.log'), 'utf8')).trim().split('\n').map((line) => line.split(' ')[0]!));
      for (const [key, runs] of invocations) expect(runs, key).toBeLessThanOrEqual(1 + (retries.get(key) ?? 0));
      expect([...invocations.keys()].sort()).toEqual([...starts.keys()].filter((key) => events.some((event) => event.kind === 'tool-call' && event.data.idempotencyKey === key && event.data.name === 'run_command')).sort());
      // Completed calls were served from the journal, not asked again.
      const modelCalls = events.filter((event: JournalEvent) => event.kind === 'model-call' && event.data.error === undefined);
      const live = modelCalls.filter((event) => event.data.replayedFrom === undefined);
      expect(new Set(live.map((event) => event.data.promptDigest)).size).toBe(live.length);
    }, 60_000);
  }
});
