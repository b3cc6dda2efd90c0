import { createSystemClock } from '../adapters/clock-system.js';
import { createCommandRunner } from '../adapters/command-runner.js';
import { readJournalFile } from '../adapters/journal-file.js';
import { createFileWorkspace } from '../adapters/workspace-fs.js';
import { toolSetRegistry } from '../core/agent/tool-sets.js';
import type { ToolRegistry } from '../core/agent/tool.js';
import { defaultConfig } from '../core/config/default-config.js';
import { CONFIG_FILE_NAME, loadConfig } from '../core/config/load-config.js';
import { DrydockError, errorMessage } from '../core/errors.js';
import type { JournalEvent } from '../core/journal/event.js';
import { verifyJournal } from '../core/journal/verify.js';
import { createPolicy } from '../core/policy/create-policy.js';
import { protectedPathRefusal } from '../core/policy/protected-paths.js';
import type { CommandOutput } from './journal-command.js';
import { replayLoop } from './replay-loop.js';
import { copyToScratch } from './replay-workspace.js';

/** Options of `drydock replay`. */
export interface ReplayCommandOptions {
  /** The stage to replay; needed when the journal holds agent loops of several stages. */
  stage?: string;
  /** The workspace to copy for the replay (default: the current directory). */
  workspace?: string;
  /** Config file inside the workspace (default: the one the stage recorded, else `.github/drydock.yml`). */
  config?: string;
  /** Builds a registry from a recorded tool-set name (default: the registered tool sets). */
  toolSet?: (name: string) => ToolRegistry;
}

/** Exit codes of `drydock replay`. */
export const REPLAY_EXIT_CODES = { matched: 0, diverged: 1, cannotReplay: 2 } as const;

function cannotReplay(message: string): CommandOutput {
  return { exitCode: REPLAY_EXIT_CODES.cannotReplay, stdout: '', stderr: `replay: ${message}\n` };
}

/** The stage to replay and its `agent-start` events to replay, from the newest attempt that ran loops. */
function selectLoops(events: readonly JournalEvent[], stage: string | undefined): { stage: string; starts: JournalEvent[] } | string {
  const starts = events.filter((event) => event.kind === 'agent-start');
  const stages = [...new Set(starts.map((event) => event.stage))];
  if (stages.length === 0) return 'the journal holds no agent loop (no agent-start event)';
  if (stage === undefined && stages.length > 1) return `the journal holds agent loops of several stages (${stages.join(', ')}); choose one with --stage`;
  const chosen = stage ?? stages[0]!;
  const ofStage = starts.filter((event) => event.stage === chosen);
  if (ofStage.length === 0) return `stage ${chosen} ran no agent loop; stages with loops: ${stages.join(', ')}`;
  const attempt = Math.max(...ofStage.map((event) => event.attempt));
  return { stage: chosen, starts: ofStage.filter((event) => event.attempt === attempt) };
}

/**
 * `drydock replay JOURNAL [--stage S] [--workspace DIR] [--config FILE]`: runs a stage's recorded
 * agent loops again in a scratch copy of the workspace, with the recorded model answers and the
 * real tools, and reports `replay MATCH: N turns` or where it diverged. The workspace should be the
 * checkout the stage started from (the commit in its stage-start event).
 */
export async function replayCommand(journalPath: string, options: ReplayCommandOptions = {}): Promise<CommandOutput> {
  let events: JournalEvent[];
  try {
    const verification = verifyJournal(await readJournalFile(journalPath));
    if (!verification.ok) return cannotReplay(`journal BROKEN at ${verification.firstBad.message}`);
    events = verification.events;
  } catch (error) {
    return cannotReplay(errorMessage(error));
  }
  const selected = selectLoops(events, options.stage);
  if (typeof selected === 'string') return cannotReplay(selected);

  let scratch;
  try {
    scratch = await copyToScratch(options.workspace ?? process.cwd());
  } catch (error) {
    return cannotReplay(errorMessage(error));
  }
  let keep = false;
  try {
    const clock = createSystemClock();
    const workspace = await createFileWorkspace(scratch.root, { guard: (access, path) => protectedPathRefusal(path, access) });
    const stageStart = events.find((event) => event.kind === 'stage-start' && event.stage === selected.stage);
    const recordedConfig = (stageStart?.data.config as { path?: unknown } | undefined)?.path;
    const configPath = options.config ?? (typeof recordedConfig === 'string' ? recordedConfig : CONFIG_FILE_NAME);
    const config = (await workspace.exists(configPath)) ? loadConfig(await workspace.readText(configPath), configPath).config : defaultConfig();
    const replay = {
      events,
      toolSet: options.toolSet ?? ((name: string) => toolSetRegistry(name)),
      workspace,
      commands: createCommandRunner({ workspace, clock }),
      policy: createPolicy(config),
      clock,
    };
    let turns = 0;
    let toolCalls = 0;
    for (const start of selected.starts) {
      const result = await replayLoop({ ...replay, start });
      if (!result.matched) {
        keep = true;
        const loop = selected.starts.length > 1 ? ` (loop ${String(start.data.loop)})` : '';
        return {
          exitCode: REPLAY_EXIT_CODES.diverged,
          stdout: `replay DIVERGED ${result.divergence}${loop}\n`,
          stderr: `the scratch workspace is kept at ${scratch.root}\n`,
        };
      }
      turns += result.turns;
      toolCalls += result.toolCalls;
    }
    const loops = selected.starts.length === 1 ? `loop ${String(selected.starts[0]!.data.loop)}` : `${selected.starts.length} loops`;
    return { exitCode: REPLAY_EXIT_CODES.matched, stdout: `replay MATCH: ${turns} turns (stage ${selected.stage}, ${loops}, ${toolCalls} tool calls)\n`, stderr: '' };
  } catch (error) {
    return cannotReplay(DrydockError.isInstance(error) ? error.message : errorMessage(error));
  } finally {
    if (!keep) await scratch.remove();
  }
}
