import { z } from 'zod';
import { TierCategory } from '../../shared/contracts.js';
import type { Tier, TierBody } from './queries.js';

/** The form keeps the price in euros and the benefits as text; `toTierInput` converts them. */
export const TierForm = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_-]{1,29}$/),
  category: TierCategory,
  minPoints: z.number().int().min(0),
  priceEur: z.number().min(0),
  nameNl: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
  benefitsNl: z.string(),
  benefitsEn: z.string(),
  rank: z.number().int(),
  active: z.boolean(),
});
export type TierFormInput = z.input<typeof TierForm>;
export type TierFormValues = z.output<typeof TierForm>;

export function benefitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** 12.5 → 1250 minor units, without floating-point drift. */
export function euroToMinor(value: number): number {
  return Math.round(value * 100);
}

export function toTierInput(values: TierFormValues, existing: Tier | null): TierBody {
  return {
    code: values.code,
    category: values.category,
    minPoints: values.minPoints,
    prices: { ...(existing?.prices ?? {}), EUR: euroToMinor(values.priceEur) },
    names: { nl: values.nameNl, en: values.nameEn },
    benefits: { nl: benefitLines(values.benefitsNl), en: benefitLines(values.benefitsEn) },
    rank: values.rank,
    active: values.active,
  };
}

/** The form's values for an existing tier, or for a new one ranked after the others. */
export function formValues(tier: Tier | null, nextRank: number): TierFormInput {
  if (!tier) {
    return {
      code: '',
      category: 'individual',
      minPoints: 0,
      priceEur: 0,
      nameNl: '',
      nameEn: '',
      benefitsNl: '',
      benefitsEn: '',
      rank: nextRank,
      active: true,
    };
  }
  return {
    code: tier.code,
    category: tier.category,
    minPoints: tier.minPoints,
    priceEur: (tier.prices.EUR ?? 0) / 100,
    nameNl: tier.names.nl,
    nameEn: tier.names.en,
    benefitsNl: tier.benefits.nl.join('\n'),
    benefitsEn: tier.benefits.en.join('\n'),
    rank: tier.rank,
    active: tier.active,
  };
}

/** Groups every version by code: the current (highest) version first, then the older ones. */
export function groupTiers(items: readonly Tier[]): { current: Tier; history: Tier[] }[] {
  const byCode = new Map<string, Tier[]>();
  for (const tier of items) byCode.set(tier.code, [...(byCode.get(tier.code) ?? []), tier]);
  return [...byCode.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { current: sorted[0]!, history: sorted.slice(1) };
    })
    .sort((a, b) => a.current.rank - b.current.rank || a.current.code.localeCompare(b.current.code));
}

export function money(minor: number | undefined, language: string): string {
  if (minor === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(minor / 100);
}
