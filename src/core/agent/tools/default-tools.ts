import type { AnyToolDefinition } from '../tool.js';
import { applyEditTool } from './apply-edit.js';
import { listFilesTool } from './list-files.js';
import { readFileTool } from './read-file.js';
import { runCommandTool } from './run-command.js';
import { searchTool } from './search.js';
import { writeFileTool } from './write-file.js';

/**
 * The standard tool set: read the repository, edit it, run what policy allows, and finish with
 * the stage's own `finish` tool (see `createFinishTool`). Policy decides per identity what each
 * call may do, so a read-only stage can take the same set.
 */
export function defaultTools(finish: AnyToolDefinition): AnyToolDefinition[] {
  return [listFilesTool, readFileTool, searchTool, applyEditTool, writeFileTool, runCommandTool, finish];
}
