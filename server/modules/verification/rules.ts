import type { ApplicationStatus, Decision } from '../../../contracts/registration.js';

/** Which decisions each status allows, and where they lead. A decided application is final. */
const TRANSITIONS: Record<ApplicationStatus, Partial<Record<Decision['type'], ApplicationStatus>>> = {
  received: { approve: 'approved', reject: 'rejected', request_info: 'more_info_needed' },
  in_review: { approve: 'approved', reject: 'rejected', request_info: 'more_info_needed' },
  // While waiting for the applicant, staff may still reject (e.g. no answer), not approve.
  more_info_needed: { reject: 'rejected' },
  approved: {},
  rejected: {},
};

export function decisionTarget(current: ApplicationStatus, decision: Decision['type']): ApplicationStatus | null {
  return TRANSITIONS[current][decision] ?? null;
}

export const isOpen = (status: ApplicationStatus) =>
  status === 'received' || status === 'in_review' || status === 'more_info_needed';

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A short reference for people to quote, e.g. PP-7K3M9QXA (Crockford base32, no I/L/O/U). */
export function newReference(random: Uint8Array): string {
  let out = '';
  for (const byte of random.subarray(0, 8)) out += REFERENCE_ALPHABET[byte % 32];
  return `PP-${out}`;
}

/**
 * The steps an application really went through, from its event history: every change of status in
 * order (a repeated status, e.g. back in the queue after a re-upload, counts again), the last being
 * the current status. An application that never needed more information never shows that step.
 */
export function statusSteps(
  events: readonly { event: { at: Date; toStatus: string | null } }[],
  current: { status: ApplicationStatus; submittedAt: Date },
): { status: ApplicationStatus; at: string }[] {
  const steps: { status: ApplicationStatus; at: string }[] = [];
  for (const { event } of events) {
    const status = event.toStatus as ApplicationStatus | null;
    if (!status || steps.at(-1)?.status === status) continue;
    steps.push({ status, at: event.at.toISOString() });
  }
  // Histories always start with `submitted` → received; the guard keeps the answer whole if not.
  if (steps.length === 0) steps.push({ status: 'received', at: current.submittedAt.toISOString() });
  if (steps.at(-1)!.status !== current.status) steps.push({ status: current.status, at: steps.at(-1)!.at });
  return steps;
}
