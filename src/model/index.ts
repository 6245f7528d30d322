export type * from './document.js';
export type * from './report.js';
export type * from './rule.js';
export * from './severity.js';
export * from './status.js';
export type * from './accuracy.js';
export * from './word-edges.js';
