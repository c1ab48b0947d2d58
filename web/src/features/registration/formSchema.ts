import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import {
  deriveElectronicAddress,
  type Locale,
  normaliseElectronicAddress,
  RegistrationInput,
} from '../../shared/contracts.js';

const company = RegistrationInput.shape.company.shape;

/** The registration form: the contract's sections, with the yes/no and checkbox the form needs. */
export const RegistrationForm = z
  .object({
    organisation: RegistrationInput.shape.organisation,
    company: z
      .object({
        vatRegistered: z.enum(['yes', 'no']),
        vatNumber: z.string().trim().max(40).optional(),
        tradeRegisterNumber: company.tradeRegisterNumber,
        electronicAddress: company.electronicAddress,
        legacyEmail: company.legacyEmail,
      })
      .superRefine((value, ctx) => {
        if (value.vatRegistered === 'yes' && !value.vatNumber?.trim()) {
          ctx.addIssue({
            code: 'custom',
            path: ['vatNumber'],
            input: value.vatNumber,
            params: { key: 'validation.required' },
          });
        }
      }),
    contact: RegistrationInput.shape.contact,
    declaration: z.boolean().refine((value) => value, { params: { key: 'registration.declaration.required' } }),
  })
  .superRefine((value, ctx) => {
    // The e-invoicing address (checked again by the server): asked for only where neither the VAT
    // number nor the register number gives one; a typed one must be of a scheme Peppol accepts.
    const typed = value.company.electronicAddress;
    const issue = (key: string) =>
      ctx.addIssue({ code: 'custom', path: ['company', 'electronicAddress'], input: typed, params: { key } });
    if (value.company.vatRegistered !== 'no') return;
    if (typed) {
      if (!normaliseElectronicAddress(typed)) issue('registration.company.electronicAddressInvalid');
    } else if (needsElectronicAddress(value.organisation.country, value.company.tradeRegisterNumber)) {
      issue('validation.required');
    }
  });

/** Not VAT-registered and the register number (if any) gives no e-invoicing address: the form asks for one. */
export function needsElectronicAddress(country: string | undefined, tradeRegisterNumber: string | undefined) {
  return !!country && !deriveElectronicAddress({ country, tradeRegisterNumber });
}
export type RegistrationFormInput = z.input<typeof RegistrationForm>;
export type RegistrationFormOutput = z.output<typeof RegistrationForm>;

export const FORM_PATHS = [
  'organisation.legalName',
  'organisation.tradingName',
  'organisation.country',
  'organisation.street',
  'organisation.houseNumber',
  'organisation.postcode',
  'organisation.city',
  'organisation.phone',
  'company.vatRegistered',
  'company.vatNumber',
  'company.tradeRegisterNumber',
  'company.electronicAddress',
  'company.legacyEmail',
  'contact.firstName',
  'contact.lastName',
  'contact.email',
  'contact.locale',
  'declaration',
] as const;

export function emptyForm(locale: Locale): RegistrationFormInput {
  return {
    organisation: {
      legalName: '',
      tradingName: '',
      country: '' as never,
      street: '',
      houseNumber: '',
      postcode: '',
      city: '',
      phone: '',
    },
    company: {
      vatRegistered: '' as never,
      vatNumber: '',
      tradeRegisterNumber: '',
      electronicAddress: '',
      legacyEmail: '',
    },
    contact: { firstName: '', lastName: '', email: '', locale },
    declaration: false,
  };
}

const DRAFT_KEY = 'propass.registration.draft';
const RESULT_KEY = 'propass.registration.result';

/** What was typed survives an error or a reload (files cannot be kept). */
export function loadDraft(locale: Locale): RegistrationFormInput {
  const empty = emptyForm(locale);
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return empty;
    const draft = JSON.parse(raw) as Partial<RegistrationFormInput>;
    return {
      organisation: { ...empty.organisation, ...draft.organisation },
      company: { ...empty.company, ...draft.company },
      contact: { ...empty.contact, ...draft.contact },
      declaration: false,
    };
  } catch {
    return empty;
  }
}

export function saveDraft(values: unknown): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Storage full or unavailable: the form still works, only without the safety net.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // ignore
  }
}

export type StoredResult = { reference: string; expectedDecisionDate: string; statusToken: string; email: string };

export function saveResult(result: StoredResult): void {
  try {
    sessionStorage.setItem(RESULT_KEY, JSON.stringify(result));
  } catch {
    // ignore
  }
}

export function loadResult(): StoredResult | null {
  try {
    const raw = sessionStorage.getItem(RESULT_KEY);
    return raw ? (JSON.parse(raw) as StoredResult) : null;
  } catch {
    return null;
  }
}

/** crypto.randomUUID needs a secure context; fall back to getRandomValues elsewhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The form's react-hook-form handle, as the section components receive it. */
export type RegistrationFormApi = UseFormReturn<RegistrationFormInput, unknown, RegistrationFormOutput>;
