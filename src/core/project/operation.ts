/** The shape every editing operation shares, so the reducer can dispatch and record them alike. */
import type { Project, Revision } from '../types.js';

/** What an operation says about itself; the reducer adds number, time, author, operation and lang. */
export type RevisionDraft = Omit<Revision, 'number' | 'time' | 'author' | 'operation' | 'lang'>;

/** The new project and what to record, or null when the action changes nothing (no revision). */
export type OperationResult = { project: Project; revision: RevisionDraft } | null;

/**
 * One editing operation: pure, returns a project that shares every untouched object with the input.
 * @param revision the number the resulting revision will get (used to make new ids unique)
 */
export type Operation<A> = (project: Project, action: A, revision: number) => OperationResult;
