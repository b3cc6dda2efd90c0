export * from './budget-tracker.js';
export * from './budget-types.js';
export * from './price-table.js';
