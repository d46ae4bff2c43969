/**
 * Child process for the crash tests: loads a project, makes a change, saves it, and kills itself
 * with SIGKILL at the point the parent asks for (no exit handlers, no flush: like a power cut for the
 * process). Usage: project-save-child.ts PATH before-rename|mid-write|loop
 */
import { applyAction } from '../../src/core/project/index.js';
import { acquireLock, loadProject, saveProject } from '../../src/io/project-file.js';

const [path, mode] = process.argv.slice(2) as [string, string];
const die = () => process.kill(process.pid, 'SIGKILL');

acquireLock(path);
let project = loadProject(path);
const lang = project.targets[0]!.document.lang;
const edit = (step: number) => {
  const bead = project.targets[0]!.beads[step % project.targets[0]!.beads.length]!.id;
  project = applyAction(project, { type: 'set-note', lang, bead, note: `autosave ${step}` }, { author: 'child', time: new Date().toISOString() });
};

if (mode === 'loop') {
  // Autosave after every edit until the parent kills us at a random moment.
  process.stdout.write('ready\n');
  for (let step = project.revisions.length + 1; ; step++) {
    edit(step);
    saveProject(path, project);
  }
}
edit(1);
if (mode === 'mid-append') saveProject(path, project, { hooks: { afterJournalAppend: die } });
const hooks = mode === 'before-rename' ? { beforeRename: die } : { afterChunk: die };
saveProject(path, project, { full: true, hooks });
process.stdout.write('not killed\n');
