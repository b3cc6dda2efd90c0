import { DrydockError, errorMessage } from '../core/errors.js';
import type { DeploymentRef, DeploymentRequest, Deployments, DeploymentStatusRequest } from '../core/ports/deployments.js';
import { createGitHubClient, silentForgeLog, type ForgeLog } from './forge-github-client.js';

/** Options of {@link createGitHubDeployments}. */
export interface GitHubDeploymentsOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST API root; default https://api.github.com. */
  baseUrl?: string;
  log?: ForgeLog;
}

/** GitHub keeps at most 140 characters of a status description. */
export const MAX_STATUS_DESCRIPTION = 140;

function shorten(text: string): string {
  return text.length <= MAX_STATUS_DESCRIPTION ? text : `${text.slice(0, MAX_STATUS_DESCRIPTION - 1)}…`;
}

/**
 * The GitHub Deployments API: `POST /repos/{owner}/{repo}/deployments` (no auto-merge, no required
 * contexts: the canary deploys the commit it was given) and `POST …/deployments/{id}/statuses`
 * with `environment_url` and `log_url`. A 202 answer (a merge GitHub would have to make) is an error.
 */
export function createGitHubDeployments(options: GitHubDeploymentsOptions): Deployments {
  const client = createGitHubClient({
    token: options.token,
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    userAgent: 'drydock',
    log: options.log ?? silentForgeLog,
    rateLimitRetries: 2,
    maximumRateLimitWaitSeconds: 120,
    serverErrorRetries: 2,
  });
  const repository = { owner: options.owner, repo: options.repo };
  return {
    kind: 'github',
    async createDeployment(request: DeploymentRequest): Promise<DeploymentRef> {
      try {
        const response = await client.rest.repos.createDeployment({
          ...repository,
          ref: request.ref,
          environment: request.environment,
          description: shorten(request.description),
          payload: request.payload as Record<string, unknown>,
          auto_merge: false,
          required_contexts: [],
          transient_environment: false,
        });
        const data = response.data as { id?: number; url?: string; message?: string };
        if (response.status !== 201 || data.id === undefined) {
          throw new DrydockError(`GitHub did not create the deployment: ${data.message ?? `HTTP ${response.status}`}`);
        }
        return { id: data.id, url: data.url ?? '' };
      } catch (error) {
        if (DrydockError.isInstance(error)) throw error;
        throw new DrydockError(`Could not create a deployment of ${request.ref} to ${request.environment}: ${errorMessage(error)}`, { cause: error });
      }
    },
    async createStatus(request: DeploymentStatusRequest): Promise<{ id: number }> {
      try {
        const response = await client.rest.repos.createDeploymentStatus({
          ...repository,
          deployment_id: request.deploymentId,
          state: request.state,
          description: shorten(request.description),
          ...(request.environmentUrl === undefined ? {} : { environment_url: request.environmentUrl }),
          ...(request.logUrl === undefined ? {} : { log_url: request.logUrl }),
          // A promoted canary replaces earlier deployments of the environment.
          auto_inactive: request.state === 'success',
        });
        return { id: response.data.id };
      } catch (error) {
        throw new DrydockError(`Could not set deployment ${request.deploymentId} to ${request.state}: ${errorMessage(error)}`, { cause: error });
      }
    },
  };
}
