/**
 * How failures of `@actions/artifact` become Drydock errors. Retryable failures cannot be driven
 * through the real client cheaply (it backs off for seconds between its own retries), so these
 * tests feed the library's own error classes and messages in the formats its source produces.
 */
import { ArtifactNotFoundError, GHESNotSupportedError, NetworkError, UsageError } from '@actions/artifact';
import { describe, expect, it } from 'vitest';
import { isArtifactNotFound, toArtifactServiceError } from '../../src/adapters/artifact-store-actions-errors.js';
import { ExternalServiceError, InputError, IntegrityError } from '../../src/core/errors.js';

const LOAD = { verb: 'load', artifactName: 'drydock-plan-attempt-1', runId: '7' } as const;

function mapped(error: unknown, operation: Parameters<typeof toArtifactServiceError>[1] = LOAD): ExternalServiceError {
  const result = toArtifactServiceError(error, operation);
  if (!ExternalServiceError.isInstance(result)) throw new Error(`expected an ExternalServiceError, got ${result.name}`);
  return result;
}

describe('toArtifactServiceError', () => {
  it.each([
    ['Failed to ListArtifacts: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable', true, 503],
    ['Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized', false, 401],
    ['Failed to GetSignedArtifactURL: Received non-retryable error: Failed request: (404) Not Found: workflow run not found', false, 404],
    ['Unable to download and extract artifact: Artifact download failed after 5 retries.', true, undefined],
    ['Upload progress stalled.', true, undefined],
    ['Something nobody has seen before', false, undefined],
  ])('maps %j to retryable=%s', (message, retryable, status) => {
    const error = mapped(new Error(message));
    expect(error).toMatchObject({ service: 'artifacts', retryable, status });
    expect(error.message).toBe(`Artifact service failed to load artifact 'drydock-plan-attempt-1' (run 7): ${message}`);
  });

  it('reads the status of Octokit errors', () => {
    const httpError = (status: number) => Object.assign(new Error('Server Error'), { name: 'HttpError', status });
    expect(mapped(httpError(502))).toMatchObject({ retryable: true, status: 502 });
    expect(mapped(httpError(429))).toMatchObject({ retryable: true, status: 429 });
    expect(mapped(httpError(403))).toMatchObject({ retryable: false, status: 403 });
  });

  it('uses the library error classes to tell transient from settled failures', () => {
    expect(mapped(new NetworkError('ECONNRESET')).retryable).toBe(true);
    expect(mapped(new UsageError()).retryable).toBe(false);
    expect(mapped(new GHESNotSupportedError()).retryable).toBe(false);
    expect(mapped(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable')).message).toMatch(
      /only reachable from a JavaScript action step/,
    );
  });

  it('turns a name conflict into an InputError that names the artifact', () => {
    const conflict = new Error(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
    const error = toArtifactServiceError(conflict, { verb: 'save', artifactName: 'drydock-plan-attempt-1', runId: '7' });
    expect(InputError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^Cannot save artifact 'drydock-plan-attempt-1': an artifact with this name already exists in run 7/);
    expect(error.cause).toBe(conflict);
  });

  it('passes Drydock errors through and describes list failures by run', () => {
    const integrity = new IntegrityError('digest');
    expect(toArtifactServiceError(integrity, LOAD)).toBe(integrity);
    expect(mapped(new Error('boom'), { verb: 'list', runId: '7' }).message).toBe('Artifact service failed to list artifacts of run 7: boom');
  });

  it('recognises the not-found error of the library', () => {
    expect(isArtifactNotFound(new ArtifactNotFoundError('Artifact not found for name: x'))).toBe(true);
    expect(isArtifactNotFound(new Error('Artifact not found'))).toBe(false);
  });
});
