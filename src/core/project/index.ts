/** The project model: creation, editing operations, undo/redo, invariants, schema and file text. */
export * from './actions.js';
export { createProject, addTarget } from './create.js';
export type { NewProject, NewTarget, AddTargetOptions } from './create.js';
export { applyAction } from './reducer.js';
export { historyReducer, createHistory, canUndo, canRedo } from './history.js';
export type { HistoryState, HistoryAction } from './history.js';
export { diffProjects, applyPatch, patchFits } from './patch.js';
export type { ProjectPatch, ArraySplice } from './patch.js';
export { checkProject } from './invariants.js';
export { projectSchema, patchSchema, parseProject, parsePatch, jsonPath, PROJECT_FORMAT, PROJECT_VERSION } from './schema.js';
export type { ProjectProblem, ProjectSchema, PatchSchema } from './schema.js';
export { serializeProject, serializeProjectPieces } from './serialize.js';
export { joinSegmentTexts } from './segment-text.js';
export { projectStats, CONFIDENCE_BINS } from './stats.js';
export type { ProjectStats, TargetStats } from './stats.js';
