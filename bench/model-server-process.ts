/**
 * The local model server in a process of its own, for benchmarks: what it does per request (parse,
 * record, answer) then neither runs on the measured process's event loop nor grows its heap.
 * Messages: it sends `{ url }` once listening; `{ steps }` replaces the script and is answered with
 * `{ scripted: n }`.
 */
import { startModelServer, type ModelServerStep } from '../test/support/model-server.js';

const server = await startModelServer();
process.on('message', (message: { steps?: ModelServerStep[] }) => {
  if (message.steps === undefined) return;
  server.reset();
  server.script(message.steps);
  process.send?.({ scripted: message.steps.length });
});
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
process.send?.({ url: server.url });
