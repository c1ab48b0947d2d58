import { z } from 'zod';
import { Country } from './common.js';

export const CATEGORIES = [
  'camera_body',
  'lens',
  'video',
  'printer',
  'projector',
  'scanner',
  'binoculars',
  'accessory',
  'consumable',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const CatalogueModel = z.object({
  id: z.uuid(),
  modelCode: z.string(),
  name: z.string(),
  category: Category,
  points: z.number().int(),
  active: z.boolean(),
  /** The last supported day; from then on the points its products earned are removed. */
  endOfSupportOn: z.iso.date().nullable(),
});
export type CatalogueModel = z.infer<typeof CatalogueModel>;
export const CatalogueQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: Category.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const CatalogueList = z.object({ items: z.array(CatalogueModel) });

export const CatalogueImportProblem = z.object({ row: z.number().int(), column: z.string(), problem: z.string() });
export const CatalogueImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export const CatalogueImportReport = z.object({
  error: z.object({ code: z.string(), message: z.string(), problems: z.array(CatalogueImportProblem) }),
});
export const CataloguePointsInput = z.object({ points: z.number().int().min(0).max(100_000) });
export const CatalogueEndOfSupportInput = z.object({ endOfSupportOn: z.iso.date().nullable() });

export const SERIAL_CHARACTERS = /^[A-Z0-9][A-Z0-9\-/.]*$/;
export const PurchaseDate = z.iso.date();

/** The fields a customer fills in for a product; any may be left out and completed later. */
export const ProductFields = z.object({
  serialNumber: z.string().trim().max(40).optional(),
  purchaseDate: PurchaseDate.optional(),
  purchaseCountry: Country.optional(),
  dealer: z.string().trim().max(120).optional(),
});
export const RegisterProductsInput = z.object({
  /** The client's key for this batch: a retry or double click registers nothing twice. */
  idempotencyKey: z.uuid(),
  items: z
    .array(ProductFields.extend({ modelId: z.uuid() }))
    .min(1)
    .max(50),
});
export type RegisterProductsInput = z.infer<typeof RegisterProductsInput>;
export const UpdateProductInput = ProductFields.extend({ modelId: z.uuid().optional() });
export const RemoveProductInput = z.object({ reason: z.enum(['removed', 'sold', 'transferred']) });

export const MISSING_FIELDS = ['model', 'serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer'] as const;
export const MissingField = z.enum(MISSING_FIELDS);

export const Product = z.object({
  id: z.uuid(),
  modelId: z.uuid().nullable(),
  modelName: z.string(),
  modelCode: z.string().nullable(),
  category: Category.nullable(),
  serialNumber: z.string().nullable(),
  purchaseDate: z.string().nullable(),
  purchaseCountry: z.string().nullable(),
  dealer: z.string().nullable(),
  source: z.enum(['registered', 'migrated']),
  status: z.enum(['active', 'removed', 'sold', 'transferred']),
  points: z.number().int(),
  /** Complete and its points assigned: the green check. */
  complete: z.boolean(),
  missing: z.array(MissingField),
  registeredAt: z.string(),
});
export type Product = z.infer<typeof Product>;

export const PointsSummary = z.object({
  balance: z.number().int(),
  nextTier: z
    .object({
      code: z.string(),
      /** The tier's name in each language, as the programme names it (the one source of tier names). */
      names: z.object({ nl: z.string(), en: z.string() }),
      minPoints: z.number().int(),
      pointsToGo: z.number().int(),
    })
    .nullable(),
  invitationThreshold: z.number().int(),
  /** Invited to join CPS and not a member yet: the invitation banner and the home card show. */
  invited: z.boolean(),
});
export type PointsSummary = z.infer<typeof PointsSummary>;

/** Products per page of My products; the next page starts after the last one shown (keyset paging). */
export const PRODUCTS_PAGE_DEFAULT = 100;
export const PRODUCTS_PAGE_MAX = 500;
export const MyProductsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PRODUCTS_PAGE_MAX).default(PRODUCTS_PAGE_DEFAULT),
  /** `nextCursor` of the previous page. */
  cursor: z.uuid().optional(),
});
export type MyProductsQuery = z.infer<typeof MyProductsQuery>;

/** One page of the organisation's active products, newest first, with the points summary. */
export const MyProducts = z.object({
  items: z.array(Product),
  summary: PointsSummary,
  /** All active products of the organisation (not only this page). */
  total: z.number().int(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.uuid().nullable(),
});
export type MyProducts = z.infer<typeof MyProducts>;
export const RegisterProductsResponse = z.object({ items: z.array(Product), summary: PointsSummary });

export const ProductHistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
/** A product's model's end of support: the date, and whether its points have been removed. */
export const ProductEndOfSupport = z.object({ on: z.iso.date(), pointsRemoved: z.boolean() });
export type ProductEndOfSupport = z.infer<typeof ProductEndOfSupport>;
export const ProductDetail = Product.extend({
  history: z.array(ProductHistoryEntry),
  summary: PointsSummary,
  endOfSupport: ProductEndOfSupport.nullable(),
});
export const DealerSuggestions = z.object({ items: z.array(z.string()) });

export const SerialConflict = z.object({
  id: z.uuid(),
  at: z.string(),
  modelName: z.string(),
  serialNumber: z.string(),
  existingOrganisation: z.string(),
  attemptedByOrganisation: z.string(),
});
export const SerialConflictList = z.object({ items: z.array(SerialConflict) });
