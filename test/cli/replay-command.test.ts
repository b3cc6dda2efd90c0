import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { digestOf } from '../../src/core/canonical-json.js';
import { sealEvent, type JournalEvent } from '../../src/core/journal/event.js';
import { startModelServer, type ModelServer, type ModelServerStep } from '../support/model-server.js';
import { recordAgentRun } from '../core/agent/support/record-run.js';

/**
 * RP: `drydock replay` on a run recorded with the real openai SDK (over HTTP, against the local
 * model server) and the real tools. The run includes the model's mistakes — an unknown tool,
 * arguments that are not JSON, a denied write — which come back as error results it recovers from.
 */

const APP = "export const greeting = 'hello';\nexport function greet(name: string): string {\n  return `${greeting}, ${name}`;\n}\n";

const STEPS: ModelServerStep[] = [
  { toolCalls: [{ id: 'call_1', name: 'list_files', arguments: { directory: 'src' } }] },
  { toolCalls: [{ id: 'call_2', name: 'read_file', arguments: { path: 'src/app.ts' } }] },
  { toolCalls: [{ id: 'call_3', name: 'delete_repository', arguments: {} }] },
  { toolCalls: [{ id: 'call_4', name: 'apply_edit', arguments: '{"path": "src/app.ts", "search": ' }] },
  { toolCalls: [{ id: 'call_5', name: 'write_file', arguments: { path: '.github/workflows/ci.yml', content: 'on: push' } }] },
  { toolCalls: [{ id: 'call_6', name: 'apply_edit', arguments: { path: 'src/app.ts', search: "'hello'", replace: "'hi'" } }] },
  { toolCalls: [{ id: 'call_7', name: 'read_file', arguments: { path: 'src/app.ts', start_line: 1, end_line: 1 } }, { id: 'call_8', name: 'write_file', arguments: { path: 'CHANGES.md', content: '- greeting is now hi\n' } }] },
  { toolCalls: [{ id: 'call_9', name: 'finish', arguments: { summary: 'Renamed the greeting.', result: { changed: ['src/app.ts', 'CHANGES.md'] }, evidence: [{ kind: 'file', detail: 'src/app.ts line 1' }] } }] },
];

let server: ModelServer;
let directory: string;
let pristine: string;
let journalPath: string;
let lines: string[];

beforeAll(async () => {
  server = await startModelServer();
  directory = await mkdtemp(join(tmpdir(), 'drydock-replay-test-'));
  pristine = join(directory, 'pristine');
  await mkdir(join(pristine, 'src'), { recursive: true });
  await mkdir(join(pristine, '.git'), { recursive: true });
  await writeFile(join(pristine, 'src', 'app.ts'), APP);
  await writeFile(join(pristine, 'README.md'), '# app\n');
  await writeFile(join(pristine, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const worked = join(directory, 'worked');
  await cp(pristine, worked, { recursive: true });
  journalPath = join(directory, 'journal.jsonl');
  server.script(STEPS);
  const result = await recordAgentRun({ workspaceRoot: worked, journalPath, modelUrl: server.url });
  server.assertDone();
  expect(result).toMatchObject({ outcome: 'finished', turns: 8, finish: { summary: 'Renamed the greeting.' } });
  expect(await readFile(join(worked, 'src', 'app.ts'), 'utf8')).toContain("'hi'");
  lines = (await readFile(journalPath, 'utf8')).trimEnd().split('\n');
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

const parse = (line: string) => JSON.parse(line) as JournalEvent;

/** A diverged replay keeps its scratch workspace for inspection; tests remove it. */
async function removeKeptScratch(output: { stderr: string }): Promise<void> {
  const kept = /^the scratch workspace is kept at (.+)$/m.exec(output.stderr)?.[1];
  if (kept !== undefined) await rm(kept, { recursive: true, force: true });
}

/** Writes a copy of the journal with one event's data changed, re-sealing the chain from there so it still verifies. */
async function tampered(name: string, change: (event: JournalEvent) => boolean, reseal = true): Promise<string> {
  const events = lines.map(parse);
  const index = events.findIndex(change);
  expect(index).toBeGreaterThan(-1);
  const out: string[] = [];
  let previousHash: string | undefined;
  for (const [position, event] of events.entries()) {
    if (!reseal || position < index) {
      out.push(position === index ? JSON.stringify(event) : lines[position]!);
      previousHash = event.hash;
      continue;
    }
    const { hash: _hash, ...content } = event;
    const sealed = sealEvent({ ...content, prevHash: previousHash ?? content.prevHash });
    out.push(sealed.line);
    previousHash = sealed.event.hash;
  }
  const path = join(directory, name);
  await writeFile(path, `${out.join('\n')}\n`);
  return path;
}

describe('the recorded run', () => {
  it('RP-000 sent tool results back over HTTP and recovered from each mistake', () => {
    const statuses = lines.map(parse).filter((event) => event.kind === 'tool-call').map((event) => [event.data.callId, event.data.status]);
    expect(statuses).toEqual([
      ['call_1', 'ok'],
      ['call_2', 'ok'],
      ['call_3', 'unknown-tool'],
      ['call_4', 'invalid-arguments'],
      ['call_5', 'denied'],
      ['call_6', 'ok'],
      ['call_7', 'ok'],
      ['call_8', 'ok'],
      ['call_9', 'ok'],
    ]);
    const second = server.requests[1]!.body!.messages;
    expect(second.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_1', content: expect.stringContaining('<untrusted id=') });
    expect(server.requests[3]!.body!.messages.at(-1)).toMatchObject({ role: 'tool', tool_call_id: 'call_3', content: expect.stringContaining("There is no tool named 'delete_repository'") });
  });
});

describe('drydock replay', () => {
  it('RP-001 a recorded run replays to a match in a scratch copy, leaving the workspace alone', async () => {
    const output = await runCli(['replay', journalPath, '--workspace', pristine]);
    expect(output).toEqual({ exitCode: 0, stdout: 'replay MATCH: 8 turns (stage implement, loop agent, 9 tool calls)\n', stderr: '' });
    expect(await readFile(join(pristine, 'src', 'app.ts'), 'utf8')).toBe(APP);
  });

  it('RP-002 a changed tool result in a re-sealed journal is reported with its turn and call', async () => {
    const path = await tampered('text.jsonl', (event) => event.kind === 'tool-call' && event.data.callId === 'call_2' && ((event.data.text = String(event.data.text).replace('hello', 'howdy')), true));
    expect((await runCli(['journal', 'verify', path])).exitCode).toBe(0);
    const output = await runCli(['replay', path, '--workspace', pristine]);
    const recorded = lines.map(parse).find((event) => event.kind === 'tool-call' && event.data.callId === 'call_2')!;
    expect(output.exitCode).toBe(1);
    expect(output.stdout).toBe(
      `replay DIVERGED at turn 2, tool call call_2 (read_file): expected text ${digestOf(String(recorded.data.text).replace('hello', 'howdy'))} got ${digestOf(recorded.data.text)}\n`,
    );
    expect(output.stderr).toMatch(/^the scratch workspace is kept at /);
    await removeKeptScratch(output);
  });

  it('RP-003 a changed output digest is reported as an output divergence', async () => {
    const forged = `sha256:${'e'.repeat(64)}`;
    const path = await tampered('output.jsonl', (event) => event.kind === 'tool-call' && event.data.callId === 'call_6' && ((event.data.outputDigest = forged), true));
    const output = await runCli(['replay', path, '--workspace', pristine]);
    await removeKeptScratch(output);
    expect(output.stdout).toMatch(new RegExp(`^replay DIVERGED at turn 6, tool call call_6 \\(apply_edit\\): expected output ${forged} got sha256:[0-9a-f]{64}\\n$`));
  });

  it('RP-004 a workspace that is not the one the run started from diverges at the first read that differs', async () => {
    const other = join(directory, 'other');
    await cp(pristine, other, { recursive: true });
    // Same length, so the listing (which shows sizes) still matches and the read is the first to differ.
    await writeFile(join(other, 'src', 'app.ts'), APP.replace('name', 'whom'));
    const output = await runCli(['replay', journalPath, '--workspace', other]);
    await removeKeptScratch(output);
    expect(output.stdout).toMatch(/^replay DIVERGED at turn 2, tool call call_2 \(read_file\): expected output sha256:/);
  });

  it('RP-007 a recording that stopped without finishing (max turns) replays to a match up to where it stopped', async () => {
    const worked = join(directory, 'worked-short');
    await cp(pristine, worked, { recursive: true });
    const path = join(directory, 'short.jsonl');
    server.script(STEPS.slice(0, 2));
    const result = await recordAgentRun({ workspaceRoot: worked, journalPath: path, modelUrl: server.url, overrides: { maxTurns: 2 } });
    server.assertDone();
    expect(result.outcome).toBe('max-turns');
    expect(await runCli(['replay', path, '--workspace', pristine])).toMatchObject({ exitCode: 0, stdout: 'replay MATCH: 2 turns (stage implement, loop agent, 2 tool calls)\n' });
  });

  it('RP-008 a run with run_command replays to a match: command output carries no timing', async () => {
    const config = "version: 1\nidentities:\n  implementer:\n    commands:\n      - [node, -e, '*']\n";
    const base = join(directory, 'pristine-commands');
    await cp(pristine, base, { recursive: true });
    await mkdir(join(base, '.github'), { recursive: true });
    await writeFile(join(base, '.github', 'drydock.yml'), config);
    const worked = join(directory, 'worked-commands');
    await cp(base, worked, { recursive: true });
    const path = join(directory, 'commands.jsonl');
    server.script([
      { toolCalls: [{ id: 'call_1', name: 'run_command', arguments: { argv: ['node', '-e', 'console.log(6 * 7)'] } }] },
      { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Computed.', result: { changed: [] }, evidence: [{ kind: 'command', detail: 'node printed 42' }] } }] },
    ]);
    const result = await recordAgentRun({ workspaceRoot: worked, journalPath: path, modelUrl: server.url, configText: config });
    server.assertDone();
    expect(result.outcome).toBe('finished');
    const recorded = (await readFile(path, 'utf8')).trimEnd().split('\n').map(parse);
    const commandCall = recorded.find((event) => event.kind === 'tool-call' && event.data.name === 'run_command');
    expect(commandCall?.data.status).toBe('ok');
    expect(String(commandCall?.data.text)).toContain('42');
    expect(await runCli(['replay', path, '--workspace', base])).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^replay MATCH: 2 turns/) });
  });

  it('RP-005 a journal that does not verify is not replayed', async () => {
    const path = await tampered('broken.jsonl', (event) => event.kind === 'tool-call' && ((event.data.text = 'forged'), true), false);
    const output = await runCli(['replay', path, '--workspace', pristine]);
    expect(output.exitCode).toBe(2);
    expect(output.stderr).toMatch(/^replay: journal BROKEN at line \d+ of broken\.jsonl, seq \d+, tool-call: content does not match its hash/);
  });

  it('RP-006 names what is missing: a stage without loops, no JOURNAL, options of other commands', async () => {
    expect(await runCli(['replay', journalPath, '--stage', 'plan', '--workspace', pristine])).toMatchObject({ exitCode: 2, stderr: 'replay: stage plan ran no agent loop; stages with loops: implement\n' });
    expect(await runCli(['replay'])).toMatchObject({ exitCode: 64, stderr: expect.stringContaining('replay needs a JOURNAL file') });
    expect(await runCli(['journal', 'verify', journalPath, '--stage', 'plan'])).toMatchObject({ exitCode: 64, stderr: expect.stringContaining('apply to replay only') });
    expect(await runCli(['replay', join(directory, 'missing.jsonl')])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/^replay: journal file .* does not exist/) });
  });
});
