import { z } from 'zod';

/**
 * The back office's organisation page: one customer whole, found by what staff have at hand (a name,
 * a VAT number, an e-mail address, a membership number or an invoice number).
 */
export const OrganisationSearchQuery = z.object({ q: z.string().trim().min(2).max(100) });

export const ORGANISATION_MATCHES = ['name', 'vat_number', 'email', 'membership_number', 'invoice_number'] as const;
export const OrganisationMatch = z.object({
  id: z.uuid(),
  legalName: z.string(),
  tradingName: z.string().nullable(),
  country: z.string(),
  vatNumber: z.string().nullable(),
  /** What the query matched, and the matching value (an e-mail, a number …). */
  matchedBy: z.enum(ORGANISATION_MATCHES),
  matchedValue: z.string(),
});
export const OrganisationSearchResult = z.object({ items: z.array(OrganisationMatch) });

export const OrganisationProfile = z.object({
  id: z.uuid(),
  legalName: z.string(),
  tradingName: z.string().nullable(),
  country: z.string(),
  address: z.object({ street: z.string(), houseNumber: z.string(), postcode: z.string(), city: z.string() }),
  phone: z.string(),
  vatNumber: z.string().nullable(),
  tradeRegisterNumber: z.string().nullable(),
  electronicAddress: z.string().nullable(),
  createdAt: z.string(),
  /** The application it registered with (null for organisations created otherwise, e.g. by an import). */
  application: z
    .object({
      id: z.uuid(),
      reference: z.string(),
      status: z.string(),
      submittedAt: z.string().nullable(),
      decidedAt: z.string().nullable(),
      decisionMessage: z.string().nullable(),
      documents: z.array(
        z.object({
          id: z.uuid(),
          kind: z.string(),
          originalName: z.string(),
          size: z.number().int(),
          uploadedAt: z.string(),
          deletedAt: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  /** The old programme's account this organisation named at registration, and how far its migration is. */
  legacy: z
    .object({
      email: z.string(),
      membershipNumber: z.string().nullable(),
      tier: z.string().nullable(),
      products: z.number().int(),
      migrated: z.number().int(),
    })
    .nullable(),
  pointsBalance: z.number().int(),
  /** Row counts per section, so the page can say how many before it pages. */
  counts: z.record(z.string(), z.number().int()),
  /** Whether the viewer may read the audit section (admins only, as the audit log). */
  auditVisible: z.boolean(),
});

export const ORGANISATION_SECTIONS = [
  'users',
  'products',
  'ledger',
  'memberships',
  'invoices',
  'payments',
  'tickets',
  'audit',
] as const;
export type OrganisationSection = (typeof ORGANISATION_SECTIONS)[number];

export const OrganisationSectionQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  size: z.coerce.number().int().min(1).max(100).default(10),
});
/** One page of a section: rows of plain values (each section has its own columns, named in `columns`). */
const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const OrganisationSectionPage = z.object({
  section: z.enum(ORGANISATION_SECTIONS),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), Cell)),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
});

export type OrganisationMatch = z.infer<typeof OrganisationMatch>;
export type OrganisationSearchResult = z.infer<typeof OrganisationSearchResult>;
export type OrganisationProfile = z.infer<typeof OrganisationProfile>;
export type OrganisationSectionPage = z.infer<typeof OrganisationSectionPage>;
