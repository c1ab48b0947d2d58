import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { formatTag } from '../contracts/languages.js';
import {
  approvedCustomer,
  type Customer,
  earnPoints,
  expectAccessible,
  expectOnPhone,
  importLegacy,
  type Lang,
  text,
  unique,
} from './support.js';

type Messages = { [key: string]: string | Messages };

/** The membership strings live in their own locale files (web/src/locales/membership.*.json). */
const membershipMessages: Record<Lang, Messages> = {
  nl: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/nl/membership.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/en/membership.json'), 'utf8')),
};

function mtext(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<string | Messages | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        membershipMessages[lang].membership as Messages,
      );
  let value = lookup(key);
  if (typeof value !== 'string' && 'count' in vars) value = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof value !== 'string') throw new Error(`missing translation ${lang}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

const ACCOUNT_HEADER = 'legacy_id,email,membership_number,tier,expires_on';
const PRODUCT_HEADER = 'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer';

function tierCard(page: Page, code: string) {
  return page.locator(`[data-testid="tier-card"][data-tier="${code}"]`);
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  const m = (key: string, vars?: Record<string, string | number>) => mtext(lang, key, vars);
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const euro = (minor: number) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(minor / 100);
  const tierName = (code: string) =>
    ({
      silver: lang === 'nl' ? 'Zilver' : 'Silver',
      gold: lang === 'nl' ? 'Goud' : 'Gold',
      platinum: lang === 'nl' ? 'Platina' : 'Platinum',
      corporate: 'Corporate',
    })[code]!;

  async function openMembership(page: Page) {
    await page.goto('/portal');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page
      .getByRole('navigation', { name: t('nav.portal') })
      .getByRole('link', { name: m('nav'), exact: true })
      .click();
    await expect(page).toHaveURL(/\/portal\/membership$/);
    await expect(page.getByRole('heading', { level: 1, name: m('title') })).toBeVisible();
  }

  /** Fills in the checkout with bank transfer and buys; returns the new membership number shown. */
  async function buyByBankTransfer(page: Page) {
    await page.getByTestId('method-bank_transfer').check();
    await expect(page.getByText(m('checkout.methodNote.bank_transfer'))).toBeVisible();
    await page.getByRole('checkbox', { name: m('checkout.terms') }).check();
    // A double click makes one order: the idempotency key belongs to this checkout.
    await page.getByRole('button', { name: m('checkout.buy'), exact: true }).dblclick();
    const confirmation = page.getByTestId('purchase-confirmation');
    await expect(confirmation.getByRole('heading', { level: 1, name: m('done.title.new') })).toBeVisible();
    await expect(confirmation.getByTestId('usable-now')).toHaveText(m('done.immediate'));
    const dueOn = (await confirmation.getByTestId('due-on').textContent()) ?? '';
    await expect(confirmation.getByTestId('next-steps')).toHaveText(m('done.next.bank_transfer', { date: dueOn }));
    const membershipNumber = (await confirmation.getByTestId('new-membership-number').textContent())?.trim() ?? '';
    expect(membershipNumber).not.toBe('');
    return membershipNumber;
  }

  test.describe(`CPS membership (${lang})`, () => {
    // One organisation walks the whole journey: each registration counts against the server's
    // registrations-per-hour limit, which the whole suite shares.
    test('from missing points to Silver (new number, previous one shown), the Corporate switch, upgrade, cancel and a new membership', async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const id = unique(`cps${lang}`);
      const stamp = id.replace(/[^a-z0-9]/gi, '').toUpperCase();
      const legacyEmail = `old-${id}@example.test`;
      const previousNumber = `CPS-${stamp}`;
      await importLegacy(
        baseURL!,
        'accounts',
        `${ACCOUNT_HEADER}\nA-${id},${legacyEmail},${previousNumber},gold,2025-12-31\n`,
      );
      await importLegacy(
        baseURL!,
        'products',
        `${PRODUCT_HEADER}\nP1-${id},A-${id},EOS-C500-II,EOS C500 Mark II,C5${stamp},2022-02-01,NL,Foto Konijnenberg\n`,
      );
      const customer: Customer = await approvedCustomer(page, request, baseURL!, lang, { legacyEmail });

      // Below 500 points: how many are missing, and a link to My products.
      await openMembership(page);
      await expect(page.getByTestId('points-missing')).toContainText(
        m('notInvited.text', { count: 500, formatted: number(500), threshold: number(500) }),
      );
      await expect(page.getByRole('link', { name: m('notInvited.link') })).toHaveAttribute('href', '/portal/products');
      // Every tier is shown at 0 points, with its price and the points still to go, none purchasable yet.
      await expect(page.getByTestId('tier-card')).toHaveCount(4);
      await expectAccessible(page, 'membership, not yet invited');
      for (const [code, minPoints, price] of [
        ['silver', 500, 10_000],
        ['gold', 1000, 20_000],
        ['platinum', 1600, 35_000],
        ['corporate', 2501, 100_000],
      ] as const) {
        const card = tierCard(page, code);
        await expect(card.getByRole('heading', { name: tierName(code) })).toBeVisible();
        await expect(card.getByTestId('tier-price')).toHaveText(m('tier.perYear', { price: euro(price) }));
        await expect(card.getByTestId('points-to-go')).toHaveText(
          m('tier.pointsToGo', { count: minPoints, formatted: number(minPoints) }),
        );
        await expect(card.getByRole('link')).toHaveCount(0);
      }

      // The old programme's product brings 600 points and the previous membership number.
      const migrated = await page.request.post('/api/migration', { headers: { origin: baseURL! } });
      expect(migrated.ok(), await migrated.text()).toBeTruthy();
      expect(((await migrated.json()) as { pointsAwarded: number }).pointsAwarded).toBe(600);

      // The portal home links to the membership page once the organisation is invited.
      await page.goto('/portal');
      await page
        .getByTestId('membership-invitation')
        .getByRole('link', { name: m('link.home') })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: m('title') })).toBeVisible();
      await expect(page.getByTestId('membership-balance')).toHaveText(
        m('balance', { count: 600, formatted: number(600) }),
      );
      await expect(page.getByTestId('previous-number-hint')).toHaveText(
        m('current.previousFromOldProgramme', { number: previousNumber }),
      );
      await expect(page.getByTestId('more-levels')).toHaveText(m('moreLevels'));
      await expect(page.getByRole('switch')).toHaveCount(0);

      // At 600 points Silver can be picked; Gold and Platinum show the points to go.
      const silver = tierCard(page, 'silver');
      await expect(silver.getByRole('heading', { name: tierName('silver') })).toBeVisible();
      await expect(silver.getByTestId('tier-price')).toHaveText(m('tier.perYear', { price: euro(10_000) }));
      await expect(silver.getByTestId('points-to-go')).toHaveCount(0);
      for (const [code, toGo] of [
        ['gold', 400],
        ['platinum', 1000],
      ] as const) {
        await expect(tierCard(page, code).getByTestId('points-to-go')).toHaveText(
          m('tier.pointsToGo', { count: toGo, formatted: number(toGo) }),
        );
        await expect(tierCard(page, code).getByRole('link')).toHaveCount(0);
      }

      await silver.getByRole('link', { name: m('tier.choose', { tier: tierName('silver') }) }).click();
      await expect(page).toHaveURL(/\/portal\/membership\/checkout\?tier=silver&kind=new$/);
      await expect(page.getByRole('heading', { level: 1, name: m('checkout.title') })).toBeVisible();
      await expect(page.getByTestId('quote-net')).toHaveText(euro(10_000));
      await expect(page.getByTestId('quote-vat-label')).toHaveText(
        m('checkout.vat.domestic', { rate: new Intl.NumberFormat(lang, { style: 'percent' }).format(0.21) }),
      );
      await expect(page.getByTestId('quote-vat')).toHaveText(euro(2_100));
      await expect(page.getByTestId('quote-total')).toHaveText(euro(12_100));
      // Terms must be accepted before buying.
      await page.getByRole('button', { name: m('checkout.buy'), exact: true }).click();
      await expect(page.getByText(m('checkout.termsRequired'))).toBeVisible();
      await expectAccessible(page, 'checkout, terms not accepted');

      // Bank transfer: active at once, under a new number; the old programme's number is shown.
      const silverNumber = await buyByBankTransfer(page);
      expect(silverNumber).not.toBe(previousNumber);
      await expect(page.getByTestId('number-changed')).toHaveText(m('done.numberChanged', { number: previousNumber }));
      await expect(page.getByTestId('done-total')).toHaveText(euro(12_100));

      // A member is not invited again: no invitation banner on My products, no "enough points" card at home.
      await page.goto('/portal/products');
      await expect(page.getByTestId('points-balance')).toHaveText(number(600));
      await expect(page.getByTestId('invitation-banner')).toHaveCount(0);
      await page.goto('/portal');
      await expect(page.getByTestId('portal-greeting')).toBeVisible();
      await expect(page.getByTestId('membership-invitation')).toHaveCount(0);
      await openMembership(page);
      const current = page.getByTestId('current-membership');
      await expect(current.getByTestId('membership-status')).toHaveText(m('status.active'));
      await expect(current.getByTestId('current-number')).toHaveText(silverNumber);
      await expect(current.getByTestId('current-previous-number')).toHaveText(previousNumber);
      await expect(current.getByTestId('number-changed')).toHaveText(
        m('current.numberChanged', { number: previousNumber }),
      );
      await expect(current.getByTestId('current-tier')).toHaveText(tierName('silver'));
      await expect(page.getByTestId('history-row')).toHaveCount(1);
      await expect(page.getByTestId('history-row')).toContainText(m('history.reasons.purchased'));
      // On a phone the history is a card per change: its status and reason are on screen.
      await expectOnPhone(page, `membership-history-${lang}`, [
        page.getByTestId('history-row').getByText(m('history.reasons.purchased')),
      ]);
      await expect(tierCard(page, 'silver').getByText(m('tier.current'))).toBeVisible();

      // The digital membership card and its PDF.
      await current.getByRole('link', { name: m('actions.card') }).click();
      const card = page.getByTestId('membership-card');
      await expect(card.getByTestId('card-number')).toHaveText(silverNumber);
      await expect(card.getByTestId('card-tier')).toHaveText(tierName('silver'));
      await expect(card.getByTestId('card-organisation')).toHaveText(customer.legalName);
      await expectAccessible(page, 'membership card');
      await expect(page.getByRole('link', { name: m('card.pdf') })).toHaveAttribute('href', '/api/membership/card.pdf');
      const pdf = await page.request.get('/api/membership/card.pdf');
      expect(pdf.ok()).toBeTruthy();
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      // At 2,600 points the "Available CPS categories" switch offers Corporate.
      expect(await earnPoints(page, baseURL!, ['EOS-C400', 'EOS-R1', 'RF-600-4L', 'EOS-R5', 'RF-24-70-28L'])).toBe(
        2600,
      );
      await openMembership(page);
      const label = m('switch.label', {
        corporate: 'Corporate',
        individual: ['silver', 'gold', 'platinum'].map(tierName).join('/'),
      });
      const categories = page.getByRole('switch', { name: label });
      await expect(categories).toBeVisible();
      await expect(categories).not.toBeChecked();
      await expect(page.getByTestId('tier-card')).toHaveCount(3);
      await expect(tierCard(page, 'corporate')).toHaveCount(0);
      for (const code of ['gold', 'platinum'])
        await expect(
          tierCard(page, code).getByRole('link', { name: m('tier.upgrade', { tier: tierName(code) }) }),
        ).toBeVisible();
      await categories.click({ force: true });
      await expect(categories).toBeChecked();
      await expect(page.getByTestId('tier-card')).toHaveCount(1);
      const corporate = tierCard(page, 'corporate');
      await expect(corporate.getByTestId('tier-price')).toHaveText(m('tier.perYear', { price: euro(100_000) }));
      await expect(corporate.getByRole('link', { name: m('tier.upgrade', { tier: 'Corporate' }) })).toBeVisible();
      await categories.click({ force: true });
      await expect(tierCard(page, 'silver')).toBeVisible();

      // Upgrade to Platinum during the term by SEPA direct debit: pro rata, the same number.
      await tierCard(page, 'platinum')
        .getByRole('link', { name: m('tier.upgrade', { tier: tierName('platinum') }) })
        .click();
      await expect(page).toHaveURL(/tier=platinum&kind=upgrade/);
      await expect(page.getByTestId('quote-tier')).toContainText(m('checkout.kind.upgrade'));
      await expect(page.getByText(m('checkout.kindHint.upgrade'))).toBeVisible();
      await expectAccessible(page, 'checkout, upgrade');
      const upgradeNet = (await page.getByTestId('quote-net').textContent()) ?? '';
      expect(Number(upgradeNet.replace(/[^\d]/g, ''))).toBeLessThanOrEqual(25_000);
      await page.getByTestId('method-sepa_debit').check();
      // The direct debit names the date it will really be collected (the one its pre-notification announces).
      const quote = (await (await page.request.get('/api/membership/quote?tierCode=platinum&kind=upgrade')).json()) as {
        dueOn: string;
        collectionOn: string;
        collectionReason: string;
      };
      const weekday = (iso: string) =>
        new Intl.DateTimeFormat(formatTag(lang), {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${iso}T00:00:00Z`));
      const collection = m(`checkout.collection.${quote.collectionReason}`, {
        date: weekday(quote.collectionOn),
        due: weekday(quote.dueOn),
      });
      await expect(page.getByText(collection)).toBeVisible();
      await page.getByRole('textbox', { name: m('checkout.iban') }).fill('NL00 ABNA 0000 0000 00');
      await page.getByRole('textbox', { name: m('checkout.accountHolder') }).fill('Studio Test');
      await page.getByRole('checkbox', { name: m('checkout.mandate') }).check();
      await page.getByRole('checkbox', { name: m('checkout.terms') }).check();
      await page.getByRole('button', { name: m('checkout.buy'), exact: true }).click();
      await expect(
        page.getByText(lang === 'nl' ? 'Dit IBAN is niet geldig.' : 'This IBAN is not valid.'),
      ).toBeVisible();
      await page.getByRole('textbox', { name: m('checkout.iban') }).fill('NL91 ABNA 0417 1643 00');
      await page.getByRole('button', { name: m('checkout.buy'), exact: true }).click();
      const upgraded = page.getByTestId('purchase-confirmation');
      await expect(upgraded.getByRole('heading', { level: 1, name: m('done.title.upgrade') })).toBeVisible();
      await expect(upgraded.getByTestId('new-membership-number')).toHaveText(silverNumber);
      await expect(upgraded.getByTestId('next-steps')).toHaveText(`${m('done.next.sepa_debit')} ${collection}`);

      // Renewal continues from the current end date.
      await page.getByRole('link', { name: m('done.back') }).click();
      await expect(current.getByTestId('current-tier')).toHaveText(tierName('platinum'));
      await current.getByRole('link', { name: m('actions.renew') }).click();
      await expect(page).toHaveURL(/tier=platinum&kind=renewal/);
      await expect(page.getByTestId('quote-tier')).toContainText(m('checkout.kind.renewal'));
      await expect(page.getByTestId('quote-net')).toHaveText(euro(35_000));

      // Cancel: a confirmation that there is no refund.
      await page.getByRole('link', { name: m('checkout.back') }).click();
      await current.getByRole('button', { name: m('actions.cancel') }).click();
      const dialog = page.getByRole('dialog', { name: m('cancel.title') });
      await expect(dialog).toContainText(m('cancel.text'));
      await dialog.getByRole('button', { name: m('cancel.confirm') }).click();
      await expect(current.getByTestId('membership-status')).toHaveText(m('status.cancelled'));
      await expect(page.getByTestId('history-row')).toHaveCount(3);
      await expect(page.getByTestId('history-row').last()).toContainText(m('history.reasons.cancelled_no_refund'));

      // A new membership after the cancelled one: again a new number, the cancelled one is the previous.
      await tierCard(page, 'gold')
        .getByRole('link', { name: m('tier.choose', { tier: tierName('gold') }) })
        .click();
      await page.getByTestId('method-card').check();
      await expect(page.getByText(m('checkout.methodNote.card'))).toBeVisible();
      await page.getByRole('checkbox', { name: m('checkout.terms') }).check();
      await page.getByRole('button', { name: m('checkout.buy'), exact: true }).click();
      // Card: straight to the provider's hosted page (TEST MODE), then back to the confirmation.
      await expect(page).toHaveURL(/\/api\/billing\/test-provider\//);
      await expect(page.getByText(lang === 'nl' ? 'TESTMODUS' : 'TEST MODE', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: lang === 'nl' ? /^Betaal .* \(test\)$/ : /^Pay .* \(test\)$/ }).click();
      await expect(page).toHaveURL(/\/portal\/membership\/checkout\?order=/);
      const renewed = page.getByTestId('payment-result');
      await expect(renewed.getByTestId('payment-state')).toContainText(m('payment.paidTitle'));
      const goldNumber = (await renewed.getByTestId('new-membership-number').textContent())?.trim();
      expect(goldNumber).not.toBe(silverNumber);
      await expect(renewed.getByTestId('number-changed')).toHaveText(m('done.numberChanged', { number: silverNumber }));
    });
  });
}
