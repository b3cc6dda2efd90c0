import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalFileSink } from '../../src/adapters/journal-file.js';
import { journalExplainCommand, journalVerifyCommand } from '../../src/cli/journal-command.js';
import { Journal } from '../../src/core/journal/journal.js';
import { steppingClock } from '../core/journal/helpers.js';

let directory: string;
let path: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'drydock-journal-command-'));
  path = join(directory, 'journal.jsonl');
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Writes a two-stage journal (plan, then implement continuing it) and returns its head hash. */
async function writeJournal(maxSegmentBytes?: number): Promise<string> {
  const sink = await JournalFileSink.create({ path, durable: false });
  const clock = steppingClock();
  const plan = new Journal({ runId: 'run-7', stage: 'plan', attempt: 1, actor: 'planner', sink, clock, maxSegmentBytes });
  plan.append('stage-start', { goal: 'add a health endpoint' });
  plan.append('model-call', { model: 'gpt-4.1', usage: { inputTokens: 100, outputTokens: 20 }, costUsd: 0.001 });
  plan.append('stage-end', { outcome: 'success' });
  const implement = new Journal({ runId: 'run-7', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock, maxSegmentBytes, resume: { head: plan.head } });
  implement.append('policy-decision', { identity: 'implementer', action: { type: 'command', argv: ['git', 'push', '--force'] }, decision: 'deny', reason: 'force push is never allowed' });
  implement.append('stage-end', { outcome: 'success' });
  await sink.close();
  return implement.head.hash;
}

describe('journalVerifyCommand', () => {
  it('prints a one-line summary and exits 0 for an intact journal', async () => {
    const head = await writeJournal();
    const output = await journalVerifyCommand(path);
    expect(output).toEqual({ exitCode: 0, stdout: `journal OK: 6 events, 2 stages, head ${head}\n`, stderr: '' });
  });

  it('follows rolled-over segments', async () => {
    const head = await writeJournal(600);
    const output = await journalVerifyCommand(path, { expectedHead: head });
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toMatch(/^journal OK: \d+ events, 2 stages, head sha256:[0-9a-f]{64}\n$/);
  });

  it('names the first bad event and exits 1 when the journal was changed', async () => {
    await writeJournal();
    const content = await readFile(path, 'utf8');
    await writeFile(path, content.replace('force push is never allowed', 'force push is fine'));
    const output = await journalVerifyCommand(path);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toBe('');
    expect(output.stderr).toMatch(/^journal BROKEN at line 5 of journal\.jsonl, seq 5, policy-decision: content does not match its hash \(the event was changed\)/);
  });

  it('exits 1 when the journal does not end at the expected head', async () => {
    await writeJournal();
    const output = await journalVerifyCommand(path, { expectedHead: `sha256:${'a'.repeat(64)}` });
    expect(output.exitCode).toBe(1);
    expect(output.stderr).toMatch(/expected the journal to end at sha256:aaaaaaaaaaaa…/);
  });

  it('exits 1 for an empty journal', async () => {
    await writeFile(path, '');
    expect(await journalVerifyCommand(path)).toEqual({ exitCode: 1, stdout: '', stderr: `journal BROKEN: ${path} holds no events\n` });
  });

  it('exits 2 naming a missing file', async () => {
    const output = await journalVerifyCommand(join(directory, 'absent.jsonl'));
    expect(output).toEqual({ exitCode: 2, stdout: '', stderr: `journal unreadable: journal file ${join(directory, 'absent.jsonl')} does not exist\n` });
  });

  it('exits 1 when a segment is missing', async () => {
    await writeJournal(600);
    await rm(join(directory, 'journal.2.jsonl'));
    const output = await journalVerifyCommand(path);
    expect(output.exitCode).toBe(1);
    expect(output.stderr).toMatch(/^journal BROKEN: journal segment journal\.2\.jsonl is missing/);
  });
});

describe('journalExplainCommand', () => {
  it('prints the timeline and totals', async () => {
    await writeJournal();
    const output = await journalExplainCommand(path);
    expect(output.exitCode).toBe(0);
    expect(output.stderr).toBe('');
    expect(output.stdout).toMatch(/DENY implementer command git push --force: force push is never allowed/);
    expect(output.stdout).toMatch(/Totals by stage/);
  });

  it('explains what verifies before a broken event, with a warning', async () => {
    await writeJournal();
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[3] = '{"not": "an event"}';
    await writeFile(path, lines.join('\n'));
    const output = await journalExplainCommand(path);
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toMatch(/Run run-7: 3 events in 1 stage/);
    expect(output.stderr).toMatch(/^warning: journal BROKEN at line 4 of journal\.jsonl: not a journal event .*; only the 3 events before it are explained\n$/);
  });

  it('exits 2 naming a missing file', async () => {
    expect((await journalExplainCommand(join(directory, 'absent.jsonl'))).exitCode).toBe(2);
  });
});
