/** bitext as a library: the pure core of each area. */
export * from './core/types.js';
export * from './core/project/index.js';
