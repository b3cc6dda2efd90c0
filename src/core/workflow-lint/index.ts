export * from './lint-types.js';
export * from './lint-workflow.js';
export * from './workflow-node.js';
