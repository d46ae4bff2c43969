/**
 * Turns TMX units, one at a time, into a project: the source language's segment of each unit becomes
 * a source segment, every other language a target with a confirmed 1-1 bead (or the status bitext
 * wrote). A target language that a unit lacks gets a bead with an empty target there, because beads
 * must cover every source segment. Only the project itself is kept, never the units.
 *
 * This runs once per unit of files with millions of units, so it avoids per-unit garbage: languages
 * are resolved through a cache, props are read in place rather than merged into new arrays. Kept
 * strings must not be views into the parser's chunk (see own-string.ts): segment texts, the bulk of a
 * project, are copied together once per chunk into one string and re-cut from it (`settle`), which
 * costs one copy and no per-text garbage; the rare props and notes are copied one by one.
 */
import type { BeadStatus, Project, ProjectBead, ProjectDocument, ProjectSegment, ProjectTarget } from '../types.js';
import { normalizeLanguageTag, sameLanguage } from './language-tag.js';
import { ownString } from './own-string.js';
import { KEPT_TU_ATTRIBUTES, attributeProp } from './tmx-props.js';
import { tmxDateToIso } from './tmx-date.js';
import type { TmxAnnotations, TmxHeader, TmxUnit, TmxVariant } from './tmx-unit.js';

/** Options of an import. */
export interface TmxImportOptions {
  /** Source language; by default the first unit's `srclang` (or the header's, or its first language). */
  sourceLang?: string;
  /** Target languages to keep (any case); all when absent or empty. */
  targets?: readonly string[];
  /** Name of the file read, for the project name and as document name when the file names none. */
  fileName: string;
  /** bitext's version, recorded in the project. */
  toolVersion: string;
  /** ISO time of the import. */
  importedAt: string;
}

/** What an import read, and what it left out. */
export interface ImportReport {
  /** `<tu>` elements read. */
  units: number;
  /** Units that became a source segment. */
  imported: number;
  /** Source/target pairs made. */
  pairs: number;
  /** Units without a segment in the source language. */
  withoutSource: number;
  /** Units with a source segment but no (wanted, non-empty) translation. */
  withoutTranslation: number;
  /** Further `<tuv>`s of a language the unit already had (only the first is kept). */
  duplicateVariants: number;
}

interface TargetBuilder {
  target: ProjectTarget;
  covered: number;
}

/** A language as spelled in the file, resolved once: canonical tag, comparison key, wanted or not. */
interface Language {
  tag: string;
  key: string;
  isWanted: boolean;
}

// A memory of millions of units spells a handful of languages; past this, stop caching (hostile file).
const LANGUAGE_CACHE_LIMIT = 1000;

function statusOf(value: string | undefined): BeadStatus {
  // Returns the literal, so a million beads share three strings.
  if (value === 'auto') return 'auto';
  if (value === 'excluded') return 'excluded';
  return 'confirmed';
}

/** Adds other tools' props to a bead's; a type met again with another value keeps both, one per line. */
function mergeProps(props: ReadonlyArray<[string, string]> | undefined, into: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!props) return into;
  const merged = into ?? {};
  for (const [type, value] of props) {
    const previous = merged[type];
    merged[type] = previous === undefined || previous === value ? ownString(value) : ownString(`${previous}\n${value}`);
  }
  return merged;
}

function joinNotes(unit: TmxAnnotations, source: TmxAnnotations, translation: TmxAnnotations): string | undefined {
  if (!unit.notes && !source.notes && !translation.notes) return undefined;
  const notes = [...new Set([...(unit.notes ?? []), ...(source.notes ?? []), ...(translation.notes ?? [])])];
  return notes.length === 0 ? undefined : ownString(notes.join('\n'));
}

/** Collects units into a project; call `add` per unit, then `finish`. */
export class TmxProjectBuilder {
  readonly report: ImportReport = { units: 0, imported: 0, pairs: 0, withoutSource: 0, withoutTranslation: 0, duplicateVariants: 0 };
  private header: TmxHeader = {};
  private sourceLang: Language | undefined;
  private readonly source: ProjectDocument;
  private readonly targets = new Map<string, TargetBuilder>();
  private readonly languages = new Map<string, Language>();
  // Scratch lists reused for every unit: the distinct languages of the unit, first variant of each.
  private readonly unitLanguages: Language[] = [];
  private readonly unitVariants: TmxVariant[] = [];
  // Segments added since the last `settle`, whose text is still a view into the parser's chunk.
  private unsettled: ProjectSegment[] = [];

  constructor(private readonly options: TmxImportOptions) {
    this.sourceLang = options.sourceLang ? this.language(options.sourceLang) : undefined;
    this.source = { lang: this.sourceLang?.tag ?? '', file: '', segments: [] };
  }

  /** Records the header (default source language, creation date and author). */
  setHeader(header: TmxHeader): void {
    this.header = header;
  }

  private language(spelling: string): Language {
    const known = this.languages.get(spelling);
    if (known) return known;
    const tag = ownString(normalizeLanguageTag(spelling));
    const wanted = this.options.targets;
    const language = { tag, key: tag.toLowerCase(), isWanted: !wanted || wanted.length === 0 || wanted.some((candidate) => sameLanguage(candidate, tag)) };
    if (this.languages.size < LANGUAGE_CACHE_LIMIT) this.languages.set(ownString(spelling), language);
    return language;
  }

  private chooseSourceLang(unit: TmxUnit): Language {
    const declared = unit.srclang ?? this.header.srclang;
    return this.language(declared && declared.toLowerCase() !== '*all*' ? declared : (unit.variants[0]?.lang ?? ''));
  }

  /** Fills the scratch lists with the unit's first variant of each language; counts the others. */
  private distinctVariants(unit: TmxUnit): void {
    const languages = this.unitLanguages;
    const variants = this.unitVariants;
    languages.length = 0;
    variants.length = 0;
    for (const variant of unit.variants) {
      const language = this.language(variant.lang);
      if (this.indexOfLanguage(language) >= 0) {
        this.report.duplicateVariants += 1;
        continue;
      }
      languages.push(language);
      variants.push(variant);
    }
  }

  /** Adds one unit. */
  add(unit: TmxUnit): void {
    this.report.units += 1;
    const sourceLang = (this.sourceLang ??= this.chooseSourceLang(unit));
    this.distinctVariants(unit);
    const sourceAt = this.indexOfLanguage(sourceLang);
    const source = this.unitVariants[sourceAt];
    if (!source || source.text === '') {
      this.report.withoutSource += 1;
      return;
    }
    if (!this.hasTranslation(sourceAt)) {
      this.report.withoutTranslation += 1;
      return;
    }
    const index = this.source.segments.length;
    const sourceId = `s${index}`;
    this.source.lang = sourceLang.tag;
    if (!this.source.file) this.source.file = ownString(source.document ?? this.options.fileName);
    this.source.segments.push(this.segment(sourceId, source.text, index));
    for (let i = 0; i < this.unitVariants.length; i++) {
      const translation = this.unitVariants[i]!;
      if (i !== sourceAt && this.isTranslation(translation, i)) this.addPair(unit, source, translation, this.unitLanguages[i]!, index, sourceId);
    }
    this.report.imported += 1;
  }

  private indexOfLanguage(language: Language): number {
    for (let i = 0; i < this.unitLanguages.length; i++) if (this.unitLanguages[i]!.key === language.key) return i;
    return -1;
  }

  private hasTranslation(sourceAt: number): boolean {
    for (let i = 0; i < this.unitVariants.length; i++) if (i !== sourceAt && this.isTranslation(this.unitVariants[i]!, i)) return true;
    return false;
  }

  private segment(id: string, text: string, paragraph: number): ProjectSegment {
    const segment: ProjectSegment = { id, text, kind: 'sentence', paragraph };
    this.unsettled.push(segment);
    return segment;
  }

  /**
   * Makes the texts of the segments added so far independent of the text the parser was given: call
   * it after each chunk (the chunk can then be freed). One copy of all their texts, each text then a
   * slice of that copy.
   */
  settle(): void {
    const segments = this.unsettled;
    if (segments.length === 0) return;
    this.unsettled = [];
    // join builds a new string from two parts on, but hands a single part back as it is.
    const texts = segments.length === 1 ? ownString(segments[0]!.text) : segments.map((segment) => segment.text).join('');
    let offset = 0;
    for (const segment of segments) {
      const end = offset + segment.text.length;
      segment.text = texts.slice(offset, end);
      offset = end;
    }
  }

  private isTranslation(variant: TmxVariant, i: number): boolean {
    return variant.text !== '' && this.unitLanguages[i]!.isWanted;
  }

  private targetFor(variant: TmxVariant, language: Language): TargetBuilder {
    let builder = this.targets.get(language.key);
    if (!builder) {
      const file = ownString(variant.document ?? this.options.fileName);
      builder = { target: { document: { lang: language.tag, file, segments: [] }, beads: [] }, covered: 0 };
      this.targets.set(language.key, builder);
    }
    return builder;
  }

  /** Beads over source segments this target has no translation for, so its beads cover the source. */
  private fillGaps(builder: TargetBuilder, upTo: number): void {
    for (; builder.covered < upTo; builder.covered++) {
      builder.target.beads.push({ id: `b${builder.target.beads.length}`, source: [`s${builder.covered}`], target: [], status: 'confirmed', confidence: 1 });
    }
  }

  private addPair(unit: TmxUnit, source: TmxVariant, translation: TmxVariant, language: Language, index: number, sourceId: string): void {
    const builder = this.targetFor(translation, language);
    this.fillGaps(builder, index);
    const { document, beads } = builder.target;
    const targetId = `t${document.segments.length}`;
    document.segments.push(this.segment(targetId, translation.text, index));
    beads.push(this.beadOf(unit, source, translation, `b${beads.length}`, sourceId, targetId));
    builder.covered = index + 1;
    this.report.pairs += 1;
  }

  private beadOf(unit: TmxUnit, source: TmxVariant, translation: TmxVariant, id: string, sourceId: string, targetId: string): ProjectBead {
    // Later wins: unit-level data, then what the source and the translation say for themselves.
    const status = translation.status ?? source.status ?? unit.status;
    const confidence = Number.parseFloat(translation.confidence ?? source.confidence ?? unit.confidence ?? '');
    const props = this.keepUnitAttributes(unit, mergeProps(translation.props, mergeProps(source.props, mergeProps(unit.props, undefined))));
    const bead: ProjectBead = { id, source: [sourceId], target: [targetId], status: statusOf(status), confidence: confidence >= 0 && confidence <= 1 ? confidence : 1 };
    const note = joinNotes(unit, source, translation);
    if (note !== undefined) bead.note = note;
    if (props) bead.props = props;
    return bead;
  }

  /** Another tool's `<tu>` attributes (who made the unit and when) become `@name` props. */
  private keepUnitAttributes(unit: TmxUnit, props: Record<string, string> | undefined): Record<string, string> | undefined {
    // bitext writes creation data from the project itself, so only another tool's are worth keeping.
    const isOwnFile = this.header.creationtool === 'bitext';
    let kept = props;
    for (const name of KEPT_TU_ATTRIBUTES) {
      if (isOwnFile && (name === 'creationdate' || name === 'creationid')) continue;
      const value = unit.attributes[name];
      if (value !== undefined) (kept ??= {})[attributeProp(name)] = ownString(value);
    }
    return kept;
  }

  /** The project built so far (every target's beads completed to the end of the source). */
  finish(): Project {
    this.settle();
    const count = this.source.segments.length;
    for (const builder of this.targets.values()) this.fillGaps(builder, count);
    const created = (this.header.creationdate && tmxDateToIso(this.header.creationdate)) || this.options.importedAt;
    return {
      format: 'bitext-project',
      version: 1,
      meta: { name: this.options.fileName.replace(/\.[^.]*$/, ''), toolVersion: this.options.toolVersion, created, changed: this.options.importedAt, author: ownString(this.header.creationid ?? '') },
      source: this.source,
      targets: [...this.targets.values()].map((builder) => builder.target),
      revisions: [],
    };
  }
}
