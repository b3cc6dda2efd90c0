export * from './gather-intent.js';
export * from './intent-types.js';
export * from './linked-files.js';
export * from './linked-paths.js';
export * from './render-intent.js';
export * from './trigger-rule.js';
