export * from './config-schema.js';
export * from './config-types.js';
export * from './default-config.js';
export * from './load-config.js';
export * from './merge-config.js';
export * from './model-route.js';
export * from './stage-names.js';
