import { join } from 'node:path';
import type { ModelServerStep } from '../../../support/model-server.js';

/**
 * The scripted run of the kill-and-resume test: files written through write_file, commands that
 * leave side effects through run_command, and a finish. Call ids are fixed so that every attempt
 * sees the same conversation.
 */

/** Run, stage and loop of the scenario: the idempotency keys depend on them. */
export const SCENARIO = { runId: 'run-kill-1', stage: 'implement', loop: 'task t1' } as const;

/** The command the agent runs: logs every invocation, and makes its effect once per idempotency key. */
export const EFFECT_SCRIPT = `import { appendFileSync, mkdirSync, openSync, closeSync } from 'node:fs';
const key = process.env.DRYDOCK_IDEMPOTENCY_KEY ?? 'no-key';
const label = process.argv[2];
appendFileSync('invocations.log', key + ' ' + label + '\\n');
// Some work, so that a kill can land while the command runs.
const until = Date.now() + 40;
while (Date.now() < until) {}
mkdirSync('.effects', { recursive: true });
try {
  // Exclusive create: the same key makes its effect once, however often it is run.
  closeSync(openSync('.effects/' + key.replace(/[^a-z0-9]/gi, '_'), 'wx'));
  appendFileSync('effects.log', key + ' ' + label + '\\n');
} catch (error) {
  if (error.code !== 'EEXIST') throw error;
}
console.log('effect ' + label);
`;

/** Policy for the scenario: the implementer may run the effect script and write anywhere (the defaults). */
export const SCENARIO_CONFIG = `version: 1
identities:
  implementer:
    commands:
      - [node, effect.mjs, "*"]
`;

const effect = (id: string, label: string) => ({ id, name: 'run_command', arguments: { argv: ['node', 'effect.mjs', label] } });
const write = (id: string, path: string, content: string) => ({ id, name: 'write_file', arguments: { path, content } });

/** What the model answers, in order. */
export const SCENARIO_STEPS: ModelServerStep[] = [
  { toolCalls: [write('call_1', 'notes/plan.md', '# Plan\n1. greet\n')] },
  { toolCalls: [effect('call_2', 'first')] },
  { toolCalls: [{ id: 'call_3', name: 'read_file', arguments: { path: 'notes/plan.md' } }] },
  { toolCalls: [write('call_4', 'src/greeting.txt', 'hello\n')] },
  { toolCalls: [effect('call_5', 'second')] },
  { toolCalls: [effect('call_6', 'third'), write('call_7', 'notes/done.md', 'done\n')] },
  {
    toolCalls: [
      {
        id: 'call_8',
        name: 'finish',
        arguments: { summary: 'Greeting written, effects made.', result: { files: ['src/greeting.txt', 'notes/done.md'] }, evidence: [{ kind: 'command', detail: 'node effect.mjs third: exit 0' }] },
      },
    ],
  },
];

/** The journal file of an attempt. */
export function journalPath(directory: string, attempt: number): string {
  return join(directory, `journal-${attempt}.jsonl`);
}
