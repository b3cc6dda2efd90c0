import { isAbsolute, join, resolve } from 'node:path';
import { createLocalArtifactStore } from '../../adapters/artifact-store-local.js';
import { createLocalForge } from '../../adapters/forge-local.js';
import type { ArtifactStore } from '../../core/ports/artifact-store.js';
import type { Forge } from '../../core/ports/forge.js';
import type { StageIo } from '../../core/ports/stage-io.js';
import type { GitHubContext } from './github-context.js';

// The artifact client (Azure storage, zip, protobuf) and Octokit are most of a bundle's bytes.
// They are imported on first use, into chunks of their own, so a stage that fails on its inputs,
// or never talks to GitHub, does not pay to load them.

/** Where a stage's artifacts go: workflow artifacts inside Actions, a directory otherwise. */
export async function createArtifactStore(
  context: GitHubContext,
  options: { artifactsDirectory: string | undefined; token: string | undefined; io: StageIo; environment: NodeJS.ProcessEnv },
): Promise<{ store: ArtifactStore; description: string }> {
  const { trigger } = context;
  if (options.artifactsDirectory !== undefined) {
    const directory = isAbsolute(options.artifactsDirectory)
      ? options.artifactsDirectory
      : resolve(context.workspace, options.artifactsDirectory);
    return { store: createLocalArtifactStore(directory, trigger.runId), description: `directory ${directory}` };
  }
  // The artifact service is reachable only from a JavaScript action step, which the runner gives this token.
  if (options.environment.ACTIONS_RUNTIME_TOKEN && options.environment.ACTIONS_RESULTS_URL) {
    const [owner, repo] = trigger.repository.split('/') as [string, string];
    const { createActionsArtifactStore } = await import('../../adapters/artifact-store-actions.js');
    return {
      store: createActionsArtifactStore({
        token: options.token ?? '',
        owner,
        repo,
        runId: trigger.runId,
        tempDirectory: context.temporaryDirectory,
        log: (message: string) => options.io.info(message),
      }),
      description: 'workflow artifacts',
    };
  }
  const directory = join(context.temporaryDirectory, 'drydock-artifacts');
  return { store: createLocalArtifactStore(directory, trigger.runId), description: `directory ${directory}` };
}

/** The code host: GitHub inside Actions (with a token), the local git forge otherwise. */
export async function createForge(context: GitHubContext, token: string | undefined, io: StageIo): Promise<Forge> {
  const [owner, name] = context.trigger.repository.split('/') as [string, string];
  if (context.inActions && token !== undefined && token !== '') {
    const { createGitHubForge } = await import('../../adapters/forge-github.js');
    return createGitHubForge({
      token,
      owner,
      repo: name,
      baseUrl: context.apiUrl,
      log: { info: (message: string) => io.info(message), debug: (message: string) => io.debug(message) },
    });
  }
  return createLocalForge({ repoDir: context.workspace, owner, name, actor: context.trigger.actor });
}
