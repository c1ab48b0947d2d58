import type { Category, Product } from '../../../contracts/products.js';
import type { PageRow, ProductWithModel } from './products.repository.js';
import { type Missing, missingFields } from './rules.js';

/** A stored product with its model, as the API sends it. */
export function toProduct(row: ProductWithModel): Product {
  const p = row.product;
  const missing = missingFields(p);
  return {
    id: p.id,
    modelId: p.modelId,
    modelName: row.modelName ?? p.legacyModelName ?? '',
    modelCode: row.modelCode,
    category: (row.category as Category | null) ?? null,
    serialNumber: p.serialNumber,
    purchaseDate: p.purchaseDate,
    purchaseCountry: p.purchaseCountry,
    dealer: p.dealer,
    source: p.source,
    status: p.status,
    points: p.points,
    complete: missing.length === 0 && p.completedAt !== null,
    missing,
    registeredAt: p.createdAt.toISOString(),
  };
}

const MISSING_COLUMNS = [
  ['model_id', 'model'],
  ['serial_number', 'serialNumber'],
  ['purchase_date', 'purchaseDate'],
  ['purchase_country', 'purchaseCountry'],
  ['dealer', 'dealer'],
] as const;

/** A product of the My products statement, as the API sends it (the benchmark's bare route uses it too). */
export function pageProduct(r: PageRow): Product {
  const missing: Missing[] = [];
  for (const [column, field] of MISSING_COLUMNS) if (!r[column]) missing.push(field);
  return {
    id: r.id!,
    modelId: r.model_id,
    modelName: r.model_name,
    modelCode: r.model_code,
    category: r.category as Category | null,
    serialNumber: r.serial_number,
    purchaseDate: r.purchase_date,
    purchaseCountry: r.purchase_country,
    dealer: r.dealer,
    source: r.source,
    status: r.status,
    points: r.points,
    complete: missing.length === 0 && r.completed,
    missing,
    registeredAt: r.registered_at,
  };
}
