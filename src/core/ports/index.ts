export type * from './artifact-store.js';
export type * from './clock.js';
export type * from './command-runner.js';
export type * from './forge.js';
export type * from './metrics-source.js';
export type * from './model-client.js';
export type * from './workspace.js';
export { PERMISSION_LEVELS, canWrite } from './forge.js';
export type * from './journal-sink.js';
