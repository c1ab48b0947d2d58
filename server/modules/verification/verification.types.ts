import type { Locale } from '../../../contracts/common.js';
import type {
  CaseEvidence,
  DocumentKind,
  RegistrationInput,
  VatRegistryEvidence,
} from '../../../contracts/registration.js';
import type { LinkTokens } from '../../platform/auth/link-tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { EvidenceSubject } from '../document-evidence/index.js';

export const SLA_WORKING_DAYS = 2;

export type UploadedDocument = {
  kind: DocumentKind;
  storageKey: string;
  contentType: string;
  size: number;
  originalName: string;
};

/** What verification needs from the accounts and auth modules, passed in at composition. */
export type VerificationPorts = {
  emailInUse(tx: DbOrTx, email: string): Promise<boolean>;
  organisationWithVat(tx: DbOrTx, vatNumber: string): Promise<boolean>;
  organisationsWithLegacyEmail(tx: DbOrTx, email: string): Promise<number>;
  createOrganisationWithSuperuser(
    tx: DbOrTx,
    organisation: {
      legalName: string;
      tradingName: string | null;
      country: string;
      street: string;
      houseNumber: string;
      postcode: string;
      city: string;
      phone: string;
      vatNumber: string | null;
      tradeRegisterNumber: string | null;
      /** The Peppol id given on the form; null: the account derives it from the VAT or register number. */
      electronicAddress: string | null;
      legacyEmail: string | null;
      applicationId: string;
    },
    superuser: { email: string; firstName: string; lastName: string; locale: Locale },
  ): Promise<{ organisationId: string; userId: string }>;
  /** Sends the set-password link again (or a reset link once a password exists). */
  resendPasswordLink(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean>;
  /**
   * The VAT registry (EU VIES): `request` asks for a check in the background (a job), `evidence` reads
   * the latest answer. Absent where no registry is wired (some tests).
   */
  vatRegistry?: {
    request(vatNumber: string): Promise<void>;
    evidence(vatNumber: string, formNames: (string | null)[]): Promise<VatRegistryEvidence>;
  };
  /**
   * What the company documents say: `request` queues their reading (a job) after an upload,
   * `caseEvidence` gives the findings and signals for the case page. Absent in some tests.
   */
  documentEvidence?: {
    request(applicationId: string, subject: EvidenceSubject, documents: EvidenceDocument[]): Promise<void>;
    caseEvidence(
      applicationId: string,
      subject: EvidenceSubject,
      documents: (EvidenceDocument & { originalName: string; uploadedAt: Date; deletedAt: Date | null })[],
      vatRegistry: VatRegistryEvidence | null,
    ): Promise<CaseEvidence>;
  };
  sendSetPasswordLink(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    user: { id: string; email: string; firstName: string; locale: Locale },
    organisation: string,
  ): Promise<void>;
};

export type EvidenceDocument = { id: string; kind: DocumentKind; storageKey: string; contentType: string };

export type VerificationDeps = {
  db: Db;
  clock: Clock;
  linkTokens: LinkTokens;
  mailer: Mailer;
  publicUrl: string;
  programmeCountry: string;
  timeZone: string;
  /** Days company documents are kept after the decision (DOCUMENT_RETENTION_DAYS). */
  documentRetentionDays?: number;
  ports: VerificationPorts;
};

export type NormalisedRegistration = RegistrationInput & {
  vatNumberNormalised: string | null;
  vatFormatValid: boolean | null;
  /** The Peppol id given on the form, normalised (`scheme:identifier`); null when derived at approval. */
  electronicAddress: string | null;
};
