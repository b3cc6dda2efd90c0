import { createFileWorkspace } from '../../adapters/workspace-fs.js';
import { loadConfig, type LoadedConfig } from '../../core/config/index.js';
import { InputError } from '../../core/errors.js';
import { parseInputs, type InputSpecs, type ParsedInputs } from '../../core/inputs.js';
import { Redactor } from '../../core/journal/redact.js';
import { protectedPathRefusal } from '../../core/policy/protected-paths.js';
import type { ArtifactInfo, ArtifactStore } from '../../core/ports/artifact-store.js';
import type { StageIo } from '../../core/ports/stage-io.js';
import type { Workspace } from '../../core/ports/workspace.js';
import { createRunState, type Goal, type RunState } from '../../core/run-state.js';
import { COMMON_INPUTS, COMMON_SECRET_INPUTS, DEFAULT_CONFIG_PATH } from './common-inputs.js';
import { readGitHubContext, type GitHubContext } from './github-context.js';
import { findEarlierAttemptArtifact, findIncomingArtifact, listRunArtifacts, loadHandOver, type HandOver } from './hand-over.js';
import type { StageDefinition } from './stage-definition.js';
import { createArtifactStore } from './stage-services.js';

/** Everything checked before a stage writes anything. */
export interface StageSetup<Specs extends InputSpecs> {
  inputs: ParsedInputs<typeof COMMON_INPUTS> & ParsedInputs<Specs>;
  /** The GitHub token, if any (never journaled, masked in logs). */
  token: string | undefined;
  github: GitHubContext;
  workspace: Workspace;
  loaded: LoadedConfig;
  store: ArtifactStore;
  /** The state and journal an earlier stage handed over, if any. */
  incoming: HandOver | undefined;
  /** This stage's own earlier attempt in this run, whose journal a re-run continues. */
  earlier: HandOver | undefined;
  /** The incoming state, or a new one. */
  state: RunState;
  /** Knows every secret of this stage: input tokens and token-bearing environment variables. */
  redactor: Redactor;
  /** Which job of the stage this is (see `StageDefinition.artifactVariant`); undefined for the main job. */
  variant: string | undefined;
}

/**
 * Reads inputs, the runner context and the policy file, and loads the incoming state: everything
 * that can be wrong with what the user gave, found before the first side effect.
 */
export async function prepareStage<Specs extends InputSpecs>(
  definition: StageDefinition<Specs>,
  io: StageIo,
  environment: NodeJS.ProcessEnv,
): Promise<StageSetup<Specs>> {
  const stage = definition.name;
  const specs = { ...COMMON_INPUTS, ...definition.inputs } as InputSpecs;
  const inputs = parseInputs(specs, (name) => io.getInput(name)) as ParsedInputs<typeof COMMON_INPUTS> & ParsedInputs<Specs>;
  const token = inputs['github-token'];
  const secrets: string[] = [];
  for (const name of [...COMMON_SECRET_INPUTS, ...definition.secretInputs]) {
    const value = (inputs as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') {
      io.registerSecret(value);
      secrets.push(value);
    }
  }
  const github = readGitHubContext(environment);
  definition.validate?.(inputs, github.payload);

  // Every file access a stage makes is checked against the protected paths on its real location.
  const workspace = await createFileWorkspace(github.workspace, { guard: (access, path) => protectedPathRefusal(path, access) });
  const configPath = inputs.config ?? DEFAULT_CONFIG_PATH;
  let configText = '';
  if (await workspace.exists(configPath)) {
    configText = await workspace.readText(configPath, { maxBytes: 1024 * 1024 });
  } else if (inputs.config !== undefined && inputs.config !== DEFAULT_CONFIG_PATH) {
    // The runner passes action.yml's default (.github/drydock.yml) as if it were given: only a
    // path other than the default must exist; a missing default means the safe defaults.
    throw new InputError(`Input 'config': ${configPath} does not exist in the workspace.`, { where: 'config' });
  }
  const loaded = loadConfig(configText, configPath);
  for (const warning of loaded.warnings) {
    io.annotate('warning', warning.message, { file: configPath, ...(warning.line === undefined ? {} : { line: warning.line }) });
  }

  const { store, description: storeDescription } = await createArtifactStore(github, {
    artifactsDirectory: inputs['artifacts-dir'],
    token,
    io,
    environment,
  });
  const sourceRunId = inputs['state-run-id'];
  // This run's artifacts are listed at most once: both the hand-over and a re-run's resume look in them.
  let thisRun: Promise<ArtifactInfo[]> | undefined;
  const thisRunArtifacts = () => (thisRun ??= listRunArtifacts(store));
  let incomingName = inputs['state-artifact'];
  if (incomingName === undefined) {
    incomingName = findIncomingArtifact(sourceRunId === undefined ? await thisRunArtifacts() : await listRunArtifacts(store, sourceRunId), stage);
  }
  const incomingRef =
    incomingName === undefined ? undefined : { name: incomingName, ...(sourceRunId === undefined ? {} : { runId: sourceRunId }) };
  let incoming: HandOver | undefined;
  if (incomingRef !== undefined) {
    incoming = await loadHandOver(store, incomingRef, inputs['state-digest']);
    io.info(`Run state ${incoming.digest} loaded from ${incoming.artifact} (${storeDescription}).`);
  } else if (definition.incomingState === 'required') {
    throw new InputError(
      `The ${stage} stage needs the run state of an earlier stage, and ${sourceRunId === undefined ? 'this run has' : `run ${sourceRunId} has`} no Drydock artifact. Run the plan stage first in this workflow run, or name the artifact with the 'state-artifact' (and 'state-run-id') inputs.`,
      { where: 'state-artifact' },
    );
  } else if (inputs['state-digest'] !== undefined) {
    throw new InputError(`Input 'state-digest' is set, but there is no incoming run state to check it against.`, {
      where: 'state-digest',
    });
  }
  // A re-run continues the journal of this stage's own earlier attempt, when there is one.
  const variant = definition.artifactVariant?.(inputs);
  const earlierName = github.trigger.attempt > 1 ? findEarlierAttemptArtifact(await thisRunArtifacts(), stage, github.trigger.attempt, variant) : undefined;
  const earlier = earlierName === undefined ? undefined : await loadHandOver(store, { name: earlierName });
  const redactor = new Redactor({ secrets, env: environment });
  // The run state is an artifact anyone with read access can download: a credential pasted into
  // a goal is redacted before it is stored, shown to reviewers or to a model.
  const goal = redactor.redactValue(definition.goal(inputs, github.payload)) as Goal;
  const state = incoming?.state ?? createRunState(github.trigger, goal);
  return { inputs, token, github, workspace, loaded, store, incoming, earlier, state, redactor, variant };
}
