/**
 * The Actions artifact store against the real `@actions/artifact` client, talking real HTTP to a
 * LOCAL server on 127.0.0.1 that speaks the artifact service protocol as the client library
 * expects it (Twirp results API, Azure block-blob uploads, REST API for other runs); see
 * artifact-store-actions-server.ts. Nothing in the client is mocked. Stored archives are real
 * zips: made by the client (through `archiver`) on save, or by `archiver` in the test for
 * artifacts seeded as if another job had uploaded them.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExternalServiceError, InputError, IntegrityError } from '../../src/core/errors.js';
import type { ActionsArtifactStoreOptions } from '../../src/adapters/artifact-store-actions.js';
import type { ArtifactStore } from '../../src/core/ports/artifact-store.js';
import { startLocalArtifactService, type LocalArtifactService } from './artifact-store-actions-server.js';
import { craftZip, zipWithArchiver } from './artifact-store-actions-zip-fixtures.js';

type CreateStore = (options: ActionsArtifactStoreOptions) => ArtifactStore;

const OWNER = 'octo-org';
const REPO = 'octo-repo';

let service: LocalArtifactService;
let createActionsArtifactStore: CreateStore;
let tempDirectory: string;
let logged: string[];

beforeAll(async () => {
  service = await startLocalArtifactService();
  // @actions/github reads GITHUB_API_URL once, when it is first imported, so the store module
  // (which pulls it in through @actions/artifact) is imported only after the variable is set.
  // This relies on each test file getting its own module graph (Vitest's default isolation).
  vi.stubEnv('GITHUB_API_URL', service.url);
  ({ createActionsArtifactStore } = await import('../../src/adapters/artifact-store-actions.js'));
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await service.close();
});

beforeEach(async () => {
  tempDirectory = await mkdtemp(join(tmpdir(), 'drydock-artifact-store-test-'));
  logged = [];
  vi.stubEnv('ACTIONS_RESULTS_URL', `${service.url}/`);
  // github.com (the default) is not GHES; a server URL pointing anywhere else would make the client refuse.
  vi.stubEnv('GITHUB_SERVER_URL', undefined);
  vi.stubEnv('ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY', undefined);
  service.reset();
  useRun(100);
  // The client reports progress with @actions/core, which writes workflow commands to stdout.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  expect(await readdir(tempDirectory)).toEqual([]);
  await rm(tempDirectory, { recursive: true, force: true });
});

/** Acts as a job of `runId`'s attempt `attempt`: the runtime token carries its backend ids. */
function useRun(runId: number, attempt = 1): void {
  vi.stubEnv('ACTIONS_RUNTIME_TOKEN', service.runtimeToken(runId, attempt));
}

function storeFor(runId: number, overrides: Partial<ActionsArtifactStoreOptions> = {}): ArtifactStore {
  return createActionsArtifactStore({
    token: service.restToken,
    owner: OWNER,
    repo: REPO,
    runId: String(runId),
    tempDirectory,
    log: (message) => logged.push(message),
    ...overrides,
  });
}

function text(content: Uint8Array | undefined): string {
  return Buffer.from(content ?? new Uint8Array()).toString('utf8');
}

function manifestFor(files: Record<string, string>): string {
  const entries = Object.keys(files)
    .sort()
    .map((name) => {
      const content = Buffer.from(files[name] ?? '', 'utf8');
      return { name, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    });
  return JSON.stringify({ manifestVersion: 1, files: entries });
}

function requestPaths(): string[] {
  return service.requests.map((request) => `${request.method} ${request.url.replace(/\?.*$/, '')}`);
}

describe('createActionsArtifactStore', () => {
  it('saves files as one artifact and loads them back from the current run', async () => {
    const store = storeFor(100);
    const journal = new Uint8Array([0, 1, 2, 255]);
    const info = await store.save('drydock-plan-attempt-1', { 'run-state.json': '{"schemaVersion":1}', 'journal.jsonl': journal });

    expect(info).toMatchObject({ name: 'drydock-plan-attempt-1', runId: '100' });
    expect(info.size).toBeGreaterThan(0);
    const files = await store.load({ name: 'drydock-plan-attempt-1' });
    expect(Object.keys(files).sort()).toEqual(['journal.jsonl', 'run-state.json']);
    expect(text(files['run-state.json'])).toBe('{"schemaVersion":1}');
    expect([...(files['journal.jsonl'] ?? [])]).toEqual([0, 1, 2, 255]);

    const paths = requestPaths();
    expect(paths).toContain('POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact');
    expect(service.requests.some((request) => request.url.includes('comp=block&'))).toBe(true);
    expect(service.requests.some((request) => request.url.includes('comp=blocklist'))).toBe(true);
    expect(paths).toContain('POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact');
    expect(paths).toContain('POST /twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL');
    expect(paths.some((path) => path.includes('/repos/'))).toBe(false);
    expect(await store.list()).toEqual([{ name: 'drydock-plan-attempt-1', runId: '100', size: info.size }]);
    expect(logged).toEqual([
      expect.stringContaining("Saved artifact 'drydock-plan-attempt-1' to run 100: 2 files"),
      "Loaded artifact 'drydock-plan-attempt-1' from this attempt: 2 files verified.",
    ]);
  });

  it('loads and lists an artifact of another run through the REST API', async () => {
    useRun(99);
    await storeFor(99).save('drydock-plan-attempt-1', { 'plan.json': '{"tasks":[]}' });
    useRun(100);
    service.requests.length = 0;

    const store = storeFor(100);
    const files = await store.load({ name: 'drydock-plan-attempt-1', runId: '99' });

    expect(text(files['plan.json'])).toBe('{"tasks":[]}');
    expect(requestPaths()).toEqual([
      `GET /repos/${OWNER}/${REPO}/actions/runs/99/artifacts`,
      `GET /repos/${OWNER}/${REPO}/actions/artifacts/1/zip`,
      'GET /devstoreaccount1/artifacts/artifact-1',
    ]);
    expect(await store.list({ runId: '99' })).toEqual([{ name: 'drydock-plan-attempt-1', runId: '99', size: expect.any(Number) }]);
    expect(await store.list()).toEqual([]);
  });

  it('loads an artifact of an earlier attempt of the current run, which the runtime API cannot see', async () => {
    useRun(100, 1);
    await storeFor(100).save('drydock-implement-attempt-1', { 'result.json': '"ok"' });
    useRun(100, 2);

    const store = storeFor(100);
    expect(text((await store.load({ name: 'drydock-implement-attempt-1' }))['result.json'])).toBe('"ok"');
    expect(logged.at(-1)).toContain('from an earlier attempt');
    expect((await store.list()).map((artifact) => artifact.name)).toEqual(['drydock-implement-attempt-1']);
  });

  it('names the artifact and the run when an artifact is missing', async () => {
    const store = storeFor(100);
    await expect(store.load({ name: 'drydock-plan-attempt-1' })).rejects.toSatisfy(
      (error: unknown) =>
        InputError.isInstance(error) && /Artifact 'drydock-plan-attempt-1' not found in run 100 of octo-org\/octo-repo/.test(error.message),
    );
    await expect(store.load({ name: 'drydock-plan-attempt-1', runId: '98' })).rejects.toThrow(
      /Artifact 'drydock-plan-attempt-1' not found in run 98 .*actions: read/,
    );
  });

  it('refuses a duplicate name within a run and says that names are immutable', async () => {
    const store = storeFor(100);
    await store.save('drydock-triage-attempt-1', { 'verdict.json': '"pass"' });
    const error = await store.save('drydock-triage-attempt-1', { 'verdict.json': '"regression"' }).catch((caught: unknown) => caught);

    expect(InputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/artifact with this name already exists in run 100.*immutable within a run/);
    expect(text((await store.load({ name: 'drydock-triage-attempt-1' }))['verdict.json'])).toBe('"pass"');
  });

  it('refuses file names that are not flat before anything is written or sent', async () => {
    const store = storeFor(100);
    for (const name of ['nested/state.json', '..', 'back\\slash', 'nul\0byte', 'manifest.json', '']) {
      const error = await store.save('drydock-plan-attempt-1', { [name]: 'x' }).catch((caught: unknown) => caught);
      expect(InputError.isInstance(error), name).toBe(true);
      expect((error as InputError).where).toBe(`drydock-plan-attempt-1/${name}`);
    }
    await expect(store.save('bad/name', { 'a.txt': 'x' })).rejects.toThrow(/Invalid artifact name "bad\/name"/);
    expect(service.requests).toEqual([]);
  });

  it('uploads nothing when the files cannot be staged', async () => {
    const blocker = join(tempDirectory, 'not-a-directory');
    await writeFile(blocker, 'x');
    const store = storeFor(100, { tempDirectory: join(blocker, 'inside') });

    await expect(store.save('drydock-plan-attempt-1', { 'a.txt': 'x' })).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(service.requests).toEqual([]);
    await rm(blocker);
  });

  it('detects content that does not match its manifest', async () => {
    const manifest = manifestFor({ 'run-state.json': '{"approved":false}' });
    service.seed({
      runId: 100,
      name: 'drydock-plan-attempt-1',
      archive: await zipWithArchiver({ 'manifest.json': manifest, 'run-state.json': '{"approved":true!}' }),
    });

    const error = await storeFor(100)
      .load({ name: 'drydock-plan-attempt-1' })
      .catch((caught: unknown) => caught);
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe("File 'run-state.json' of artifact 'drydock-plan-attempt-1' in run '100' does not match the sha256 in its manifest.");
  });

  it('detects a file listed in the manifest but missing from the artifact', async () => {
    const manifest = manifestFor({ 'run-state.json': '{}', 'journal.jsonl': '' });
    service.seed({ runId: 100, name: 'drydock-plan-attempt-1', archive: await zipWithArchiver({ 'manifest.json': manifest, 'run-state.json': '{}' }) });

    await expect(storeFor(100).load({ name: 'drydock-plan-attempt-1' })).rejects.toThrow(
      "File 'journal.jsonl' of artifact 'drydock-plan-attempt-1' in run '100' is missing; its manifest lists it.",
    );
  });

  it('detects an archive that does not match the digest the service recorded', async () => {
    const archive = await zipWithArchiver({ 'manifest.json': manifestFor({ 'a.txt': 'a' }), 'a.txt': 'a' });
    service.seed({ runId: 100, name: 'drydock-plan-attempt-1', archive, digest: `sha256:${'0'.repeat(64)}` });

    await expect(storeFor(100).load({ name: 'drydock-plan-attempt-1' })).rejects.toSatisfy(
      (error: unknown) => IntegrityError.isInstance(error) && /digest the artifact service recorded/.test(error.message),
    );
  });

  it('refuses archives that expand past the size limit without writing them out', async () => {
    const zeros = new Uint8Array(1024 * 1024);
    const archive = craftZip([
      { name: 'manifest.json', content: Buffer.from(manifestFor({})) },
      { name: 'bomb.bin', content: zeros, deflate: true },
    ]);
    expect(deflateRawSync(zeros).length).toBeLessThan(4096);
    service.seed({ runId: 100, name: 'drydock-plan-attempt-1', archive });

    await expect(storeFor(100, { maxTotalBytes: 64 * 1024 }).load({ name: 'drydock-plan-attempt-1' })).rejects.toSatisfy(
      (error: unknown) => IntegrityError.isInstance(error) && /drydock-plan-attempt-1.*more than the limit of 65536/.test(error.message),
    );
  });

  it('refuses to download an artifact the service reports as too large', async () => {
    service.seed({ runId: 100, name: 'drydock-plan-attempt-1', archive: Buffer.alloc(3 * 1024 * 1024) });

    await expect(storeFor(100, { maxTotalBytes: 1024 }).load({ name: 'drydock-plan-attempt-1' })).rejects.toThrow(
      /Artifact 'drydock-plan-attempt-1' \(run 100\) is 3145728 bytes, more than the limit of 1024; refusing to load it/,
    );
    expect(requestPaths().some((path) => path.startsWith('GET /devstoreaccount1/'))).toBe(false);
  });

  it('refuses to save more than it would agree to load', async () => {
    await expect(storeFor(100, { maxTotalBytes: 1024 }).save('drydock-plan-attempt-1', { 'big.bin': new Uint8Array(2048) })).rejects.toThrow(
      /holds 2048 bytes, more than the limit of 1024/,
    );
    expect(service.requests).toEqual([]);
  });

  it('lists this attempt only when the token may not read earlier attempts', async () => {
    const store = storeFor(100);
    await store.save('drydock-plan-attempt-1', { 'a.txt': 'a' });
    service.denyRest(true);

    expect((await store.list()).map((artifact) => artifact.name)).toEqual(['drydock-plan-attempt-1']);
    expect(logged.at(-1)).toMatch(/refused \(403\); listing this attempt only/);
    await expect(store.list({ runId: '99' })).rejects.toSatisfy(
      (error: unknown) => ExternalServiceError.isInstance(error) && error.service === 'artifacts' && error.status === 403 && !error.retryable,
    );
  });

  it('explains that the artifact service needs a JavaScript action step', async () => {
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', undefined);
    await expect(storeFor(100).save('drydock-plan-attempt-1', { 'a.txt': 'a' })).rejects.toSatisfy(
      (error: unknown) =>
        ExternalServiceError.isInstance(error) && !error.retryable && /only reachable from a JavaScript action step/.test(error.message),
    );
  });

  it('refuses invalid options and run ids', () => {
    expect(() => storeFor(100, { runId: '12abc' })).toThrow(/Invalid run id "12abc"/);
    expect(() => storeFor(100, { token: ' ' })).toThrow(/option 'token' is empty/);
    expect(() => storeFor(100, { maxTotalBytes: 0 })).toThrow(/Invalid maxTotalBytes 0/);
    return expect(storeFor(100).load({ name: 'x', runId: '-1' })).rejects.toThrow(/Invalid run id "-1"/);
  });
});
