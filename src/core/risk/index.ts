export * from './assess-risk.js';
export * from './codeowners.js';
export * from './fix-commit.js';
export * from './risk-defaults.js';
export * from './risk-factors.js';
export * from './risk-types.js';
export * from './test-files.js';
