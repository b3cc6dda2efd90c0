import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A runner machine for in-process stage runs: a workspace, RUNNER_TEMP, and the GITHUB_* contract. */
export interface InProcessRunner {
  /** Temporary directory holding everything; remove it after the test. */
  root: string;
  workspace: string;
  /** Environment for `runStage` (no GITHUB_ACTIONS: artifacts go to RUNNER_TEMP/drydock-artifacts). */
  environment: NodeJS.ProcessEnv;
  /** Path of a file in the artifact a stage attempt saved. */
  artifactFile(artifact: string, file: string): string;
}

/** Creates the runner with the given workspace files (path → content) and run id. */
export function createInProcessRunner(prefix: string, files: Readonly<Record<string, string>>, runId: string): InProcessRunner {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const workspace = join(root, 'workspace');
  mkdirSync(workspace);
  mkdirSync(join(root, 'temp'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  return {
    root,
    workspace,
    environment: {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_ACTOR: 'octocat',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: join(root, 'temp'),
    },
    artifactFile: (artifact, file) => join(root, 'temp', 'drydock-artifacts', runId, artifact, file),
  };
}
