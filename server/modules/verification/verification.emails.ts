import type { DocumentKind } from '../../../contracts/registration.js';
import { catalogueOf, type LocaleRef, languageOf, speaker } from '../../platform/i18n/index.js';
import type { EmailContent } from '../../platform/mail/layout.js';

// Texts: server/locales/<language>/emails.json, `verification.*`.

/** A rejection reason's text, or null for a code that has none (the status page then shows no reason). */
export function rejectReasonText(locale: LocaleRef, reason: string): string | null {
  const known = (catalogueOf('en', 'emails')?.verification as { rejectReason?: object } | undefined)?.rejectReason;
  return known && Object.hasOwn(known, reason)
    ? speaker(languageOf(locale)).t(`emails:verification.rejectReason.${reason}`)
    : null;
}

export function receivedEmail(
  locale: LocaleRef,
  p: { firstName: string; organisation: string; reference: string; expectedDate: string; statusUrl: string },
): EmailContent {
  const { t, date } = speaker(locale);
  return {
    subject: t('emails:verification.received.subject', { reference: p.reference }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:verification.received.received', { organisation: p.organisation }),
      t('emails:verification.received.checks'),
    ],
    facts: [
      [t('emails:common.reference'), p.reference],
      [t('emails:verification.received.expected'), date(p.expectedDate)],
    ],
    action: { label: t('emails:verification.received.action'), url: p.statusUrl },
  };
}

export function moreInfoEmail(
  locale: LocaleRef,
  p: { firstName: string; reference: string; documents: DocumentKind[]; note?: string; statusUrl: string },
): EmailContent {
  const { t } = speaker(locale);
  const documents = p.documents.map((d) => t(`emails:verification.documentKind.${d}`)).join(', ');
  return {
    subject: t('emails:verification.moreInfo.subject', { reference: p.reference }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:verification.moreInfo.need', { documents }),
      ...(p.note ? [t('emails:verification.moreInfo.note', { note: p.note })] : []),
      t('emails:verification.moreInfo.upload'),
    ],
    facts: [[t('emails:common.reference'), p.reference]],
    action: { label: t('emails:verification.moreInfo.action'), url: p.statusUrl },
  };
}

export function rejectedEmail(
  locale: LocaleRef,
  p: { firstName: string; reference: string; reason: string; note?: string },
): EmailContent {
  const { t } = speaker(locale);
  const reason = rejectReasonText(locale, p.reason) ?? t('emails:verification.rejectReason.other');
  return {
    subject: t('emails:verification.rejected.subject', { reference: p.reference }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:verification.rejected.cannotApprove'),
      t('emails:verification.rejected.reason', { reason }),
      ...(p.note ? [t('emails:verification.rejected.note', { note: p.note })] : []),
      t('emails:verification.rejected.newApplication'),
    ],
    facts: [[t('emails:common.reference'), p.reference]],
  };
}

/** Sent to the address concerned when a registration is refused as a duplicate. */
export function duplicateEmail(
  locale: LocaleRef,
  p: {
    firstName: string;
    kind: 'open_application' | 'account' | 'organisation';
    reference?: string;
    statusUrl?: string;
    loginUrl: string;
    forgotUrl?: string;
    /**
     * The submission was stored (its answer must not differ from a new address's), to be closed
     * by a validator as a duplicate: the e-mail says so instead of "not accepted".
     */
    accepted?: boolean;
  },
): EmailContent {
  const { t } = speaker(locale);
  const action =
    p.kind === 'open_application' && p.statusUrl
      ? { label: t('emails:common.viewStatus'), url: p.statusUrl }
      : p.kind === 'account'
        ? { label: t('emails:common.logIn'), url: p.loginUrl }
        : undefined;
  return {
    subject: t('emails:verification.duplicate.subject'),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t(p.accepted ? 'emails:verification.duplicate.accepted' : 'emails:verification.duplicate.notAccepted'),
      t(`emails:verification.duplicate.${p.kind}`, { reference: p.reference ?? '' }),
      ...(p.kind === 'account' && p.forgotUrl
        ? [t('emails:verification.duplicate.forgot', { forgotUrl: p.forgotUrl })]
        : []),
    ],
    ...(action ? { action } : {}),
  };
}

/** Forgot password while the application is still being validated (seed step 4: do not reset yet). */
export function stillValidatingEmail(
  locale: LocaleRef,
  p: { firstName: string; reference: string; statusUrl: string },
): EmailContent {
  const { t } = speaker(locale);
  return {
    subject: t('emails:verification.stillValidating.subject', { reference: p.reference }),
    heading: t('emails:common.dear', { firstName: p.firstName }),
    paragraphs: [
      t('emails:verification.stillValidating.resetAsked'),
      t('emails:verification.stillValidating.automatic'),
    ],
    facts: [[t('emails:common.reference'), p.reference]],
    action: { label: t('emails:common.viewStatus'), url: p.statusUrl },
  };
}
