/**
 * A local server (node:http on 127.0.0.1) that speaks the GitHub artifact service protocol as
 * `@actions/artifact` 6 expects it, so tests run the real client over real HTTP:
 *
 * - the results service's Twirp JSON API (`/twirp/github.actions.results.api.v1.ArtifactService/*`:
 *   CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL), scoped by the backend
 *   ids in the runtime token's `scp` claim (`Actions.Results:<runBackendId>:<jobBackendId>`);
 * - Azure Blob Storage at the signed URLs it hands out: Put Block (`comp=block`), Put Block List
 *   (`comp=blocklist`), single-shot Put Blob and Get Blob, as `@azure/storage-blob` sends them;
 * - the REST API the client uses for other runs: `GET /repos/{o}/{r}/actions/runs/{id}/artifacts`
 *   and `GET /repos/{o}/{r}/actions/artifacts/{id}/zip` (a 302 to a signed blob URL).
 *
 * Like the real service, the runtime API sees one run attempt; the REST API sees every attempt
 * and answers 404 for a run it has never heard of (no token minted, nothing seeded).
 * It is written from the client's source (node_modules/@actions/artifact/lib), not from the service.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const BLOB_PREFIX = '/devstoreaccount1/artifacts/';

interface StoredArtifact {
  id: number;
  runId: number;
  attempt: number;
  name: string;
  blobKey: string;
  size: number;
  digest: string | undefined;
  finalized: boolean;
  createdAt: Date;
}

/** A request the server received, for assertions. */
export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
}

/** Options for seeding an artifact directly, as if a job had uploaded it. */
export interface SeedOptions {
  runId: number;
  attempt?: number;
  name: string;
  archive: Buffer;
  /** Digest the service records; default: the sha256 of `archive`. */
  digest?: string;
}

/** The handle tests use. */
export interface LocalArtifactService {
  /** Base URL, e.g. `http://127.0.0.1:41234`, for ACTIONS_RESULTS_URL and GITHUB_API_URL. */
  url: string;
  /** Token the REST API accepts. */
  restToken: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** A runtime token (JWT) for one attempt of a run. */
  runtimeToken(runId: number, attempt?: number): string;
  /** Store a finished artifact without going through the upload protocol. */
  seed(options: SeedOptions): void;
  /** Forget every artifact, blob, run and request, and allow the REST API again. */
  reset(): void;
  /** Make the REST API answer 403 (a token without `actions: read`). */
  denyRest(deny: boolean): void;
  close(): Promise<void>;
}

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startLocalArtifactService(): Promise<LocalArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const requests: RecordedRequest[] = [];
  const knownRuns = new Set<number>();
  const restToken = 'rest-token-for-tests';
  let restDenied = false;
  let nextId = 1;
  let url = '';

  const backendIds = (runId: number, attempt: number) => ({ run: `run-${runId}-attempt-${attempt}`, job: `job-of-run-${runId}` });
  const parseRunBackendId = (value: unknown) => {
    const match = /^run-(\d+)-attempt-(\d+)$/.exec(String(value));
    return match ? { runId: Number(match[1]), attempt: Number(match[2]) } : undefined;
  };
  const signedBlobUrl = (key: string, purpose: string) => `${url}${BLOB_PREFIX}${key}?sv=2023-11-03&sp=${purpose}&sig=signature-${key}`;

  function twirp(method: string, body: Record<string, unknown>, scopes: string, response: ServerResponse): void {
    const scope = parseRunBackendId(body.workflow_run_backend_id);
    if (!scope || !scopes.includes(`Actions.Results:${String(body.workflow_run_backend_id)}:`)) {
      return sendJson(response, 403, { code: 'permission_denied', msg: 'token does not grant access to this workflow run' });
    }
    const visible = artifacts.filter((artifact) => artifact.runId === scope.runId && artifact.attempt === scope.attempt);
    switch (method) {
      case 'CreateArtifact': {
        if (visible.some((artifact) => artifact.name === body.name)) {
          return sendJson(response, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        }
        const id = nextId++;
        const blobKey = `artifact-${id}`;
        artifacts.push({ id, ...scope, name: String(body.name), blobKey, size: 0, digest: undefined, finalized: false, createdAt: new Date() });
        return sendJson(response, 200, { ok: true, signed_upload_url: signedBlobUrl(blobKey, 'cw') });
      }
      case 'FinalizeArtifact': {
        const artifact = visible.find((candidate) => candidate.name === body.name && !candidate.finalized);
        const blob = artifact && blobs.get(artifact.blobKey);
        if (!artifact || !blob) return sendJson(response, 404, { code: 'not_found', msg: 'artifact not found' });
        if (String(blob.length) !== String(body.size)) return sendJson(response, 400, { code: 'invalid_argument', msg: 'size mismatch' });
        artifact.finalized = true;
        artifact.size = blob.length;
        artifact.digest = typeof body.hash === 'string' ? body.hash : undefined;
        return sendJson(response, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      case 'ListArtifacts': {
        const listed = visible.filter(
          (artifact) =>
            artifact.finalized &&
            (body.name_filter === undefined || artifact.name === body.name_filter) &&
            (body.id_filter === undefined || String(artifact.id) === String(body.id_filter)),
        );
        return sendJson(response, 200, {
          artifacts: listed.map((artifact) => ({
            workflow_run_backend_id: backendIds(artifact.runId, artifact.attempt).run,
            workflow_job_run_backend_id: backendIds(artifact.runId, artifact.attempt).job,
            database_id: String(artifact.id),
            name: artifact.name,
            size: String(artifact.size),
            created_at: artifact.createdAt.toISOString(),
            ...(artifact.digest ? { digest: artifact.digest } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const artifact = visible.find((candidate) => candidate.name === body.name && candidate.finalized);
        if (!artifact) return sendJson(response, 404, { code: 'not_found', msg: 'artifact not found' });
        return sendJson(response, 200, { signed_url: signedBlobUrl(artifact.blobKey, 'r') });
      }
      default:
        return sendJson(response, 404, { code: 'bad_route', msg: `no handler for ${method}` });
    }
  }

  function blob(request: IncomingMessage, target: URL, body: Buffer, response: ServerResponse): void {
    const key = decodeURIComponent(target.pathname.slice(BLOB_PREFIX.length));
    if (target.searchParams.get('sig') !== `signature-${key}`) return sendXmlError(response, 403, 'AuthenticationFailed');
    if (request.method === 'GET') {
      const content = blobs.get(key);
      if (!content) return sendXmlError(response, 404, 'BlobNotFound');
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': content.length });
      return void response.end(content);
    }
    if (request.method !== 'PUT') return sendXmlError(response, 405, 'UnsupportedHttpVerb');
    const staged = blocks.get(key) ?? new Map<string, Buffer>();
    blocks.set(key, staged);
    const operation = target.searchParams.get('comp');
    if (operation === 'block') {
      staged.set(target.searchParams.get('blockid') ?? '', body);
    } else if (operation === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((match) => match[1] ?? '');
      const parts = ids.map((id) => staged.get(id));
      if (parts.some((part) => part === undefined)) return sendXmlError(response, 400, 'InvalidBlockList');
      blobs.set(key, Buffer.concat(parts as Buffer[]));
      blocks.delete(key);
    } else if (request.headers['x-ms-blob-type'] === 'BlockBlob') {
      blobs.set(key, body);
    } else {
      return sendXmlError(response, 400, 'InvalidQueryParameterValue');
    }
    response.writeHead(201, { etag: `"${key}-${Date.now()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-id': key });
    response.end();
  }

  function rest(request: IncomingMessage, target: URL, response: ServerResponse): void {
    if (request.headers.authorization !== `token ${restToken}`) return sendJson(response, 401, { message: 'Bad credentials' });
    if (restDenied) return sendJson(response, 403, { message: 'Resource not accessible by integration' });
    const list = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(target.pathname);
    if (list) {
      const runId = Number(list[1]);
      if (!knownRuns.has(runId)) return sendJson(response, 404, { message: 'Not Found' });
      const name = target.searchParams.get('name');
      const listed = artifacts.filter((artifact) => artifact.runId === runId && artifact.finalized && (name === null || artifact.name === name));
      return sendJson(response, 200, {
        total_count: listed.length,
        artifacts: listed.map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          size_in_bytes: artifact.size,
          created_at: artifact.createdAt.toISOString(),
          digest: artifact.digest ?? null,
          expired: false,
        })),
      });
    }
    const download = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(target.pathname);
    const artifact = download && artifacts.find((candidate) => candidate.id === Number(download[1]) && candidate.finalized);
    if (!artifact) return sendJson(response, 404, { message: 'Not Found' });
    response.writeHead(302, { location: signedBlobUrl(artifact.blobKey, 'r') });
    response.end();
  }

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = new URL(request.url ?? '/', 'http://127.0.0.1');
      requests.push({ method: request.method ?? '', url: `${target.pathname}${target.search}` });
      const body = Buffer.concat(chunks);
      if (target.pathname.startsWith(TWIRP_PREFIX)) {
        const scopes = scopesOf(request.headers.authorization);
        return twirp(target.pathname.slice(TWIRP_PREFIX.length), JSON.parse(body.toString('utf8') || '{}'), scopes, response);
      }
      if (target.pathname.startsWith(BLOB_PREFIX)) return blob(request, target, body, response);
      if (target.pathname.startsWith('/repos/')) return rest(request, target, response);
      sendJson(response, 404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    restToken,
    requests,
    runtimeToken(runId, attempt = 1) {
      knownRuns.add(runId);
      const ids = backendIds(runId, attempt);
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const payload = { scp: `Actions.GenericRead:00000000 Actions.Results:${ids.run}:${ids.job}`, exp: 4102444800 };
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.signature`;
    },
    seed({ runId, attempt = 1, name, archive, digest }) {
      knownRuns.add(runId);
      const id = nextId++;
      const blobKey = `artifact-${id}`;
      blobs.set(blobKey, archive);
      const actualDigest = `sha256:${createHash('sha256').update(archive).digest('hex')}`;
      artifacts.push({ id, runId, attempt, name, blobKey, size: archive.length, digest: digest ?? actualDigest, finalized: true, createdAt: new Date() });
    },
    reset() {
      artifacts.length = 0;
      blobs.clear();
      blocks.clear();
      knownRuns.clear();
      requests.length = 0;
      restDenied = false;
      nextId = 1;
    },
    denyRest(deny) {
      restDenied = deny;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function scopesOf(authorization: string | undefined): string {
  const token = authorization?.replace(/^Bearer /, '') ?? '';
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown };
    return typeof payload.scp === 'string' ? payload.scp : '';
  } catch {
    return '';
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function sendXmlError(response: ServerResponse, status: number, code: string): void {
  const text = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
  response.end(text);
}
