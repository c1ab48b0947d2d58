import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  adminRequest,
  approvedCustomer,
  choose,
  expectAccessible,
  expectOnPhone,
  type Lang,
  minimalPdf,
  staffLogin,
  text,
  unique,
  waitForMail,
} from './support.js';

type Messages = { [key: string]: string | Messages };
const supportCatalogues: Record<Lang, Messages> = {
  nl: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/nl/support.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/en/support.json'), 'utf8')),
};

/** A UI text of the support/FAQ sections (support.*.json), else of the main catalogue. */
function ui(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<string | Messages | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        supportCatalogues[lang],
      );
  let value = lookup(key);
  if (typeof value !== 'string' && 'count' in vars) value = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof value !== 'string') return text(lang, key, vars);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

const MEMBERSHIP_FAQ = {
  key: 'membership-number-changed',
  en: { title: 'Why has my CPS membership number changed?', search: 'membership number' },
  nl: { title: 'Waarom is mijn CPS-lidmaatschapsnummer veranderd?', search: 'lidmaatschapsnummer' },
} as const;

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** Opens a ticket over the API as the customer logged in on `page`; returns its id and reference. */
async function apiTicket(page: Page, baseURL: string, subject: string) {
  const ticket = {
    idempotencyKey: crypto.randomUUID(),
    category: 'points',
    subject,
    message: 'Please look at the attached invoice.',
    attachments: [{ name: 'invoice.pdf' }],
  };
  const response = await page.request.post('/api/support/tickets', {
    headers: { origin: baseURL },
    multipart: {
      ticket: JSON.stringify(ticket),
      attachments: { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: minimalPdf('invoice') },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; reference: string; messages: { attachments: { id: string }[] }[] };
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => ui(lang, key, vars);

  test.describe(`CPS Priority support (${lang})`, () => {
    test('a customer asks about the missing MIGRATE PRODUCTS button, an agent answers, the customer replies', async ({
      page,
      browser,
      request,
      baseURL,
    }) => {
      const customer = await approvedCustomer(page, request, baseURL!, lang);

      // My products explains the missing button and links to the FAQ answer.
      await page.goto('/portal/products');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const why = page.getByRole('link', { name: t('faq.whyNoMigrate') });
      // Inside the portal: the top bar stays.
      await expect(why).toHaveAttribute('href', '/portal/faq/why-no-migrate-button');

      const nav = page.getByRole('navigation', { name: text(lang, 'nav.portal') });
      await nav.getByRole('link', { name: t('support.nav') }).click();
      await expect(page).toHaveURL(/\/portal\/support$/);
      await expect(page.getByRole('heading', { level: 1, name: t('support.title') })).toBeVisible();
      await expect(page.getByText(t('support.empty'))).toBeVisible();

      await page.getByRole('link', { name: t('support.newQuestion') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('support.new.title') })).toBeVisible();
      // Nothing filled in: the form says what is missing, in the UI language.
      await page.getByRole('button', { name: t('support.new.submit') }).click();
      await expect(page.getByText(text(lang, 'validation.required')).first()).toBeVisible();

      await choose(page, t('support.field.category'), t('support.category.migration'));
      await expect(page.getByText(t('support.new.migrationHint'))).toBeVisible();
      await expectAccessible(page, 'new ticket, required fields missing');
      const subject =
        lang === 'nl' ? 'Ik zie de knop PRODUCTEN MIGREREN niet' : "I don't see the MIGRATE PRODUCTS button";
      await page.getByRole('textbox', { name: t('support.field.subject'), exact: true }).fill(subject);
      await page
        .getByRole('textbox', { name: t('support.field.message'), exact: true })
        .fill(
          lang === 'nl'
            ? 'Ik had producten in het oude programma, maar op Mijn producten staat geen blauwe knop.'
            : 'I had products in the old programme, but My products shows no blue button.',
        );
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'screenshot.pdf', mimeType: 'application/pdf', buffer: minimalPdf('screenshot') });
      await expect(page.getByTestId('attachment')).toContainText('screenshot.pdf');
      await page.getByRole('button', { name: t('support.new.submit') }).click();

      await expect(page).toHaveURL(/\/portal\/support\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      const reference = (await page.getByTestId('ticket-reference').textContent())?.trim() ?? '';
      expect(reference).toMatch(/^T-/);
      await expect(page.getByTestId('ticket-created')).toHaveText(t('support.ticket.created', { reference }));
      await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      await expect(page.getByTestId('ticket-status')).toHaveText(t('support.status.open'));
      await expect(page.getByTestId('ticket-message')).toHaveCount(1);
      const attachment = page.getByRole('link', { name: /screenshot\.pdf/ });
      await expect(attachment).toBeVisible();
      await expectAccessible(page, 'ticket, just created');
      const file = await page.request.get((await attachment.getAttribute('href'))!);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      const ticketUrl = page.url();

      const received = await waitForMail(request, customer.email, 'ticket_received');
      expect(received.subject).toContain(reference);

      // The agent (the admin, who has every staff right) answers in the back office.
      const agent = await newPage(browser, baseURL!);
      await staffLogin(agent, lang);
      await agent
        .getByRole('navigation', { name: text(lang, 'nav.backOffice') })
        .getByRole('link', { name: t('supportStaff.nav.tickets') })
        .click();
      await expect(agent.getByRole('heading', { level: 1, name: t('supportStaff.queue.title') })).toBeVisible();
      const row = agent.getByTestId('ticket-row').filter({ hasText: reference });
      await expect(row).toContainText(customer.legalName);
      await row.getByRole('link', { name: reference, exact: true }).click();
      await expect(agent.getByTestId('ticket-reference')).toHaveText(reference);
      const context = agent.getByTestId('ticket-context');
      await expect(context).toContainText(customer.legalName);
      await expect(context.getByRole('region', { name: t('supportStaff.context.products') })).toBeVisible();
      await expect(agent.getByTestId('ticket-message')).toContainText(
        lang === 'nl' ? 'geen blauwe knop' : 'no blue button',
      );
      const answer =
        lang === 'nl'
          ? 'De knop verschijnt zodra uw oude CPS-e-mailadres is gekoppeld. Vul het in bij Bedrijfsgegevens.'
          : 'The button appears once your old CPS e-mail address is linked. Enter it under Company details.';
      await agent.getByRole('textbox', { name: t('supportStaff.reply.message'), exact: true }).fill(answer);
      await agent.getByRole('button', { name: t('supportStaff.reply.submit') }).click();
      await expect(agent.getByTestId('staff-reply-sent')).toBeVisible();
      await expectAccessible(agent, 'staff ticket, answered');
      await expect(agent.getByTestId('ticket-status')).toHaveText(t('supportStaff.status.waiting_for_customer'));
      await expect(agent.getByTestId('ticket-message')).toHaveCount(2);
      await agent.getByRole('link', { name: `← ${t('supportStaff.backToQueue')}` }).click();
      await expect(agent.getByTestId('ticket-row').filter({ hasText: reference })).toContainText(
        t('supportStaff.status.waiting_for_customer'),
      );
      await agent.context().close();

      // The customer receives the answer by e-mail, in their language, with a link to the ticket.
      const mail = await waitForMail(request, customer.email, 'ticket_reply');
      expect(mail.subject).toBe(
        lang === 'nl' ? `Antwoord op uw vraag (${reference})` : `Reply to your question (${reference})`,
      );
      expect(mail.text).toContain(answer);
      expect(mail.links.some((link) => link.endsWith(new URL(ticketUrl).pathname))).toBeTruthy();

      await page.goto(new URL(ticketUrl).pathname);
      await expect(page.getByTestId('ticket-status')).toHaveText(t('support.status.waiting_for_customer'));
      await expect(page.getByTestId('ticket-message').nth(1)).toContainText(answer);
      await expect(page.getByTestId('ticket-message').nth(1)).toContainText(t('support.thread.staff'));
      const thanks =
        lang === 'nl' ? 'Dank u, ik heb mijn oude e-mailadres ingevuld.' : 'Thanks, I entered my old e-mail.';
      await page.getByRole('textbox', { name: t('support.reply.message'), exact: true }).fill(thanks);
      await page.getByRole('button', { name: t('support.reply.submit') }).click();
      await expect(page.getByTestId('reply-sent')).toHaveText(t('support.reply.sent'));
      await expect(page.getByTestId('ticket-message')).toHaveCount(3);
      await expect(page.getByTestId('ticket-message').nth(2)).toContainText(thanks);
      await expect(page.getByTestId('ticket-status')).toHaveText(t('support.status.open'));

      await page.getByRole('link', { name: t('support.backToList') }).click();
      const listed = page.getByTestId('ticket-row').filter({ hasText: reference });
      await expect(listed).toContainText(t('support.category.migration'));
      await expect(listed).toContainText(t('support.status.open'));
      // On a phone the ticket's status is on screen (a card per ticket).
      await expectOnPhone(page, `support-tickets-${lang}`, [
        listed.getByText(t('support.status.open'), { exact: true }),
      ]);
    });

    test('FAQ search finds the membership-number answer', async ({ page }) => {
      const article = MEMBERSHIP_FAQ[lang];
      await page.goto(`/login?language=${lang}`);
      await page.getByRole('link', { name: t('faq.link') }).click();
      await expect(page).toHaveURL(/\/faq$/);
      await expect(page.getByRole('heading', { level: 1, name: t('faq.title') })).toBeVisible();
      await expect(page.getByTestId('faq-article').first()).toBeVisible();

      await page.getByRole('searchbox', { name: t('faq.searchLabel') }).fill(article.search);
      await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(article.search).replace(/%20/g, '\\+')}`));
      const hit = page.getByTestId('faq-article').filter({ hasText: article.title });
      await expect(hit).toBeVisible();
      await expect(page.getByTestId('faq-count')).toContainText(article.search);
      await hit.getByRole('button', { name: new RegExp(article.title.replace(/[?]/g, '\\?')) }).click();
      await expect(hit).toContainText(lang === 'nl' ? 'nieuw lidmaatschapsnummer' : 'new membership number');

      // The category chips narrow the list; the answer is in "membership number".
      await page.getByRole('searchbox', { name: t('faq.searchLabel') }).fill('');
      const chips = page.getByRole('group', { name: t('faq.categoryLabel') });
      await chips.getByText(t('faq.category.migration'), { exact: true }).click();
      await expect(page.getByTestId('faq-article').filter({ hasText: article.title })).toHaveCount(0);
      await chips.getByText(t('faq.category.membership_number'), { exact: true }).click();
      await expect(page.getByTestId('faq-article').filter({ hasText: article.title })).toBeVisible();

      await page.goto(`/faq/${MEMBERSHIP_FAQ.key}`);
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
      await expect(page.getByRole('link', { name: t('faq.contact') })).toHaveAttribute('href', '/contact');
      await expectAccessible(page, 'FAQ article');
    });

    test('the contact form reaches support for someone who cannot log in', async ({ page, request, baseURL }) => {
      const email = `${unique(`contact-${lang}`)}@example.test`;
      await page.goto(`/login?language=${lang}`);
      await page.getByRole('link', { name: t('support.contact.link') }).click();
      await expect(page).toHaveURL(/\/contact$/);
      await expect(page.getByRole('heading', { level: 1, name: t('support.contact.title') })).toBeVisible();

      // The honeypot is out of sight and out of the tab order.
      const honeypot = page.locator('#contact-website');
      await expect(honeypot).toHaveAttribute('tabindex', '-1');
      await expect(honeypot).toHaveAttribute('autocomplete', 'off');
      await expect(page.getByRole('textbox', { name: t('support.contact.website') })).toHaveCount(0);

      await page.getByRole('textbox', { name: t('support.contact.name'), exact: true }).fill('Sam Jansen');
      await page.getByRole('textbox', { name: t('support.contact.email'), exact: true }).fill(email);
      await choose(page, t('support.field.category'), t('support.category.registration'));
      const subject = lang === 'nl' ? 'Aanvraag nog niet goedgekeurd' : 'Application not approved yet';
      await page.getByRole('textbox', { name: t('support.field.subject'), exact: true }).fill(subject);
      await page
        .getByRole('textbox', { name: t('support.field.message'), exact: true })
        .fill(lang === 'nl' ? 'Wanneer hoor ik iets?' : 'When will I hear from you?');
      await page.getByRole('button', { name: t('support.contact.submit') }).click();
      await expect(page.getByTestId('contact-sent')).toContainText(t('support.contact.sent'));

      const mail = await waitForMail(request, email, 'ticket_received');
      expect(mail.subject).toContain(lang === 'nl' ? 'Uw vraag is ontvangen' : 'We received your question');
      const admin = await adminRequest(baseURL!);
      const queue = (await (await admin.get('/api/staff/tickets?status=open&limit=200')).json()) as {
        items: { contactEmail: string; organisationName: string | null }[];
      };
      expect(queue.items.find((item) => item.contactEmail === email)?.organisationName).toBeNull();
    });
  });
}

test.describe('CPS Priority support: isolation', () => {
  test('a ticket or attachment of another organisation is never visible', async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    await approvedCustomer(page, request, baseURL!, 'en');
    const ticket = await apiTicket(page, baseURL!, 'Points for my lens');
    const attachmentId = ticket.messages[0]!.attachments[0]!.id;

    const other = await newPage(browser, baseURL!);
    await approvedCustomer(other, request, baseURL!, 'nl');
    await other.goto(`/portal/support/${ticket.id}`);
    await expect(other.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(other.getByRole('heading', { level: 1, name: ui('nl', 'support.ticket.notFound') })).toBeVisible();
    await expect(other.getByText('Points for my lens')).toHaveCount(0);
    expect((await other.request.get(`/api/support/tickets/${ticket.id}`)).status()).toBe(404);
    expect((await other.request.get(`/api/support/tickets/${ticket.id}/attachments/${attachmentId}`)).status()).toBe(
      404,
    );
    const reply = await other.request.post(`/api/support/tickets/${ticket.id}/messages`, {
      headers: { origin: baseURL! },
      multipart: { reply: JSON.stringify({ message: 'not mine', attachments: [] }) },
    });
    expect(reply.status()).toBe(404);
    const list = (await (await other.request.get('/api/support/tickets')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).not.toContain(ticket.id);
    await other.context().close();

    // The owner still sees it, attachment included.
    expect((await page.request.get(`/api/support/tickets/${ticket.id}/attachments/${attachmentId}`)).status()).toBe(
      200,
    );
  });
});

test.describe('FAQ administration', () => {
  test('an admin adds a Dutch article that the public FAQ then finds', async ({ page, baseURL }) => {
    const key = unique('faq').toLowerCase();
    const title = `Kan ik mijn kaart printen ${key}?`;
    await staffLogin(page, 'nl');
    await page
      .getByRole('navigation', { name: text('nl', 'nav.backOffice') })
      .getByRole('link', { name: ui('nl', 'supportStaff.nav.faq') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: ui('nl', 'supportStaff.faq.title') })).toBeVisible();
    await expect(page.getByTestId('faq-admin-row').filter({ hasText: MEMBERSHIP_FAQ.nl.title })).toBeVisible();
    await page.getByRole('button', { name: ui('nl', 'supportStaff.faq.new') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: ui('nl', 'supportStaff.faq.key'), exact: true }).fill(key);
    await choose(page, ui('nl', 'supportStaff.faq.category'), ui('nl', 'faq.category.membership_number'));
    await dialog.getByRole('textbox', { name: ui('nl', 'supportStaff.faq.articleTitle'), exact: true }).fill(title);
    await dialog
      .getByRole('textbox', { name: ui('nl', 'supportStaff.faq.body'), exact: true })
      .fill('Ja, open uw lidmaatschap en kies de kaart als PDF.');
    await dialog.getByRole('button', { name: ui('nl', 'supportStaff.faq.save') }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('faq-admin-row').filter({ hasText: title })).toBeVisible();

    // On a phone each article is a card: whether it is published and its edit button stay on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.getByTestId('faq-admin-row').filter({ hasText: title });
    for (const part of [
      card.getByText(ui('nl', 'supportStaff.faq.isPublished'), { exact: true }),
      card.getByRole('button', { name: ui('nl', 'supportStaff.faq.editNamed', { title }) }),
    ]) {
      await part.scrollIntoViewIfNeeded();
      await expect(part).toBeInViewport();
      const box = await part.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    const found = await page.request.get(`${baseURL}/api/faq?locale=nl&q=${encodeURIComponent(key)}`);
    const items = ((await found.json()) as { items: { key: string }[] }).items;
    expect(items.map((item) => item.key)).toContain(key);
    await page.goto(`/faq/${key}?language=nl`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

test.describe('Contact form limits', () => {
  test('a filled-in honeypot is ignored and too many messages are refused in the UI language', async ({
    page,
    baseURL,
  }) => {
    const email = `${unique('bot')}@example.test`;
    const body = {
      name: 'Bot',
      email,
      category: 'other',
      subject: 'Cheap watches',
      message: 'Buy now',
      locale: 'en',
      website: 'http://spam.example',
    };
    const answer = await page.request.post(`${baseURL}/api/support/contact`, { data: body });
    expect(answer.status()).toBe(200);
    const admin = await adminRequest(baseURL!);
    const queue = (await (await admin.get('/api/staff/tickets?status=open&limit=200')).json()) as {
      items: { contactEmail: string }[];
    };
    expect(queue.items.some((item) => item.contactEmail === email)).toBeFalsy();

    // Use up the hourly allowance, then the form shows the refusal.
    let status = 200;
    for (let i = 0; i < 10 && status !== 429; i += 1) {
      status = (await page.request.post(`${baseURL}/api/support/contact`, { data: body })).status();
    }
    expect(status).toBe(429);
    await page.goto('/contact?language=nl');
    await page.getByRole('textbox', { name: ui('nl', 'support.contact.name'), exact: true }).fill('Sam');
    await page.getByRole('textbox', { name: ui('nl', 'support.contact.email'), exact: true }).fill(email);
    await choose(page, ui('nl', 'support.field.category'), ui('nl', 'support.category.other'));
    await page.getByRole('textbox', { name: ui('nl', 'support.field.subject'), exact: true }).fill('Nog een vraag');
    await page.getByRole('textbox', { name: ui('nl', 'support.field.message'), exact: true }).fill('Hallo');
    await page.getByRole('button', { name: ui('nl', 'support.contact.submit') }).click();
    await expect(page.getByRole('alert')).toContainText('Te veel pogingen');
    await expect(page.getByTestId('contact-sent')).toHaveCount(0);
  });
});
