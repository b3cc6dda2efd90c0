/**
 * A local server (node:http on 127.0.0.1, ephemeral port) speaking the OpenAI chat-completions
 * protocol (`POST /v1/chat/completions`, also `/chat/completions`), so tests run the real `openai`
 * SDK over real HTTP against a scripted model:
 *
 * ```ts
 * const server = await startModelServer();
 * server.script([{ fault: 'rate-limit', retryAfterSeconds: 1 }, { toolCalls: [{ name: 'read_file', arguments: { path: 'a.ts' } }] }]);
 * // … point a client at server.url …
 * server.assertDone();
 * await server.close();
 * ```
 *
 * Each request consumes the next step: an answer (text, tool calls, JSON content) or a fault
 * (429 with Retry-After, 5xx, a slow answer, a malformed or truncated body). A request with no step
 * left is answered 500 and recorded in `unexpected`; `assertDone` then fails, as it does when steps
 * are left over or a step's `expect` threw. Written from the SDK's request and response types
 * (node_modules/openai/resources/chat/completions), not from the service.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  completionBody,
  errorBody,
  isFault,
  type ChatCompletionsRequestBody,
  type FaultStep,
  type ModelServerStep,
  type RecordedModelRequest,
  type ResponseStep,
} from './model-server-steps.js';

export type * from './model-server-steps.js';

const COMPLETION_PATHS = new Set(['/v1/chat/completions', '/chat/completions']);
let responseCount = 0;

/** The handle tests use. */
export interface ModelServer {
  /** Base URL for the SDK, including `/v1`, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  /** Every request received, in order, expected or not. */
  readonly requests: RecordedModelRequest[];
  /** Requests that found no step left, or went to a path the server does not serve. */
  readonly unexpected: RecordedModelRequest[];
  /** Errors thrown by steps' `expect` callbacks. */
  readonly expectationFailures: Error[];
  /** Steps not consumed yet. */
  readonly pending: number;
  /** Appends steps to the script. */
  script(steps: readonly ModelServerStep[]): void;
  /** Throws when steps are left, a request was unexpected or an `expect` failed. */
  assertDone(): void;
  /** Forgets steps, requests and failures. */
  reset(): void;
  /** Stops the server, dropping pending slow answers and open connections. */
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startModelServer(): Promise<ModelServer> {
  const steps: ModelServerStep[] = [];
  const requests: RecordedModelRequest[] = [];
  const unexpected: RecordedModelRequest[] = [];
  const expectationFailures: Error[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let consumed = 0;

  const server = createServer((request, response) => {
    void readBody(request).then((rawBody) => {
      const recorded = record(request, rawBody, requests.length + 1);
      requests.push(recorded);
      if (request.method !== 'POST' || !COMPLETION_PATHS.has(new URL(recorded.url, 'http://localhost').pathname)) {
        unexpected.push(recorded);
        sendJson(response, 404, errorBody(`model server: no route for ${request.method} ${recorded.url}`, 'invalid_request_error'));
        return;
      }
      const step = steps.shift();
      if (step === undefined) {
        unexpected.push(recorded);
        sendJson(response, 500, errorBody(`model server: request #${recorded.index} arrived with no scripted step left`, 'server_error'));
        return;
      }
      recorded.step = consumed;
      consumed += 1;
      try {
        step.expect?.(recorded);
      } catch (error) {
        expectationFailures.push(error instanceof Error ? error : new Error(String(error)));
        // 400 is not retried, so a failed expectation surfaces at once instead of being retried away.
        sendJson(response, 400, errorBody(`model server: expectation of step ${recorded.step} failed: ${String(error)}`, 'invalid_request_error'));
        return;
      }
      if (recorded.body === undefined) {
        sendJson(response, 400, errorBody('model server: the request body is not JSON', 'invalid_request_error'));
        return;
      }
      if (isFault(step)) injectFault(step, recorded, response, timers);
      else sendJson(response, 200, completionBody(step, recorded));
    }, () => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    unexpected,
    expectationFailures,
    get pending() {
      return steps.length;
    },
    script(more) {
      steps.push(...more);
    },
    assertDone() {
      const problems: string[] = [];
      if (steps.length > 0) problems.push(`${steps.length} scripted step(s) left unconsumed`);
      for (const request of unexpected) problems.push(`unexpected request #${request.index}: ${request.method} ${request.url}`);
      for (const failure of expectationFailures) problems.push(`expectation failed: ${failure.message}`);
      if (problems.length > 0) throw new Error(`model server: ${problems.join('; ')}`);
    },
    reset() {
      steps.length = 0;
      requests.length = 0;
      unexpected.length = 0;
      expectationFailures.length = 0;
      consumed = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function injectFault(step: FaultStep, request: RecordedModelRequest, response: ServerResponse, timers: Set<ReturnType<typeof setTimeout>>): void {
  switch (step.fault) {
    case 'rate-limit': {
      const headers: Record<string, string> = { 'retry-after': String(step.retryAfterSeconds ?? 1) };
      if (step.retryAfterMs !== undefined) headers['retry-after-ms'] = String(step.retryAfterMs);
      sendJson(response, 429, errorBody('Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded'), headers);
      return;
    }
    case 'server-error':
      sendJson(response, step.status ?? 500, errorBody('The server had an error while processing your request.', 'server_error'));
      return;
    case 'http-error':
      sendJson(response, step.status, errorBody(step.message ?? `error ${step.status}`, 'invalid_request_error'));
      return;
    case 'slow': {
      const answer: ResponseStep = step.respond ?? { text: 'a slow answer' };
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) sendJson(response, 200, completionBody(answer, request));
      }, step.delayMs);
      timers.add(timer);
      // A client that gave up closes the connection: drop the pending answer with it.
      response.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
      return;
    }
    case 'malformed-json': {
      const text = JSON.stringify(completionBody({ text: 'cut short' }, request));
      sendText(response, 200, `${text.slice(0, Math.floor(text.length / 2))}<<garbage`);
      return;
    }
    case 'truncated': {
      const text = JSON.stringify(completionBody({ text: 'never arrives whole' }, request));
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
      response.write(text.slice(0, Math.floor(text.length / 2)), () => response.destroy());
      return;
    }
  }
}

function record(request: IncomingMessage, rawBody: string, index: number): RecordedModelRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  let body: ChatCompletionsRequestBody | undefined;
  try {
    body = JSON.parse(rawBody) as ChatCompletionsRequestBody;
  } catch {
    body = undefined;
  }
  return { index, method: request.method ?? 'GET', url: request.url ?? '/', headers, body, rawBody, step: undefined };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendText(response, status, JSON.stringify(body), headers);
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    'x-request-id': `req_${(responseCount += 1)}`,
    ...headers,
  });
  response.end(text);
}
