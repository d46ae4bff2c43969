/**
 * The schema of a `.bitext.json` file (format `bitext-project`, version 1), checked on load with zod.
 * Objects are strict: an unknown field is reported rather than silently dropped on the next save.
 */
import { createRequire } from 'node:module';
import type * as ZodModule from 'zod';
import type { z } from 'zod';
import type { Project } from '../types.js';

/** The `format` value every project file carries. */
export const PROJECT_FORMAT = 'bitext-project';

/** The newest file version this build reads and the one it writes. */
export const PROJECT_VERSION = 1;

/** Builds both schemas with the zod it is given (see `zodLibrary` for why zod is passed in). */
function buildSchemas(z: typeof ZodModule.z) {
  const id = z.string().min(1);
  const time = z.string().min(1);
  const status = z.enum(['auto', 'confirmed', 'excluded']);

  const segmentSchema = z.strictObject({
    id,
    text: z.string(),
    kind: z.enum(['sentence', 'heading', 'speaker', 'chrome']),
    paragraph: z.number().int().min(0),
    original: z.string().optional(),
  });

  const documentSchema = z.strictObject({ lang: z.string().min(1), file: z.string(), segments: z.array(segmentSchema) });

  const beadSchema = z.strictObject({
    id,
    source: z.array(id),
    target: z.array(id),
    status,
    confidence: z.number().min(0).max(1),
    note: z.string().optional(),
    props: z.record(z.string(), z.string()).optional(),
  });

  const revisionSchema = z.strictObject({
    number: z.number().int().min(1),
    time,
    author: z.string(),
    operation: z.string().min(1),
    lang: z.string().min(1),
    side: z.enum(['source', 'target', 'both']),
    beads: z.array(id),
    before: z.array(z.string()).optional(),
    after: z.array(z.string()).optional(),
    segments: z.array(id).optional(),
    status: status.optional(),
    note: z.string().optional(),
  });

  const metaSchema = z.strictObject({ name: z.string(), toolVersion: z.string(), created: time, changed: time, author: z.string() });

  function spliceSchema<T extends z.ZodType>(element: T) {
    return z.strictObject({ at: z.number().int().min(0), removed: z.array(element), added: z.array(element) });
  }

  const patch = z.strictObject({
    meta: z.strictObject({ before: metaSchema, after: metaSchema }).optional(),
    source: spliceSchema(segmentSchema).optional(),
    targets: z.array(z.strictObject({ index: z.number().int().min(0), segments: spliceSchema(segmentSchema).optional(), beads: spliceSchema(beadSchema).optional() })),
    revisions: spliceSchema(revisionSchema).optional(),
  });

  const project = z.strictObject({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_VERSION),
    meta: metaSchema,
    source: documentSchema,
    targets: z.array(z.strictObject({ document: documentSchema, beads: z.array(beadSchema) })),
    revisions: z.array(revisionSchema),
  });

  return { project, patch };
}

type Schemas = ReturnType<typeof buildSchemas>;
/** The zod schema of a whole project file. */
export type ProjectSchema = Schemas['project'];
/** The zod schema of one journal entry. */
export type PatchSchema = Schemas['patch'];

let loadedZod: typeof ZodModule.z | undefined;
let schemas: Schemas | undefined;

/**
 * zod, loaded on first use. A static `import` of zod costs a new process some 75-95 ms (95 modules)
 * on our 2-core machine, paid by every command that merely imports the project file code, such as
 * `bitext review` before its first frame (it validates the project only after that frame). zod 4
 * ships a CommonJS build, so `require` loads it synchronously and every caller stays synchronous.
 */
function zodLibrary(): typeof ZodModule.z {
  loadedZod ??= (createRequire(import.meta.url)('zod') as typeof ZodModule).z;
  return loadedZod;
}

function loadedSchemas(): Schemas {
  schemas ??= buildSchemas(zodLibrary());
  return schemas;
}

/** The schema of the whole file (built, and zod loaded, on the first call). */
export function projectSchema(): ProjectSchema {
  return loadedSchemas().project;
}

/** The schema of one entry of a project journal: a `ProjectPatch` (see patch.ts) as autosave appended it. */
export function patchSchema(): PatchSchema {
  return loadedSchemas().patch;
}

// The schema must describe exactly the contract in types.ts: this fails to compile if they drift.
const _schemaMatchesTypes: (parsed: z.output<ProjectSchema>) => Project = (parsed) => parsed;
const _typesMatchSchema: (project: Project) => z.input<ProjectSchema> = (project) => project;
// `validate` narrows to the input type, which parseProject returns as the project: it must be one.
const _inputIsProject: (parsed: z.input<ProjectSchema>) => Project = (parsed) => parsed;
const _patchInputIsOutput: (parsed: z.input<PatchSchema>) => z.output<PatchSchema> = (parsed) => parsed;
void _schemaMatchesTypes;
void _typesMatchSchema;
void _inputIsProject;
void _patchInputIsOutput;

/** Where a problem is in the file, written as a JSON path (`$.targets[0].beads[12].status`). */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${out}.${String(key)}` : `${out}[${JSON.stringify(String(key))}]`), '$');
}

/** A problem found in a project: what (an `errors.` locale code), where and with which values. */
export interface ProjectProblem {
  code: string;
  path: string;
  params: Record<string, string | number>;
}

/**
 * The schema compiled by zod into one straight validation function (zod's `compile`), built on
 * first use. `validate` with it checks a 50,000-bead file several times faster than `safeParse`,
 * because it neither walks the schema tree per element nor copies the data into a new object.
 */
let compiledProjectSchema: ProjectSchema | undefined;
let compiledPatchSchema: PatchSchema | undefined;

function firstProblem(issues: readonly z.core.$ZodIssue[]): ProjectProblem {
  const issue = issues[0]!;
  return { code: 'project-invalid-field', path: jsonPath(issue.path), params: { detail: issue.message } };
}

/**
 * Validates parsed JSON against the schema; returns the project or the first problem. A valid
 * project is the parsed data itself (the schema has no transforms, so nothing needs copying); only
 * invalid data is parsed again, by zod's reporting parser, to name the JSON path of the problem.
 */
export function parseProject(data: unknown): { project: Project } | { problem: ProjectProblem } {
  compiledProjectSchema ??= zodLibrary().compile(projectSchema());
  if (compiledProjectSchema.validate(data)) return { project: data };
  const result = projectSchema().safeParse(data);
  return result.success ? { project: result.data } : { problem: firstProblem(result.error.issues) };
}

/** Validates one parsed journal entry (see `parseProject`): the patch itself, or null when it is not one. */
export function parsePatch(data: unknown): z.output<PatchSchema> | null {
  compiledPatchSchema ??= zodLibrary().compile(patchSchema());
  if (compiledPatchSchema.validate(data)) return data;
  const result = patchSchema().safeParse(data);
  return result.success ? result.data : null;
}
