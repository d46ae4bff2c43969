/**
 * Autosave: every change is saved right after the frame that shows it (a timer runs after the
 * render React schedules for the key press), so a key press is never slowed by writing a large
 * project. Several changes in one burst are written once; `flush` writes anything pending at once
 * (on quit).
 */
import { useCallback, useEffect, useRef } from 'react';
import { UserError } from '../../core/errors.js';
import type { Project } from '../../core/types.js';

/** What `useAutosave` returns. */
export interface Autosave {
  /** Saves `project` soon (after the current render). */
  schedule: (project: Project) => void;
  /** Saves what is pending now. */
  flush: () => void;
}

/**
 * @param save writes the project (atomically)
 * @param onError told about a UserError from `save` (disk full, file changed on disk ...); other errors propagate
 */
export function useAutosave(save: (project: Project) => void, onError: (error: UserError) => void): Autosave {
  const pending = useRef<Project | undefined>(undefined);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    const project = pending.current;
    pending.current = undefined;
    if (!project) return;
    try {
      save(project);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      onError(error);
    }
  }, [save, onError]);
  const schedule = useCallback(
    (project: Project) => {
      pending.current = project;
      timer.current ??= setTimeout(flush, 0);
    },
    [flush],
  );
  // Leaving the screen by any path still writes the last change.
  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
