import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runCommand, type RunCommandOptions } from '../../src/cli/run-command.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { answersToTriage, DEPLOYER_CONTINUE, pipelineRepository } from './support/pipeline-repository.js';

// `drydock run` end to end in this process: a real git repository, the real stages, the local
// forge and artifacts directory, and the scripted OpenAI-compatible model server as the live
// endpoint (the SDK talks HTTP to it): it answers as the planner (one task), the implementer
// (writes the module and its test, which the validators run for real) and the deployer.

let server: ModelServer;
beforeAll(async () => {
  server = await startModelServer();
});
beforeEach(() => {
  server.reset();
  server.script(answersToTriage());
});
afterAll(async () => {
  await server.close();
});

async function repository(): Promise<string> {
  return (await pipelineRepository()).root;
}

interface Run {
  exitCode: number;
  lines: string[];
  text: string;
  artifacts: string;
  stderr: string;
}

let runNumber = 4100;

async function run(options: Partial<RunCommandOptions> & { repo: string }): Promise<Run> {
  const lines: string[] = [];
  const artifacts = mkdtempSync(join(tmpdir(), 'drydock-run-artifacts-'));
  runNumber += 1;
  const output = await runCommand({
    approve: false,
    artifacts,
    runId: String(runNumber),
    environment: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir() },
    print: (line) => lines.push(line),
    prompt: undefined,
    baseUrl: server.url,
    ...options,
  });
  return { exitCode: output.exitCode, lines, text: lines.join('\n'), artifacts, stderr: output.stderr };
}

function artifactNames(artifacts: string, runId: string): string[] {
  const directory = join(artifacts, runId);
  return existsSync(directory) ? readdirSync(directory).filter((name) => !name.startsWith('.')).sort() : [];
}

describe('drydock run', () => {
  it('runs plan, the gate, implement, triage in order with --approve, and says the model is a live endpoint', async () => {
    const repo = await repository();
    const result = await run({ repo, goal: 'Add a /health endpoint', approve: true, baseUrl: server.url, testCommand: 'echo tests ran' });
    expect(result.exitCode).toBe(0);
    expect(result.lines).toContain(`Model: LIVE model: the OpenAI-compatible endpoint at ${server.url} without a key.`);
    const order = result.lines.filter((line) => /^(▶|⏸|✔|✘|▷)/.test(line)).map((line) => line.split(' ').slice(0, 3).join(' '));
    expect(order).toEqual([
      '▶ plan',
      '✔ plan succeeded',
      '⏸ gate: implement',
      '▶ implement',
      '✔ implement succeeded',
      '▶ tests: echo',
      '✔ tests exited',
      '▶ test-triage',
      '✔ test-triage succeeded',
      '▷ canary-deploy skipped:',
    ]);
    // Budgets as used: the planner took one turn, the implementer two.
    expect(result.text).toMatch(/✔ plan succeeded · tokens [1-9][0-9,]*\/500,000 · cost \$[0-9.]+ · turns 1\/40 · time [0-9.]+s\/1200\.0s/);
    expect(result.text).toMatch(/✔ implement succeeded · tokens [1-9][0-9,]*\/[0-9,]+ · cost \$[0-9.]+ · turns 2\/[0-9]+/);
    server.assertDone();
    expect(result.text).toContain('  │ tests ran');
    // The plan's summary, with the digest the approval binds to, is shown before the gate.
    const gateLine = result.lines.findIndex((line) => line.startsWith('⏸ gate: implement'));
    const digest = /plan (sha256:[0-9a-f]{64})/.exec(result.lines[gateLine]!)![1]!;
    expect(result.lines.slice(0, gateLine).some((line) => line.startsWith('  ┆ ') && line.includes(digest))).toBe(true);
    expect(result.lines.slice(0, gateLine)).toContain('  ┆ ### 🧭 Drydock plan');
    expect(artifactNames(result.artifacts, String(runNumber))).toEqual(['drydock-implement-attempt-1', 'drydock-plan-attempt-1', 'drydock-test-triage-attempt-1']);

    // The journal of the last stage holds the whole run and verifies.
    const journal = join(result.artifacts, String(runNumber), 'drydock-test-triage-attempt-1', 'journal.jsonl');
    expect(result.lines).toContain(`Journal: ${journal}`);
    const verified = await runCli(['journal', 'verify', journal]);
    expect(verified.stdout).toMatch(/^journal OK: [0-9]+ events, 3 stages/);
    // The gate's approval is journaled by implement as it starts, then implement's own check of the digest.
    const approvals = readFileSync(journal, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"kind":"approval"'))
      .map((line) => JSON.parse(line) as { stage: string; data: Record<string, unknown> });
    expect(approvals.map((event) => [event.stage, event.data.subject])).toEqual([
      ['implement', 'gate'],
      ['implement', 'plan'],
    ]);
    expect(approvals[0]!.data).toMatchObject({ gate: 'implement', planDigest: digest, method: '--approve' });
    expect(approvals[1]!.data.matches).toBe(true);
  });

  it('asks at the gate for the digest prefix, and goes on when it is typed', async () => {
    const repo = await repository();
    const questions: string[] = [];
    let digest = '';
    const result = await run({
      repo,
      goal: 'Add a /health endpoint',
      prompt: async (question) => {
        questions.push(question);
        return digest.slice('sha256:'.length, 'sha256:'.length + 8);
      },
      print: (line) => {
        const match = /gate: implement — plan (sha256:[0-9a-f]{64})/.exec(line);
        if (match !== null) digest = match[1]!;
      },
    });
    expect(questions).toHaveLength(1);
    expect(questions[0]).toContain('Type the first 8 characters of the digest');
    expect(result.exitCode).toBe(0);
    expect(artifactNames(result.artifacts, String(runNumber))).toContain('drydock-implement-attempt-1');
  });

  it('stops at the gate when the answer is wrong, and implements nothing (exit 3)', async () => {
    const repo = await repository();
    const result = await run({ repo, goal: 'Add a /health endpoint', prompt: async () => 'yes' });
    expect(result.exitCode).toBe(3);
    expect(result.text).toContain('not approved (got "yes")');
    expect(result.text).toContain('Stopped before implement: the plan was not approved.');
    expect(artifactNames(result.artifacts, String(runNumber))).toEqual(['drydock-plan-attempt-1']);
  });

  it('without a terminal and without --approve, stops at the first gate and says how to approve', async () => {
    const repo = await repository();
    const result = await run({ repo, goal: 'Add a /health endpoint' });
    expect(result.exitCode).toBe(3);
    expect(result.text).toContain('nobody to ask (no terminal): run again with --approve');
  });

  it('files --issue-file with the local forge and plans that issue', async () => {
    const repo = await repository();
    const issueFile = join(mkdtempSync(join(tmpdir(), 'drydock-issue-')), 'health.md');
    writeFileSync(issueFile, '# Add a /health endpoint\n\nIt should answer 200 with {"ok":true}.\n');
    const result = await run({ repo, issueFile, approve: true });
    expect(result.exitCode).toBe(0);
    expect(result.lines[0]).toBe('Issue #1 "Add a /health endpoint" filed with the local forge.');
    const record = JSON.parse(readFileSync(join(repo, '.git', 'drydock', 'forge', 'issues', '1.json'), 'utf8'));
    expect(record).toMatchObject({ title: 'Add a /health endpoint', body: 'It should answer 200 with {"ok":true}.' });
    const state = JSON.parse(readFileSync(join(result.artifacts, String(runNumber), 'drydock-plan-attempt-1', 'state.json'), 'utf8'));
    expect(state.goal).toEqual({ issue: { number: 1 } });
    expect(state.trigger.eventName).toBe('issues');
    // A second run with the same file finds the same issue rather than filing another.
    server.script(answersToTriage());
    const again = await run({ repo, issueFile, approve: true });
    expect(again.lines[0]).toBe('Issue #1 "Add a /health endpoint" filed with the local forge.');
  });

  it('canaries to the weight, asks to promote, and promotes as a follow-up run', async () => {
    const { root: repo, trafficLog } = await pipelineRepository();
    // The deployer agent is asked at the end of each step: 10% in this run, 100% in the follow-up.
    server.script([DEPLOYER_CONTINUE, DEPLOYER_CONTINUE]);
    const answers = [''];
    let digest = '';
    const lines: string[] = [];
    const result = await run({
      repo,
      goal: 'Add a /health endpoint',
      deployVersion: 'v1.4.0',
      untilWeight: 10,
      print: (line) => {
        lines.push(line);
        const match = /plan (sha256:[0-9a-f]{64})/.exec(line);
        if (match !== null) digest = match[1]!;
      },
      prompt: async (question) => {
        answers.push(question);
        return question.includes("Type 'promote'") ? 'promote' : digest.slice(7, 15);
      },
    });
    expect(result.exitCode, lines.join('\n')).toBe(0);
    expect(lines).toContain('⏸ gate: promote — canary at 10% of traffic');
    expect(lines).toContain(`  the promotion runs as run ${runNumber}1, taking the canary's state from run ${runNumber}`);
    expect(artifactNames(result.artifacts, `${runNumber}1`)).toEqual(['drydock-canary-deploy-attempt-1']);
    const promoted = JSON.parse(readFileSync(join(result.artifacts, `${runNumber}1`, 'drydock-canary-deploy-attempt-1', 'state.json'), 'utf8'));
    expect(promoted.stages['canary-deploy'].result).toMatchObject({ version: 'v1.4.0', untilWeight: 100 });
    expect(Object.keys(promoted.stages).sort()).toEqual(['canary-deploy', 'implement', 'plan', 'test-triage']);
    const promotionJournal = readFileSync(join(result.artifacts, `${runNumber}1`, 'drydock-canary-deploy-attempt-1', 'journal.jsonl'), 'utf8');
    const promotionApproval = promotionJournal.split('\n').filter((line) => line.includes('"kind":"approval"') && line.includes('"gate":"promote"'));
    expect(promotionApproval).toHaveLength(1);
    expect(JSON.parse(promotionApproval[0]!).data).toMatchObject({ subject: 'gate', version: 'v1.4.0', weight: 10, method: 'typed' });
    // The real traffic command moved the weight once per step, across the two runs.
    expect(readFileSync(trafficLog, 'utf8').trim().split('\n')).toEqual(['weight 10 v1.4.0', 'weight 100 v1.4.0']);
    server.assertDone();
  });

  it('never shows or stores the API key', async () => {
    const repo = await repository();
    const key = 'sk-test-drydock-run-secret-0123456789';
    const result = await run({ repo, goal: 'Add a /health endpoint', approve: true, baseUrl: server.url, environment: { PATH: process.env.PATH ?? '', OPENAI_API_KEY: key } });
    expect(result.exitCode).toBe(0);
    expect(result.text).toContain('with OPENAI_API_KEY');
    expect(result.text).not.toContain(key);
    for (const artifact of artifactNames(result.artifacts, String(runNumber))) {
      for (const file of readdirSync(join(result.artifacts, String(runNumber), artifact))) {
        expect(readFileSync(join(result.artifacts, String(runNumber), artifact, file), 'utf8')).not.toContain(key);
      }
    }
  });

  it('says plainly when the answers are recorded (--replay), and refuses a broken recording', async () => {
    const repo = await repository();
    const first = await run({ repo, goal: 'Add a /health endpoint', approve: true });
    expect(first.exitCode).toBe(0);
    expect(first.text).toContain('Model: LIVE model');
    const journal = join(first.artifacts, String(runNumber), 'drydock-test-triage-attempt-1', 'journal.jsonl');
    const requests = server.requests.length;
    // A fresh repository: the recorded answers replay the same plan and the same edits, offline.
    const replayed = await run({ repo: await repository(), goal: 'Add a /health endpoint', approve: true, replay: journal, baseUrl: undefined });
    expect(replayed.exitCode).toBe(0);
    expect(replayed.text).toContain(`Model: RECORDED model answers from ${journal} (3 model calls); no model is contacted.`);
    expect(replayed.text).toContain('✔ implement succeeded');
    expect(server.requests).toHaveLength(requests);

    const broken = join(mkdtempSync(join(tmpdir(), 'drydock-broken-')), 'journal.jsonl');
    writeFileSync(broken, readFileSync(journal, 'utf8').replace('"stage":"plan"', '"stage":"implement"'));
    const refused = await run({ repo, goal: 'Add a /health endpoint', approve: true, replay: broken, baseUrl: undefined });
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('the journal does not verify');
  });

  it('refuses a directory that is not a git repository (exit 2) and bad usage (exit 64)', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'drydock-not-git-'));
    const result = await run({ repo: plain, goal: 'Anything', approve: true });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is not a git repository with a commit');
    expect((await runCli(['run', '--repo', plain])).stderr).toContain('exactly one of --goal TEXT (not empty) and --issue-file FILE');
    expect((await runCli(['run', '--repo', plain, '--goal', 'x', '--issue-file', 'y.md'])).exitCode).toBe(64);
    expect((await runCli(['run', '--repo', plain, '--goal', 'x', '--base-url', 'ftp://x'])).exitCode).toBe(64);
    expect((await runCli(['run', '--repo', plain, '--goal', 'x', '--until-weight', '30'])).stderr).toContain('--until-weight applies with --deploy-version only');
  });
});
