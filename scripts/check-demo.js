// Runs `npm run demo` and checks what it printed, not only its exit code: for .ci/run
// (`node scripts/check-demo.js`). Prints the demo's output, then what was checked; exits 1 when
// the demo failed or its output lacks any of the expected lines.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
// No key, no base URL: the demo must run offline on its scripted answers.
const environment = { ...process.env };
delete environment.OPENAI_API_KEY;
delete environment.OPENAI_BASE_URL;
const result = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: root, env: environment, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
process.stdout.write(output);

const expectations = [
  ['exit code 0', result.status === 0],
  ['says the answers are scripted', output.includes('MODEL: the model answers are SCRIPTED') && output.includes('Model: SCRIPTED model answers from')],
  ['says how to plug in a live model', /--base-url URL/.test(output) && output.includes('OPENAI_API_KEY')],
  ['the stages ran in order', ['▶ plan', '⏸ gate: implement', '▶ implement', '▶ tests:', '▶ test-triage', '▶ canary-deploy', '⏸ gate: promote'].every((line, index, lines) => output.indexOf(line) >= 0 && (index === 0 || output.indexOf(line) > output.indexOf(lines[index - 1])))],
  ['the implement validators passed', /✔ implement: validators ran the real tests and passed — test \(related\) passed, test passed, acceptance greet-languages#1 passed/.test(output)],
  ['a branch with the change', /✔ implement: a branch with the validated change — drydock\/issue-1-greet-in-french-and-spanish: 2 files changed/.test(output)],
  ['the flaky test failed in the test run', output.includes('cache was cold on run 2')],
  ['triage flagged it flaky', /✔ test-triage: the flaky test is flagged flaky — verdict flaky-only; test::cache is warm after start → flaky/.test(output)],
  ['canary paused at 25% then promoted', /✔ canary-deploy: paused at 25% for the gate, then promoted to 100% — paused at 25% \(verdict pass\) → promoted at 100% \(verdict pass\)/.test(output)],
  ['journal verifies with 4 stages', /^journal OK: [0-9]+ events, 4 stages/m.test(output)],
  ['journal explain printed', /✔ journal explain: reads the run back — [0-9]+ lines/.test(output)],
  ['no failed check in the summary', output.includes('Drydock demo summary') && !output.slice(output.indexOf('Drydock demo summary')).includes('✘ ')],
  ['final verdict', /^DEMO PASSED: 9 checks in [0-9.]+ s\.$/m.test(output)],
];
process.stdout.write(`\ncheck-demo (${((Date.now() - started) / 1000).toFixed(1)} s):\n`);
for (const [what, ok] of expectations) process.stdout.write(`  ${ok ? 'ok  ' : 'FAIL'} ${what}\n`);
const failed = expectations.filter(([, ok]) => !ok);
process.stdout.write(failed.length === 0 ? 'check-demo: the demo did what it should.\n' : `check-demo: ${failed.length} expectation(s) failed.\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
