/**
 * Turns TMX units, one at a time, into a project: the source language's segment of each unit becomes
 * a source segment, every other language a target with a confirmed 1-1 bead (or the status bitext
 * wrote). A target language that a unit lacks gets a bead with an empty target there, because beads
 * must cover every source segment. Only the project itself is kept, never the units.
 */
import type { BeadStatus, Project, ProjectBead, ProjectDocument, ProjectTarget } from '../types.js';
import { normalizeLanguageTag, sameLanguage } from './language-tag.js';
import { KEPT_TU_ATTRIBUTES, PROP, attributeProp, isOwnProp } from './tmx-props.js';
import { tmxDateToIso } from './tmx-date.js';
import type { TmxHeader, TmxUnit, TmxVariant } from './tmx-unit.js';

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

function isStatus(value: string | undefined): value is BeadStatus {
  return value === 'auto' || value === 'confirmed' || value === 'excluded';
}

function lastValue(props: ReadonlyArray<[string, string]>, type: string): string | undefined {
  return props.findLast(([key]) => key === type)?.[1];
}

/** Collects units into a project; call `add` per unit, then `finish`. */
export class TmxProjectBuilder {
  readonly report: ImportReport = { units: 0, imported: 0, pairs: 0, withoutSource: 0, withoutTranslation: 0, duplicateVariants: 0 };
  private header: TmxHeader = {};
  private sourceLang: string | undefined;
  private readonly source: ProjectDocument;
  private readonly targets = new Map<string, TargetBuilder>();

  constructor(private readonly options: TmxImportOptions) {
    this.sourceLang = options.sourceLang ? normalizeLanguageTag(options.sourceLang) : undefined;
    this.source = { lang: this.sourceLang ?? '', file: '', segments: [] };
  }

  /** Records the header (default source language, creation date and author). */
  setHeader(header: TmxHeader): void {
    this.header = header;
  }

  private chooseSourceLang(unit: TmxUnit): string {
    const declared = unit.srclang ?? this.header.srclang;
    const lang = declared && declared.toLowerCase() !== '*all*' ? declared : (unit.variants[0]?.lang ?? '');
    return normalizeLanguageTag(lang);
  }

  private isWanted(lang: string): boolean {
    const wanted = this.options.targets;
    return !wanted || wanted.length === 0 || wanted.some((candidate) => sameLanguage(candidate, lang));
  }

  /** Adds one unit. */
  add(unit: TmxUnit): void {
    this.report.units += 1;
    const sourceLang = (this.sourceLang ??= this.chooseSourceLang(unit));
    const sourceKey = sourceLang.toLowerCase();
    const byLang = new Map<string, TmxVariant>();
    for (const variant of unit.variants) {
      const lang = normalizeLanguageTag(variant.lang);
      if (byLang.has(lang.toLowerCase())) this.report.duplicateVariants += 1;
      else byLang.set(lang.toLowerCase(), { ...variant, lang });
    }
    const source = byLang.get(sourceKey);
    if (!source || source.text === '') {
      this.report.withoutSource += 1;
      return;
    }
    const translations = [...byLang.values()].filter((variant) => variant.lang.toLowerCase() !== sourceKey && variant.text !== '' && this.isWanted(variant.lang));
    if (translations.length === 0) {
      this.report.withoutTranslation += 1;
      return;
    }
    const index = this.source.segments.length;
    this.source.lang = sourceLang;
    this.source.file ||= lastValue(source.props, PROP.document) ?? this.options.fileName;
    this.source.segments.push({ id: `s${index}`, text: source.text, kind: 'sentence', paragraph: index });
    for (const translation of translations) this.addPair(unit, source, translation, index);
    this.report.imported += 1;
  }

  private targetFor(variant: TmxVariant): TargetBuilder {
    const key = variant.lang.toLowerCase();
    let builder = this.targets.get(key);
    if (!builder) {
      const file = lastValue(variant.props, PROP.document) ?? this.options.fileName;
      builder = { target: { document: { lang: variant.lang, file, segments: [] }, beads: [] }, covered: 0 };
      this.targets.set(key, builder);
    }
    return builder;
  }

  /** Beads over source segments this target has no translation for, so its beads cover the source. */
  private fillGaps(builder: TargetBuilder, upTo: number): void {
    for (; builder.covered < upTo; builder.covered++) {
      builder.target.beads.push({ id: `b${builder.target.beads.length}`, source: [`s${builder.covered}`], target: [], status: 'confirmed', confidence: 1 });
    }
  }

  private addPair(unit: TmxUnit, source: TmxVariant, translation: TmxVariant, index: number): void {
    const builder = this.targetFor(translation);
    this.fillGaps(builder, index);
    const { document, beads } = builder.target;
    const targetId = `t${document.segments.length}`;
    document.segments.push({ id: targetId, text: translation.text, kind: 'sentence', paragraph: index });
    beads.push(this.beadOf(unit, source, translation, `b${beads.length}`, index, targetId));
    builder.covered = index + 1;
    this.report.pairs += 1;
  }

  private beadOf(unit: TmxUnit, source: TmxVariant, translation: TmxVariant, id: string, index: number, targetId: string): ProjectBead {
    // Later wins: unit-level data, then what the source and the translation say for themselves.
    const allProps = [...unit.props, ...source.props, ...translation.props];
    const status = lastValue(allProps, PROP.status);
    const confidence = Number.parseFloat(lastValue(allProps, PROP.confidence) ?? '');
    const props: Record<string, string> = {};
    for (const [type, value] of allProps) {
      if (isOwnProp(type)) continue;
      const previous = props[type];
      props[type] = previous === undefined || previous === value ? value : `${previous}\n${value}`;
    }
    // bitext writes creation data from the project itself, so only another tool's are worth keeping.
    const isOwnFile = this.header.creationtool === 'bitext';
    for (const name of KEPT_TU_ATTRIBUTES) {
      if (isOwnFile && (name === 'creationdate' || name === 'creationid')) continue;
      const value = unit.attributes[name];
      if (value !== undefined) props[attributeProp(name)] = value;
    }
    const notes = [...new Set([...unit.notes, ...source.notes, ...translation.notes])];
    return {
      id,
      source: [`s${index}`],
      target: [targetId],
      status: isStatus(status) ? status : 'confirmed',
      confidence: confidence >= 0 && confidence <= 1 ? confidence : 1,
      ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
      ...(Object.keys(props).length > 0 ? { props } : {}),
    };
  }

  /** The project built so far (every target's beads completed to the end of the source). */
  finish(): Project {
    const count = this.source.segments.length;
    for (const builder of this.targets.values()) this.fillGaps(builder, count);
    const created = (this.header.creationdate && tmxDateToIso(this.header.creationdate)) || this.options.importedAt;
    return {
      format: 'bitext-project',
      version: 1,
      meta: { name: this.options.fileName.replace(/\.[^.]*$/, ''), toolVersion: this.options.toolVersion, created, changed: this.options.importedAt, author: this.header.creationid ?? '' },
      source: this.source,
      targets: [...this.targets.values()].map((builder) => builder.target),
      revisions: [],
    };
  }
}
