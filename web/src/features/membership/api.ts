import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { query } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';
import { membershipQueries, membershipRequests } from './queries.js';

export type MembershipPageBody = z.infer<typeof C.MembershipPage>;
export type TierItem = z.infer<typeof C.Tier>;
export type MembershipBody = z.infer<typeof C.Membership>;
export type QuoteBody = z.infer<typeof C.Quote>;
export type PurchaseKind = QuoteBody['kind'];
export type PurchaseBody = z.input<typeof C.PurchaseInput>;
export type PurchaseResultBody = z.infer<typeof C.PurchaseResult>;
export type MembershipHistoryBody = z.infer<typeof C.MembershipHistory>;
export type PaymentMethodName = z.infer<typeof C.PaymentMethod>;
export type OrderPaymentBody = z.infer<typeof C.OrderPayment>;
export type CardCheckoutBody = z.infer<typeof C.CardCheckout>;

export const PURCHASE_KINDS: readonly PurchaseKind[] = ['new', 'renewal', 'upgrade'];

export function useMembershipPage() {
  return useQuery(membershipQueries.page());
}

export function useMembershipHistory(enabled: boolean) {
  return useQuery({ ...membershipQueries.history(), enabled });
}

export function useMembershipCard() {
  return useQuery(membershipQueries.card());
}

export function useQuote(tierCode: string, kind: PurchaseKind) {
  return useQuery(membershipQueries.quote(tierCode, kind));
}

export function useOrderPayment(orderId: string) {
  return useQuery(membershipQueries.payment(orderId));
}

export const payOrder = membershipRequests.pay;

export function parseKind(value: string | null): PurchaseKind {
  return (PURCHASE_KINDS as readonly string[]).includes(value ?? '') ? (value as PurchaseKind) : 'new';
}

export function checkoutPath(tierCode: string, kind: PurchaseKind): string {
  return `/portal/membership/checkout${query({ tier: tierCode, kind })}`;
}

/** Integer minor units as money in the UI language, e.g. 10000 EUR → "€ 100,00". */
export function formatMoney(minor: number, currency: string, language: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** 2100 basis points → "21%". */
export function formatRate(basisPoints: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** One key per checkout: a retry or double click of Buy makes one order. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the organisation can do with a tier, given its current membership. */
export type TierAction = { kind: PurchaseKind } | { current: true } | null;

export function tierAction(tier: TierItem, tiers: readonly TierItem[], membership: MembershipBody | null): TierAction {
  const holding = membership && (membership.status === 'active' || membership.status === 'suspended');
  if (holding && membership.tierCode === tier.code) return { current: true };
  if (!tier.eligible) return null;
  if (!holding) return { kind: 'new' };
  if (membership.status !== 'active') return null;
  // Tiers arrive in programme rank order: an upgrade goes to a tier ranked above the current one.
  const from = tiers.findIndex((t) => t.code === membership.tierCode);
  const to = tiers.findIndex((t) => t.code === tier.code);
  return from >= 0 && to > from ? { kind: 'upgrade' } : null;
}

/** A `YYYY-MM-DD` date as "25 November 2026" in the UI language, without a time-zone shift. */
export function formatDay(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A `YYYY-MM-DD` date with its weekday ("Monday 4 January 2027"): a collection date says which day it is. */
export function formatWeekday(value: string, language: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
