import type { PlanTask } from './plan-schema.js';
import { mermaidLabel } from '../markdown-text.js';

/**
 * A Mermaid `graph TD` of the tasks, as a fenced code block: one node per task labelled with its
 * id and title, an arrow from each dependency to the task that needs it, flagged tasks outlined.
 * Nodes are named `n1`, `n2`, … by position, never by task id, so an id cannot collide with
 * Mermaid keywords (`end`, `graph`) or edge syntax; ids and titles appear only in quoted,
 * entity-encoded labels.
 */
export function renderTaskGraph(tasks: readonly Pick<PlanTask, 'id' | 'title' | 'dependsOn'>[], flaggedTaskIds: ReadonlySet<string>, titleCharacters: number): string {
  const nodeOf = new Map<string, string>();
  tasks.forEach((task, index) => {
    if (!nodeOf.has(task.id)) nodeOf.set(task.id, `n${index + 1}`);
  });
  const lines = ['```mermaid', 'graph TD'];
  tasks.forEach((task, index) => lines.push(`  n${index + 1}["${mermaidLabel(task.id, 40)}: ${mermaidLabel(task.title, titleCharacters)}"]`));
  tasks.forEach((task, index) => {
    for (const dependency of new Set(task.dependsOn)) {
      const from = nodeOf.get(dependency);
      if (from !== undefined && dependency !== task.id) lines.push(`  ${from} --> n${index + 1}`);
    }
  });
  const flagged = tasks.map((task, index) => (flaggedTaskIds.has(task.id) ? `n${index + 1}` : undefined)).filter((node) => node !== undefined);
  if (flagged.length > 0) {
    lines.push('  classDef needsHuman stroke:#d73a49,stroke-width:3px', `  class ${flagged.join(',')} needsHuman`);
  }
  lines.push('```');
  return lines.join('\n');
}
