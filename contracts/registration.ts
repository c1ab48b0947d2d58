import { z } from 'zod';
import { Country, Email, Locale, LocaleTag } from './common.js';

export const DOCUMENT_KINDS = ['vat_certificate', 'company_invoice', 'business_licence', 'chamber_extract'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;
/** Kinds accepted when the organisation is VAT-registered / not VAT-registered (seed, step 2). */
export const VAT_DOCUMENT_KINDS: readonly DocumentKind[] = ['vat_certificate', 'company_invoice'];
export const NO_VAT_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'company_invoice',
  'business_licence',
  'chamber_extract',
];

export const MAX_DOCUMENTS = 3;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The JSON part of a registration (field "application" of the multipart request). */
export const RegistrationInput = z.object({
  idempotencyKey: z.uuid(),
  source: optionalText(64),
  organisation: z.object({
    legalName: text(200),
    tradingName: optionalText(200),
    country: Country,
    street: text(200),
    houseNumber: text(20),
    postcode: text(16),
    city: text(100),
    phone: z
      .string()
      .trim()
      .min(6)
      .max(32)
      .regex(/^\+?[0-9 ()./-]+$/),
  }),
  company: z.object({
    vatRegistered: z.boolean(),
    // As typed (spaces, dots, a suffix); the normalised number is at most 20 characters.
    vatNumber: optionalText(40),
    tradeRegisterNumber: optionalText(40),
    /**
     * The organisation's Peppol participant id (`scheme:identifier`), where neither its VAT number nor
     * its register number gives an electronic address for its e-invoices (see electronic-address.ts).
     */
    electronicAddress: optionalText(120),
    legacyEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.email().optional()),
  }),
  contact: z.object({
    firstName: text(100),
    lastName: text(100),
    email: Email,
    /** `nl`, or a locale tag such as `fr_BE` (the language is kept). */
    locale: LocaleTag,
  }),
  /** One entry per uploaded file, in the order of the files. */
  documents: z
    .array(z.object({ kind: DocumentKind }))
    .min(1)
    .max(MAX_DOCUMENTS),
  declaration: z.literal(true),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export const APPLICATION_STATUSES = ['received', 'in_review', 'more_info_needed', 'approved', 'rejected'] as const;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const RegistrationResponse = z.object({
  reference: z.string(),
  expectedDecisionDate: z.string(),
  statusToken: z.string(),
});

export const StatusQuery = z.object({ token: z.string().min(20).max(200) });
export const StatusResponse = z.object({
  reference: z.string(),
  status: ApplicationStatus,
  organisationName: z.string(),
  submittedAt: z.string(),
  expectedDecisionDate: z.string().nullable(),
  requestedDocuments: z.array(DocumentKind),
  message: z.string().nullable(),
  vatRegistered: z.boolean(),
  /**
   * The statuses the application really went through, oldest first, with when each began; the last
   * is the current one. A status page shows these steps only (no step it never reached).
   */
  steps: z.array(z.object({ status: ApplicationStatus, at: z.string() })),
});

/** JSON part of a more-information upload. */
export const MoreInfoInput = z.object({
  token: z.string().min(20).max(200),
  documents: z
    .array(z.object({ kind: DocumentKind }))
    .min(1)
    .max(MAX_DOCUMENTS),
});

export const REJECT_REASONS = [
  'document_unreadable',
  'document_mismatch',
  'not_authorised',
  'not_professional',
  'country_not_participating',
  'duplicate',
  'other',
] as const;
export const RejectReason = z.enum(REJECT_REASONS);

export const Decision = z.discriminatedUnion('type', [
  z.object({ type: z.literal('approve'), note: optionalText(2000) }),
  z.object({ type: z.literal('reject'), reason: RejectReason, note: optionalText(2000) }),
  z.object({
    type: z.literal('request_info'),
    documents: z.array(DocumentKind).min(1),
    note: optionalText(2000),
  }),
]);
export type Decision = z.infer<typeof Decision>;

export const CaseListQuery = z.object({
  status: z.enum(['open', ...APPLICATION_STATUSES]).default('open'),
  country: Country.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  assignee: z.enum(['me', 'unassigned', 'any']).default('any'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  /** `true`: only cases whose evidence signals are all green. */
  clean: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** `due` (SLA due time, the default) or `clean` (clean cases first, then by due time). */
  sort: z.enum(['due', 'clean']).default('due'),
});
/** "Next case": the validator takes the first unassigned case in the queue (clean ones first). */
export const NextCaseInput = z.object({
  /** `true`: only a case whose evidence signals are all green. */
  clean: z.boolean().default(false),
});
/** The case now assigned to the validator, or null when no unassigned case is waiting. */
export const NextCase = z.object({ id: z.uuid().nullable() });
export type NextCaseInput = z.infer<typeof NextCaseInput>;
export type NextCase = z.infer<typeof NextCase>;

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  organisationName: z.string(),
  country: Country,
  status: ApplicationStatus,
  submittedAt: z.string(),
  slaDueAt: z.string().nullable(),
  /** Working days until the SLA due date (weekends and public holidays skipped); negative when overdue. */
  slaWorkingDaysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  assigneeName: z.string().nullable(),
  assigneeId: z.uuid().nullable(),
  /** Every evidence signal is green (documents read and matching the form, VIES where it applies). */
  clean: z.boolean(),
});
export const CaseList = z.object({ items: z.array(CaseSummary), nextCursor: z.string().nullable() });

export const CaseDocument = z.object({
  id: z.uuid(),
  kind: DocumentKind,
  originalName: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  current: z.boolean(),
  /** When the retention job deleted the file (its record stays); null while it is kept. */
  deletedAt: z.string().nullable(),
});

/**
 * What the VAT registry (EU VIES) says about the application's VAT number: a signal beside the case,
 * never a decision. `pending` until the first answer; `unavailable` is asked again by a job;
 * `no_registry` for countries outside VIES (NO, CH, GB).
 */
export const VatRegistryEvidence = z.object({
  outcome: z.enum(['pending', 'valid', 'invalid', 'unavailable', 'no_registry']),
  checkedAt: z.string().nullable(),
  registry: z.string().nullable(),
  /** The answer came from the local stand-in (a demonstration or test installation), not from VIES. */
  standIn: z.boolean(),
  name: z.string().nullable(),
  address: z.string().nullable(),
  consultationNumber: z.string().nullable(),
  /** VIES's code when it gave no verdict (e.g. MS_UNAVAILABLE). */
  reason: z.string().nullable(),
  /** The registry's name against the form's legal or trading name. */
  nameMatch: z.enum(['match', 'differs', 'not_shared']).nullable(),
});
export type VatRegistryEvidence = z.infer<typeof VatRegistryEvidence>;

/** A match in a document's text, cut out for highlighting: `match` sits between `before` and `after`. */
export const EvidenceSnippet = z.object({ before: z.string(), match: z.string(), after: z.string() });
/** One thing looked for in a document: found or not, on which page (1-based), the text around it. */
export const EvidenceFinding = z.object({
  found: z.boolean(),
  page: z.number().int().nullable(),
  snippet: EvidenceSnippet.nullable(),
  /** What was found, where it has a value: the date (YYYY-MM-DD), another company's VAT number or name. */
  value: z.string().nullable(),
});
export type EvidenceFinding = z.infer<typeof EvidenceFinding>;
export const DocumentFindings = z.object({
  vatNumber: EvidenceFinding,
  name: EvidenceFinding,
  address: EvidenceFinding,
  date: EvidenceFinding,
  registerNumber: EvidenceFinding,
  /** Another company's VAT number or name, in a document that does not name the applicant. */
  otherCompany: EvidenceFinding,
});
export type DocumentFindings = z.infer<typeof DocumentFindings>;
export const DocumentEvidence = z.object({
  documentId: z.uuid(),
  kind: DocumentKind,
  originalName: z.string(),
  /** `pending` until the extraction job has run; `not_read` when no text could be read (never a red signal). */
  status: z.enum(['pending', 'read', 'not_read']),
  method: z.enum(['text', 'ocr', 'none']).nullable(),
  pages: z.number().int(),
  findings: DocumentFindings.nullable(),
});
export const EVIDENCE_SIGNALS = [
  'documents_read',
  'vies_valid',
  'vies_name',
  'document_vat',
  'document_name',
  'document_address',
  'invoice_recent',
  'register_number',
  'other_company',
] as const;
/** A rule's outcome beside the case: a signal for the validator, never a verdict. */
export const EvidenceSignal = z.object({
  code: z.enum(EVIDENCE_SIGNALS),
  colour: z.enum(['green', 'amber', 'red', 'gray']),
  /** Key of the translated reason (`cases.evidence.reason.<reason>`), with its values. */
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type EvidenceSignal = z.infer<typeof EvidenceSignal>;
export const CaseEvidence = z.object({
  clean: z.boolean(),
  signals: z.array(EvidenceSignal),
  documents: z.array(DocumentEvidence),
});
export type CaseEvidence = z.infer<typeof CaseEvidence>;
export const CaseEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  fromStatus: ApplicationStatus.nullable(),
  toStatus: ApplicationStatus.nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export const CaseDetail = CaseSummary.extend({
  source: z.string().nullable(),
  locale: Locale,
  organisation: RegistrationInput.shape.organisation.extend({ tradingName: z.string().nullable() }),
  company: z.object({
    vatRegistered: z.boolean(),
    vatNumber: z.string().nullable(),
    vatFormatValid: z.boolean().nullable(),
    tradeRegisterNumber: z.string().nullable(),
    /** The e-invoicing address the organisation gets at approval: the one given, else the derived one. */
    electronicAddress: z.string().nullable(),
    legacyEmail: z.string().nullable(),
  }),
  contact: z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), locale: Locale }),
  declaration: z.object({ at: z.string(), ip: z.string(), name: z.string() }),
  duplicates: z.array(
    z.object({
      field: z.enum(['vat_number', 'email', 'legacy_email']),
      reference: z.string(),
      kind: z.enum(['application', 'organisation']),
    }),
  ),
  documents: z.array(CaseDocument),
  /** The day the documents are (or were) deleted under the retention rule; null while undecided. */
  documentsDeletedOn: z.string().nullable(),
  vatRegistry: VatRegistryEvidence.nullable(),
  /** What the documents say and the signals computed from it; null where no reader is wired. */
  evidence: CaseEvidence.nullable(),
  events: z.array(CaseEvent),
  requestedDocuments: z.array(DocumentKind),
});
export type CaseDetail = z.infer<typeof CaseDetail>;
export type StatusResponse = z.infer<typeof StatusResponse>;
export type RegistrationResponse = z.infer<typeof RegistrationResponse>;
export type CaseList = z.infer<typeof CaseList>;
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export type MoreInfoInput = z.infer<typeof MoreInfoInput>;
