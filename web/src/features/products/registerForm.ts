import { z } from 'zod';
import { SERIAL_CHARACTERS } from '../../shared/contracts.js';
import { type CatalogueModelItem, todayIso } from './api.js';

/** The rows of the register-products form (also the fields of a product's edit form). */
export const MAX_ROWS = 50;

/** Serial numbers are compared in upper case without spaces, as the server stores them. */
export const serialField = z
  .string()
  .trim()
  .max(40)
  .refine((value) => !value || SERIAL_CHARACTERS.test(value.toUpperCase().replace(/\s+/g, '')), {
    params: { key: 'products.form.serialInvalid' },
  });
export const purchaseDateField = z
  .string()
  .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), { params: { key: 'products.form.dateInvalid' } })
  .refine((value) => !value || value <= todayIso(), { params: { key: 'products.form.dateFuture' } });

const Row = z.object({
  model: z
    .custom<CatalogueModelItem | null>((value) => value === null || (typeof value === 'object' && 'id' in value))
    .refine((value) => value !== null, { params: { key: 'products.form.modelRequired' } }),
  serialNumber: serialField,
  purchaseDate: purchaseDateField,
  purchaseCountry: z.string().nullable(),
  dealer: z.string().trim().max(120),
});
export const RegisterForm = z.object({ items: z.array(Row).min(1).max(MAX_ROWS) });
export type RegisterFormValues = z.input<typeof RegisterForm>;
type RowValues = RegisterFormValues['items'][number];

export const emptyRow = (): RowValues => ({
  model: null,
  serialNumber: '',
  purchaseDate: '',
  purchaseCountry: null,
  dealer: '',
});
export const ROW_FIELDS = ['model', 'serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer'] as const;
