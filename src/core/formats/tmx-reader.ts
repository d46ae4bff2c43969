/**
 * TMX import, pure: push the text of a TMX file in chunks (`TmxReader`) or pass it whole
 * (`tmxToProject`), get a project and a report of what was read. Decoding bytes (BOM, UTF-16) is the
 * caller's job (src/io/tmx-file.ts).
 */
import type { Project } from '../types.js';
import { UserError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { TmxProjectBuilder } from './tmx-project-builder.js';
import type { ImportReport, TmxImportOptions } from './tmx-project-builder.js';
import { TmxSaxParser, TmxSyntaxError } from './tmx-sax.js';

/** A project read from TMX, and what the import counted. */
export interface TmxImportResult {
  project: Project;
  report: ImportReport;
}

/** Streaming TMX reader: `write` chunks of text, then `finish`. Memory holds the project, not the file. */
export class TmxReader {
  private readonly builder: TmxProjectBuilder;
  private readonly parser: TmxSaxParser;

  /** @param trackPosition see `TmxSaxParser` @default true */
  constructor(
    private readonly options: TmxImportOptions,
    trackPosition = true,
  ) {
    this.builder = new TmxProjectBuilder(options);
    this.parser = new TmxSaxParser(
      {
        onRoot: (name) => {
          if (name !== 'tmx') throw new UserError('tmx-not-tmx', { path: options.fileName, root: name }, EXIT.dataError);
        },
        onHeader: (header) => this.builder.setHeader(header),
        onUnit: (unit) => this.builder.add(unit),
      },
      trackPosition,
    );
  }

  /** Parses the next piece of the file; a syntax error becomes `tmx-invalid-xml` with line and column. */
  write(chunk: string): void {
    this.guard(() => this.parser.write(chunk));
    this.builder.settle();
  }

  /** Ends the file and returns the project; a file with no usable unit is `tmx-no-pairs`. */
  finish(): TmxImportResult {
    this.guard(() => this.parser.end());
    const project = this.builder.finish();
    const report = this.builder.report;
    if (report.pairs === 0) {
      throw new UserError('tmx-no-pairs', { path: this.options.fileName, units: report.units, lang: project.source.lang || '?' }, EXIT.dataError);
    }
    return { project, report };
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof TmxSyntaxError) {
        throw new UserError('tmx-invalid-xml', { path: this.options.fileName, line: error.line, column: error.column, reason: error.reason }, EXIT.dataError);
      }
      throw error;
    }
  }
}

/** Reads a whole TMX document held in a string. */
export function tmxToProject(tmx: string, options: TmxImportOptions): TmxImportResult {
  const reader = new TmxReader(options);
  reader.write(tmx);
  return reader.finish();
}
