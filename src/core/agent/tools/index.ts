export * from './apply-edit.js';
export * from './default-tools.js';
export * from './finish.js';
export * from './list-files.js';
export * from './read-file.js';
export * from './run-command.js';
export * from './search.js';
export * from './write-file.js';
