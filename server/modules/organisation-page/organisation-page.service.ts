import type { SessionUser } from '../../../contracts/auth.js';
import type {
  OrganisationProfile,
  OrganisationSearchResult,
  OrganisationSection,
  OrganisationSectionPage,
} from '../../../contracts/organisations.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { type DocumentRow, profileRepository } from './profile.repository.js';
import { searchRepository } from './search.repository.js';
import { sectionsRepository } from './sections.repository.js';

const iso = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** The audit trail is the admins' (as the audit log page): other staff see the page without it. */
const seesAudit = (actor: SessionUser) => actor.role === 'admin';

/**
 * The back office's organisation page: one customer whole for staff (a read model over the
 * modules' tables, so it only reads). Search → the page's head → each section a page at a time.
 */
export function createOrganisationPageService(deps: { db: Db }) {
  const { db } = deps;

  async function scopeOf(id: string) {
    const organisation = await profileRepository.organisation(db, id);
    if (!organisation) throw new AppError('not_found');
    return organisation;
  }

  return {
    async search(q: string): Promise<OrganisationSearchResult> {
      return { items: await searchRepository.search(db, q) };
    },

    async profile(actor: SessionUser, id: string): Promise<OrganisationProfile> {
      const o = await scopeOf(id);
      const [{ application, documents }, legacy, { balance, migrated, counts }] = await Promise.all([
        profileRepository.application(db, o.application_id),
        o.legacy_email ? profileRepository.legacy(db, o.legacy_email) : undefined,
        profileRepository.counts(db, o.id, o.application_id),
      ]);
      if (!seesAudit(actor)) delete counts.audit;
      return {
        id: o.id,
        legalName: o.legal_name,
        tradingName: o.trading_name,
        country: o.country,
        address: { street: o.street, houseNumber: o.house_number, postcode: o.postcode, city: o.city },
        phone: o.phone,
        vatNumber: o.vat_number,
        tradeRegisterNumber: o.trade_register_number,
        electronicAddress: o.electronic_address,
        createdAt: iso(o.created_at) as string,
        application: !application
          ? null
          : {
              id: application.id,
              reference: application.reference,
              status: application.status,
              submittedAt: iso(application.submitted_at),
              decidedAt: iso(application.decided_at),
              decisionMessage: application.decision_message,
              documents: documents.map((d: DocumentRow) => ({
                id: d.id,
                kind: d.kind,
                originalName: d.original_name,
                size: d.size,
                uploadedAt: iso(d.uploaded_at) as string,
                deletedAt: iso(d.deleted_at),
              })),
            },
        legacy: o.legacy_email
          ? {
              email: o.legacy_email,
              membershipNumber: legacy?.membership_number ?? null,
              tier: legacy?.tier ?? null,
              products: legacy?.products ?? 0,
              migrated,
            }
          : null,
        pointsBalance: balance,
        counts,
        auditVisible: seesAudit(actor),
      };
    },

    async section(
      actor: SessionUser,
      id: string,
      section: OrganisationSection,
      page: { page: number; size: number },
    ): Promise<OrganisationSectionPage> {
      if (section === 'audit' && !seesAudit(actor)) throw new AppError('forbidden');
      const o = await scopeOf(id);
      const { rows, total } = await sectionsRepository.page(
        db,
        section,
        { organisationId: o.id, applicationId: o.application_id },
        { offset: (page.page - 1) * page.size, size: page.size },
      );
      return { section, columns: sectionsRepository.columns(section), rows, total, page: page.page, size: page.size };
    },
  };
}

export type OrganisationPageService = ReturnType<typeof createOrganisationPageService>;
