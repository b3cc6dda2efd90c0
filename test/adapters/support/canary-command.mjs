// The traffic and rollback commands of canary tests: real programs that write what they were asked
// to do to a file, one line per run. `node canary-command.mjs FILE weight 25 v2` appends
// "weight 25 v2"; `node canary-command.mjs FILE rollback` appends "rollback". Rolling back twice is
// harmless: it only appends another line.
import { appendFileSync } from 'node:fs';

const [file, ...words] = process.argv.slice(2);
if (file === undefined || words.length === 0) {
  process.stderr.write('usage: canary-command.mjs FILE ACTION [ARGUMENTS...]\n');
  process.exit(2);
}
if (process.env.CANARY_COMMAND_FAIL === words[0]) {
  process.stderr.write(`${words[0]} failed on purpose\n`);
  process.exit(3);
}
appendFileSync(file, `${words.join(' ')}\n`);
