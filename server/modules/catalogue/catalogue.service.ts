import { parse } from 'csv-parse/sync';
import type { SessionUser } from '../../../contracts/auth.js';
import { CATEGORIES, type CatalogueModel, type Category } from '../../../contracts/products.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import { isFormulaLeading, toCsv } from '../../platform/csv.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { isStorableText, UNSTORABLE_TEXT_PROBLEM } from '../../platform/text.js';
import { type ModelRow, catalogueRepository as repo } from './catalogue.repository.js';
import { SAMPLE_CATALOGUE } from './sample-catalogue.js';

export const CSV_COLUMNS = ['model_code', 'name', 'category', 'points', 'active', 'end_of_support'] as const;
/** Columns a file may leave out: a missing `end_of_support` column leaves the models' dates as they are. */
const OPTIONAL_COLUMNS: readonly string[] = ['active', 'end_of_support'];
const ZERO_POINT_CATEGORIES: Category[] = ['accessory', 'consumable'];

export type ImportProblem = { row: number; column: string; problem: string };
export class CatalogueImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('catalogue import refused');
  }
}

const toModel = (r: ModelRow): CatalogueModel => ({
  id: r.id,
  modelCode: r.modelCode,
  name: r.name,
  category: r.category,
  points: r.points,
  active: r.active,
  endOfSupportOn: r.endOfSupportOn,
});

type ParsedRow = {
  modelCode: string;
  name: string;
  category: Category;
  points: number;
  active: boolean;
  /** Absent when the file has no `end_of_support` column; null for an empty cell (no date). */
  endOfSupportOn?: string | null;
};

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function isIsoDate(text: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * Names are never meant as spreadsheet formulas: a name that a spreadsheet would run when the
 * catalogue is exported and opened (CSV injection) is refused with its row and column. (A model
 * code's pattern already requires a letter or digit first.)
 */
function refuseFormulas(row: number, cells: Record<string, string>, problems: ImportProblem[]) {
  for (const [column, value] of Object.entries(cells))
    if (isFormulaLeading(value))
      problems.push({ row, column, problem: 'must not start with =, +, -, @, a tab or a carriage return' });
}

/** Parses and checks a catalogue CSV completely; returns the rows or every problem (row, column, problem). */
export function parseCatalogueCsv(text: string): { rows: ParsedRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    return {
      rows: [],
      problems: [{ row: 0, column: '', problem: `not readable as CSV: ${(error as Error).message}` }],
    };
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => h.toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !columns.includes(c));
  if (missing.length)
    return { rows: [], problems: missing.map((c) => ({ row: 1, column: c, problem: 'column missing' })) };
  const at = (record: string[], column: string) => record[columns.indexOf(column)]?.trim() ?? '';
  const seen = new Map<string, number>();
  const rows: ParsedRow[] = [];
  body.forEach((record, i) => {
    const row = i + 2;
    // A NUL byte or a broken Unicode character cannot be stored: reported for its row and column.
    const unstorable = CSV_COLUMNS.filter((c) => columns.includes(c) && !isStorableText(at(record, c)));
    if (unstorable.length) {
      for (const column of unstorable) problems.push({ row, column, problem: UNSTORABLE_TEXT_PROBLEM });
      return;
    }
    const modelCode = at(record, 'model_code').toUpperCase();
    const name = at(record, 'name');
    const category = at(record, 'category') as Category;
    const pointsText = at(record, 'points');
    const activeText = columns.includes('active') ? at(record, 'active').toLowerCase() : '';
    const hasEndOfSupport = columns.includes('end_of_support');
    const endOfSupportText = hasEndOfSupport ? at(record, 'end_of_support') : '';
    const before = problems.length;
    if (!/^[A-Z0-9][A-Z0-9._/-]{0,39}$/.test(modelCode))
      problems.push({ row, column: 'model_code', problem: 'required: letters, digits, . _ / - (at most 40)' });
    else if (seen.has(modelCode))
      problems.push({ row, column: 'model_code', problem: `duplicate of row ${seen.get(modelCode)}` });
    else seen.set(modelCode, row);
    if (!name || name.length > 200)
      problems.push({ row, column: 'name', problem: 'required (at most 200 characters)' });
    if (!CATEGORIES.includes(category))
      problems.push({ row, column: 'category', problem: `one of ${CATEGORIES.join(', ')}` });
    const points = Number(pointsText);
    if (!/^\d+$/.test(pointsText) || points > 100_000)
      problems.push({ row, column: 'points', problem: 'a whole number from 0 to 100000' });
    else if (ZERO_POINT_CATEGORIES.includes(category) && points !== 0)
      problems.push({ row, column: 'points', problem: 'accessories and consumables are worth 0 points' });
    if (activeText && !['true', 'false', 'yes', 'no', '1', '0'].includes(activeText))
      problems.push({ row, column: 'active', problem: 'true or false' });
    if (endOfSupportText && !isIsoDate(endOfSupportText))
      problems.push({ row, column: 'end_of_support', problem: 'a date YYYY-MM-DD, or empty' });
    refuseFormulas(row, { name }, problems);
    if (problems.length === before)
      rows.push({
        modelCode,
        name,
        category,
        points,
        active: !['false', 'no', '0'].includes(activeText),
        ...(hasEndOfSupport ? { endOfSupportOn: endOfSupportText || null } : {}),
      });
  });
  if (body.length === 0) problems.push({ row: 2, column: '', problem: 'no rows' });
  return { rows, problems };
}

const auditEndOfSupport = (tx: DbOrTx, actor: SessionUser, id: string, from: string | null, to: string | null) =>
  recordAudit(tx, {
    actorUserId: actor.id,
    action: 'catalogue.end_of_support_set',
    entityType: 'catalogue_model',
    entityId: id,
    detail: { from, to },
  });

/** How long the models read for registrations are kept (another instance's change shows within this). */
const MODELS_CACHE_MS = 5_000;

export function createCatalogueService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;

  // Every registration looks up its models; the catalogue is small and changes rarely. A change
  // in this process clears the cache at once; a model not in it is read from the database.
  let models: { byId: Map<string, ModelRow>; at: number } | undefined;
  let generation = 0;
  async function findModels(tx: DbOrTx, ids: string[]): Promise<ModelRow[]> {
    let cached = models;
    if (!cached || Date.now() - cached.at > MODELS_CACHE_MS) {
      const reading = generation;
      const all = await repo.all(tx);
      cached = { byId: new Map(all.map((m) => [m.id, m])), at: Date.now() };
      // A change committed while this read ran may be missing from it: then it is not kept.
      if (reading === generation) models = cached;
    }
    const byId = cached.byId;
    const unknown = [...new Set(ids.filter((id) => !byId.has(id)))];
    const found = new Map((unknown.length ? await repo.findByIds(tx, unknown) : []).map((m) => [m.id, m]));
    return [...new Set(ids)].flatMap((id) => {
      const model = byId.get(id) ?? found.get(id);
      return model ? [model] : [];
    });
  }
  const changed = <T>(result: T) => {
    generation++;
    models = undefined;
    return result;
  };

  return {
    /** A new installation starts with the sample catalogue; an existing catalogue is left alone. */
    async seedSampleIfEmpty() {
      if ((await repo.search(db, { limit: 1, includeInactive: true })).length === 0)
        changed(await repo.insertMany(db, SAMPLE_CATALOGUE));
    },

    search: async (q: { q?: string; category?: Category; limit: number }) => (await repo.search(db, q)).map(toModel),
    /** The models of these ids (unknown ids are left out); point values as of at most a few seconds ago. */
    findModels,
    findModelsByCodes: (tx: DbOrTx, codes: string[]) => repo.findByCodes(tx, codes),

    async exportCsv(): Promise<string> {
      const rows = await repo.all(db);
      return toCsv([
        CSV_COLUMNS as unknown as string[],
        // Spelled out: the CSV writer would write a boolean as 1 and an empty cell, and an empty
        // `active` imports as true, so an export imported back would switch inactive models on.
        ...rows.map((r) => [r.modelCode, r.name, r.category, r.points, r.active ? 'true' : 'false', r.endOfSupportOn ?? '']),
      ]);
    },

    /** All or nothing: any problem refuses the whole file with a report. Point changes apply to new registrations only. */
    async importCsv(actor: SessionUser, text: string) {
      const { rows, problems } = parseCatalogueCsv(text);
      if (problems.length) throw new CatalogueImportError(problems);
      return changed(
        await withTransaction(db, async (tx) => {
          const existing = new Map(
            (
              await repo.findByCodes(
                tx,
                rows.map((r) => r.modelCode),
              )
            ).map((m) => [m.modelCode, m]),
          );
          let created = 0;
          let updated = 0;
          let unchanged = 0;
          const fresh = rows.filter((r) => !existing.has(r.modelCode));
          if (fresh.length) await repo.insertMany(tx, fresh);
          created = fresh.length;
          for (const row of rows) {
            const current = existing.get(row.modelCode);
            if (!current) continue;
            if (
              current.name === row.name &&
              current.category === row.category &&
              current.points === row.points &&
              current.active === row.active &&
              (row.endOfSupportOn === undefined || current.endOfSupportOn === row.endOfSupportOn)
            ) {
              unchanged++;
              continue;
            }
            await repo.update(tx, current.id, { ...row, updatedAt: deps.clock.now() });
            if (row.endOfSupportOn !== undefined && row.endOfSupportOn !== current.endOfSupportOn)
              await auditEndOfSupport(tx, actor, current.id, current.endOfSupportOn, row.endOfSupportOn);
            updated++;
          }
          await recordAudit(tx, {
            actorUserId: actor.id,
            action: 'catalogue.imported',
            entityType: 'catalogue',
            entityId: 'csv',
            detail: { created, updated, unchanged },
          });
          return { created, updated, unchanged };
        }),
      );
    },

    /** Sets or clears the model's end-of-support date; the daily job acts on it (see products' end of support). */
    async setEndOfSupport(actor: SessionUser, id: string, endOfSupportOn: string | null) {
      return changed(
        await withTransaction(db, async (tx) => {
          const model = await repo.findById(tx, id);
          if (!model) throw new AppError('not_found');
          if (model.endOfSupportOn === endOfSupportOn) return toModel(model);
          const [row] = await repo.update(tx, id, { endOfSupportOn, updatedAt: deps.clock.now() });
          await auditEndOfSupport(tx, actor, id, model.endOfSupportOn, endOfSupportOn);
          return toModel(row!);
        }),
      );
    },

    async setPoints(actor: SessionUser, id: string, points: number) {
      return changed(
        await withTransaction(db, async (tx) => {
          const model = await repo.findById(tx, id);
          if (!model) throw new AppError('not_found');
          if (ZERO_POINT_CATEGORIES.includes(model.category) && points !== 0)
            throw new AppError('validation_failed', { points: 'field.invalid' });
          const [row] = await repo.update(tx, id, { points, updatedAt: deps.clock.now() });
          await recordAudit(tx, {
            actorUserId: actor.id,
            action: 'catalogue.points_changed',
            entityType: 'catalogue_model',
            entityId: id,
            detail: { from: model.points, to: points },
          });
          return toModel(row!);
        }),
      );
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
