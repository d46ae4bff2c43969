/** The `h` panel: every revision that touched the focused pair, with inline word or character diffs. */
import { Box, Text } from 'ink';
import { diffChars } from 'diff';
import { diffInline } from '../../core/diff/inline.js';
import type { InlinePart } from '../../core/diff/inline.js';
import type { Project, Revision } from '../../core/types.js';
import { t, tDynamic } from '../../i18n/index.js';
import { SENTENCE_MARK } from '../layout/pair-layout.js';
import type { PairView } from '../state/pairs.js';
import { theme } from '../theme.js';

/** Props of HistoryPanel. */
export interface HistoryPanelProps {
  project: Project;
  lang: string;
  pair: PairView | undefined;
  isCharDiff: boolean;
  height: number;
}

/** The revisions of `lang` that involve bead `id`, oldest first. */
export function pairRevisions(project: Project, lang: string, id: string): Revision[] {
  return project.revisions.filter((revision) => revision.lang === lang && revision.beads.includes(id));
}

function diffParts(revision: Revision, lang: string, sourceLang: string, isCharDiff: boolean): InlinePart[] {
  if (!revision.before && !revision.after) return [];
  const join = (texts: readonly string[] | undefined) => (texts ?? []).join(` ${SENTENCE_MARK}`);
  const before = join(revision.before);
  const after = join(revision.after);
  if (isCharDiff) return diffChars(before, after).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
  return diffInline(before, after, revision.side === 'source' ? sourceLang : lang);
}

function Diff({ parts }: { parts: readonly InlinePart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.removed ? (
          <Text key={i} color={theme.removed}>{`[-${part.value}-]`}</Text>
        ) : part.added ? (
          <Text key={i} color={theme.added}>{`{+${part.value}+}`}</Text>
        ) : (
          <Text key={i}>{part.value}</Text>
        ),
      )}
    </>
  );
}

function operationLabel(revision: Revision): string {
  if (revision.operation === 'set-status' && revision.status) return t(`review.status.${revision.status}`);
  return tDynamic(`review.operation.${revision.operation}`);
}

/** The history panel, newest revisions kept when they do not all fit. */
export function HistoryPanel({ project, lang, pair, isCharDiff, height }: HistoryPanelProps) {
  if (!pair) return <Box height={height} />;
  const revisions = pairRevisions(project, lang, pair.bead.id);
  const shown = revisions.slice(-Math.max(1, height - 3));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      <Text bold color={theme.title}>{` ${t('review.history.title', { number: pair.index + 1, lang, count: revisions.length })}`}</Text>
      <Text>{` r0  ${project.meta.created.slice(0, 16).replace('T', ' ')}  ${t('review.history.created')}`}</Text>
      {shown.map((revision) => (
        <Text key={revision.number} wrap="truncate-end">
          {` r${revision.number}  ${revision.time.slice(0, 16).replace('T', ' ')}  ${revision.author}  ${operationLabel(revision)} `}
          <Diff parts={diffParts(revision, lang, project.source.lang, isCharDiff)} />
        </Text>
      ))}
      <Text color={theme.chrome}>{` ${t(isCharDiff ? 'review.history.hintChars' : 'review.history.hintWords')}`}</Text>
    </Box>
  );
}
