import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { runCommand } from '../cli/run-command.js';
import { DemoServices } from './demo-services.js';

/**
 * `npm run demo`: the whole Drydock pipeline on the bundled example service (examples/demo/),
 * offline, with SCRIPTED model answers (examples/demo/model-script.json): the issue is planned,
 * the plan approved, the change implemented on a branch and validated by the service's real
 * node:test tests, the tests run with a JUnit report, the report triaged (the flaky test is
 * re-run and flagged), and the change canaried between two local processes to 25%, approved,
 * and promoted to 100% — then the journal is verified and explained. Exits 1 when any step did
 * not do what it should.
 */

const EXAMPLE = resolve(import.meta.dirname, '..', '..', 'examples', 'demo');
const RUN_ID = '1001';
const VERSION = 'v1.1.0';

interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2026-01-05T09:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T09:00:00Z' } });
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function section(state: Record<string, unknown> | undefined, stage: string): { status?: string; outputs?: Record<string, string>; result?: Record<string, unknown> } {
  return ((state?.stages as Record<string, unknown> | undefined)?.[stage] ?? {}) as { status?: string; outputs?: Record<string, string>; result?: Record<string, unknown> };
}

async function main(): Promise<number> {
  const started = Date.now();
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const work = mkdtempSync(join(tmpdir(), 'drydock-demo-'));
  const repo = join(work, 'greeter');
  const pristine = join(work, 'greeter-v1.0.0');
  const artifacts = join(work, 'artifacts');
  const script = join(EXAMPLE, 'model-script.json');

  say('Drydock demo — the whole pipeline on a small greeting service, offline.');
  say('');
  say('MODEL: the model answers are SCRIPTED (hand-written, in examples/demo/model-script.json); no model');
  say('is contacted and no key is needed. Everything else is real: git, the stages, the policy, the');
  say("service's node:test tests, the JUnit report, two local HTTP processes, the journal.");
  say('For a live model: drydock run --repo DIR --issue-file FILE --base-url URL (any OpenAI-compatible');
  say('server), or set OPENAI_API_KEY (and OPENAI_BASE_URL) instead of --script.');
  say('');
  cpSync(join(EXAMPLE, 'service'), repo, { recursive: true });
  cpSync(join(EXAMPLE, 'service'), pristine, { recursive: true });
  // The baseline (the code before the change) starts first: its port goes into the canary's metrics URL.
  const services = await DemoServices.start(repo, pristine);
  const configFile = join(repo, '.github', 'drydock.yml');
  writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('http://127.0.0.1:8787/', `http://127.0.0.1:${services.baselinePort}/`));
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['add', '--all']);
  git(repo, ['-c', 'user.name=Greeter Team', '-c', 'user.email=team@example.com', 'commit', '--quiet', '--message', 'greeter 1.0.0']);
  say(`Repository: ${repo} (examples/demo/service, git-initialised at ${git(repo, ['rev-parse', '--short', 'HEAD']).trim()})`);
  say(`Request:    examples/demo/ISSUE.md — "${readFileSync(join(EXAMPLE, 'ISSUE.md'), 'utf8').split('\n')[0]!.replace(/^#\s*/, '')}"`);

  say(`Service:    baseline v1.0.0 on port ${services.baselinePort}; 10 user requests/s split by the canary's traffic weight, plus 20 probes/s to each running arm.`);
  say('');
  services.startLoad(10, 20);
  const lines: string[] = [];
  let exitCode: number;
  try {
    const output = await runCommand({
      repo,
      issueFile: join(EXAMPLE, 'ISSUE.md'),
      approve: true,
      script,
      artifacts,
      runId: RUN_ID,
      testCommand: 'mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml',
      deployVersion: VERSION,
      untilWeight: 25,
      prompt: undefined,
      print: (line) => {
        lines.push(line);
        say(line);
      },
    });
    exitCode = output.exitCode;
    if (output.stderr !== '') process.stderr.write(output.stderr);
  } finally {
    services.stop();
  }

  const text = lines.join('\n');
  const checks: Check[] = [];
  const check = (what: string, ok: boolean, detail: string) => checks.push({ what, ok, detail });
  check('drydock run completed', exitCode === 0, `exit ${exitCode}`);
  check('the model answers were scripted and said so', text.includes('Model: SCRIPTED model answers'), 'Model: SCRIPTED …');

  const runDirectory = join(artifacts, RUN_ID);
  const planState = readJson(join(runDirectory, 'drydock-plan-attempt-1', 'state.json'));
  const plan = section(planState, 'plan');
  check('plan: one task, digest approved at the gate', plan.status === 'succeeded' && text.includes('approved (--approve)'), `${plan.outputs?.['plan-digest'] ?? 'no plan'}`);

  const implement = section(readJson(join(runDirectory, 'drydock-implement-attempt-1', 'state.json')), 'implement');
  const branch = implement.outputs?.branch ?? '';
  let diff = '';
  if (branch !== '') diff = git(repo, ['diff', '--stat', `main...${branch}`]).trim();
  check('implement: a branch with the validated change', implement.status === 'succeeded' && diff.includes('src/greeting.js'), branch === '' ? 'no branch' : `${branch}: ${diff.split('\n').at(-1)?.trim()}`);
  const implementJournal = join(runDirectory, 'drydock-implement-attempt-1', 'journal.jsonl');
  const validators = (existsSync(implementJournal) ? readFileSync(implementJournal, 'utf8') : '')
    .split('\n')
    .filter((line) => line.includes('"kind":"validator-result"'))
    .map((line) => JSON.parse(line) as { data: { name: string; status: string } });
  check('implement: validators ran the real tests and passed', validators.length > 0 && validators.every((event) => event.data.status === 'passed'), validators.map((event) => `${event.data.name} ${event.data.status}`).join(', '));

  const triage = section(readJson(join(runDirectory, 'drydock-test-triage-attempt-1', 'state.json')), 'test-triage');
  const failures = ((triage.result?.failures ?? []) as Array<{ id?: string; classification?: string }>).map((failure) => `${failure.id} → ${failure.classification}`);
  check('test-triage: the flaky test is flagged flaky', triage.outputs?.verdict === 'flaky-only' && failures.some((failure) => failure.includes('cache is warm') && failure.endsWith('flaky')), `verdict ${triage.outputs?.verdict ?? 'none'}; ${failures.join('; ')}`);

  // The job that stopped at 25% saved under its variant name; the promotion (a follow-up run) under the main one.
  const canary = section(readJson(join(runDirectory, 'drydock-canary-deploy--until-25-attempt-1', 'state.json')), 'canary-deploy');
  const promotedDirectory = join(artifacts, `${RUN_ID}1`, 'drydock-canary-deploy-attempt-1');
  const promoted = section(readJson(join(promotedDirectory, 'state.json')), 'canary-deploy');
  check(
    'canary-deploy: paused at 25% for the gate, then promoted to 100%',
    canary.outputs?.['rollout-status'] === 'paused' && promoted.outputs?.['rollout-status'] === 'promoted',
    `${canary.outputs?.['rollout-status'] ?? 'not run'} at ${canary.outputs?.weight ?? '?'}% (verdict ${canary.outputs?.verdict ?? '?'}) → ${promoted.outputs?.['rollout-status'] ?? 'not run'} at ${promoted.outputs?.weight ?? '?'}% (verdict ${promoted.outputs?.verdict ?? '?'}); load: ${services.answered.baseline} baseline, ${services.answered.canary} canary requests`,
  );

  const journal = join(promotedDirectory, 'journal.jsonl');
  say('');
  say(`$ drydock journal verify ${journal}`);
  const verified = existsSync(journal) ? await runCli(['journal', 'verify', journal]) : { exitCode: 1, stdout: '', stderr: 'no journal\n' };
  process.stdout.write(verified.stdout + verified.stderr);
  check('journal verify: the chain of all four stages is intact', verified.exitCode === 0 && /^journal OK: [0-9]+ events, 4 stages/.test(verified.stdout), verified.stdout.split('\n')[0] ?? '');
  say('');
  say(`$ drydock journal explain ${journal}`);
  const explained = existsSync(journal) ? await runCli(['journal', 'explain', journal]) : { exitCode: 1, stdout: '', stderr: 'no journal\n' };
  process.stdout.write(explained.stdout + explained.stderr);
  check('journal explain: reads the run back', explained.exitCode === 0 && explained.stdout.includes('canary-deploy'), `${explained.stdout.split('\n').length} lines`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say('');
  say('════════ Drydock demo summary ════════');
  for (const item of checks) say(`${item.ok ? '✔' : '✘'} ${item.what} — ${item.detail}`);
  say('');
  say(`Model answers: SCRIPTED (examples/demo/model-script.json). Live model: --base-url URL or OPENAI_API_KEY.`);
  say(`Repository: ${repo}   Artifacts: ${artifacts}`);
  say(`Journal:    ${journal}`);
  const failed = checks.filter((item) => !item.ok);
  say(failed.length === 0 ? `DEMO PASSED: ${checks.length} checks in ${seconds} s.` : `DEMO FAILED: ${failed.length} of ${checks.length} checks failed (${seconds} s).`);
  if (failed.length === 0 && process.env.DRYDOCK_DEMO_KEEP === undefined) {
    // The temp directory stays for inspection only when asked (DRYDOCK_DEMO_KEEP=1) or when something failed.
    rmSync(work, { recursive: true, force: true });
    say('(Temp directory removed; DRYDOCK_DEMO_KEEP=1 keeps it.)');
  }
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
