import { randomUUID } from 'node:crypto';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { type client, multipart, ORIGIN, PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let agent: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime({
    limits: { password: { max: 1000, timeWindow: 60_000 }, registration: { max: 3, timeWindow: 60_000 } },
  });
  agent = await adminClient(rt);
});

async function openTicket(
  http: ReturnType<typeof client>,
  fields: Record<string, unknown>,
  files: { name: string; data: Buffer }[] = [],
) {
  const body = multipart(
    {
      ticket: JSON.stringify({
        idempotencyKey: randomUUID(),
        attachments: files.map((f) => ({ name: f.name })),
        ...fields,
      }),
    },
    files.map((f) => ({ field: 'attachments', name: f.name, type: 'application/pdf', data: f.data })),
  );
  return rt.app.inject({
    method: 'POST',
    url: '/api/support/tickets',
    headers: { ...body.headers, cookie: http.cookie, origin: ORIGIN },
    payload: body.payload,
  });
}
async function reply(http: ReturnType<typeof client>, id: string, message: string, status?: string) {
  const body = multipart({ reply: JSON.stringify({ message, ...(status ? { status } : {}) }) }, []);
  return rt.app.inject({
    method: 'POST',
    url: `/api/support/tickets/${id}/messages`,
    headers: { ...body.headers, cookie: http.cookie, origin: ORIGIN },
    payload: body.payload,
  });
}
const mails = async (to: string) => (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to).reverse();

describe('CPS Priority support', () => {
  it('a customer asks about the missing MIGRATE PRODUCTS button, an agent answers, the customer gets the e-mail and replies', async () => {
    const { http, email } = await approvedOrganisation(rt);
    const created = await openTicket(
      http,
      {
        category: 'migration',
        subject: 'I do not see MIGRATE PRODUCTS',
        message: 'My old e-mail was old@cps.example.',
      },
      [{ name: 'screenshot.pdf', data: PDF }],
    );
    expect(created.statusCode).toBe(201);
    const ticket = created.json();
    expect(ticket).toMatchObject({ status: 'open', category: 'migration', reference: expect.stringMatching(/^T-/) });
    expect(ticket.messages[0].attachments).toHaveLength(1);
    expect((await mails(email)).map((m) => m.template)).toEqual(['ticket_received']);

    const queue = (await agent.get('/api/staff/tickets')).json().items;
    expect(queue.map((t: { id: string }) => t.id)).toContain(ticket.id);
    const seen = (await agent.get(`/api/staff/tickets/${ticket.id}`)).json();
    expect(seen.context).toMatchObject({
      organisation: { legalName: expect.any(String) },
      products: { count: 0 },
      membership: null,
    });

    const answer = await reply(agent, ticket.id, 'We linked your old e-mail: the button is there now.');
    expect(answer.json().status).toBe('waiting_for_customer');
    const mail = (await mails(email)).find((m) => m.template === 'ticket_reply')!;
    expect(mail.text).toContain('We linked your old e-mail');
    expect(mail.text).toContain(`/portal/support/${ticket.id}`);

    const back = await reply(http, ticket.id, 'Thank you, it works.');
    expect(back.json()).toMatchObject({ status: 'open' });
    expect(back.json().messages.map((m: { authorKind: string }) => m.authorKind)).toEqual([
      'customer',
      'staff',
      'customer',
    ]);
    const file = await http.get(
      `/api/support/tickets/${ticket.id}/attachments/${ticket.messages[0].attachments[0].id}`,
    );
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('never shows a ticket or attachment of another organisation', async () => {
    const a = await approvedOrganisation(rt);
    const b = await approvedOrganisation(rt);
    const ticket = (
      await openTicket(a.http, { category: 'points', subject: 'Points question', message: 'Why?' }, [
        { name: 'a.pdf', data: PDF },
      ])
    ).json();
    const attachment = ticket.messages[0].attachments[0].id;
    expect((await b.http.get(`/api/support/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await b.http.get(`/api/support/tickets/${ticket.id}/attachments/${attachment}`)).statusCode).toBe(404);
    expect((await reply(b.http, ticket.id, 'sneaky')).statusCode).toBe(404);
    expect((await b.http.get('/api/support/tickets')).json().items).toEqual([]);
    expect((await b.http.get('/api/staff/tickets')).statusCode).toBe(403);
  });

  it('orders the queue by membership tier (Corporate and Platinum first), then by first-response due time', async () => {
    const plain = await approvedOrganisation(rt);
    const corporate = await approvedOrganisation(rt);
    await givePoints(rt, corporate.organisationId, 3000);
    await corporate.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'corporate',
      paymentMethod: 'card',
      acceptTerms: true,
    });
    const first = (await openTicket(plain.http, { category: 'other', subject: 'Plain question', message: 'x' })).json();
    const second = (
      await openTicket(corporate.http, { category: 'payment', subject: 'Corporate question', message: 'y' })
    ).json();
    expect(second.tier).toBe('corporate');
    expect(Date.parse(second.firstResponseDueAt)).toBeLessThan(Date.parse(first.firstResponseDueAt));
    const ids = (await agent.get('/api/staff/tickets')).json().items.map((t: { id: string }) => t.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
  });

  it('takes the contact form from people who cannot log in, drops honeypot submissions and rate-limits', async () => {
    const before = Number((await rt.database.db.select({ n: count() }).from(schema.tickets))[0]?.n);
    const form = {
      name: 'Pending Applicant',
      email: 'pending@example.test',
      category: 'registration',
      subject: 'Still waiting',
      message: 'Any news?',
      locale: 'nl',
    };
    const post = (body: object) => rt.app.inject({ method: 'POST', url: '/api/support/contact', payload: body });
    expect((await post(form)).statusCode).toBe(200);
    expect((await post({ ...form, email: 'bot@example.test', website: 'http://spam.example' })).statusCode).toBe(200);
    const after = Number((await rt.database.db.select({ n: count() }).from(schema.tickets))[0]?.n);
    expect(after).toBe(before + 1);
    expect((await mails('pending@example.test')).map((m) => m.subject)).toEqual([
      expect.stringMatching(/Uw vraag is ontvangen/),
    ]);
    expect(await mails('bot@example.test')).toEqual([]);
    expect((await post(form)).statusCode).toBe(200);
    expect((await post(form)).statusCode).toBe(429);
  });
});

describe('FAQ', () => {
  it('finds the membership-number answer in Dutch and in English', async () => {
    const en = (await rt.app.inject('/api/faq?locale=en&q=membership number changed')).json().items;
    expect(en[0]).toMatchObject({ key: 'membership-number-changed', locale: 'en' });
    const nl = (await rt.app.inject('/api/faq?locale=nl&q=lidmaatschapsnummer')).json().items;
    expect(nl[0]).toMatchObject({ key: 'membership-number-changed', locale: 'nl' });
    expect((await rt.app.inject('/api/faq/why-no-migrate-button?locale=nl')).json().title).toBe(
      'Waarom zie ik de knop PRODUCTEN MIGREREN niet?',
    );
  });

  it('states the product’s own rules and lets admins edit articles', async () => {
    const all = (await rt.app.inject('/api/faq?locale=en')).json().items;
    expect(all.length).toBeGreaterThanOrEqual(10);
    const text = all.map((a: { body: string }) => a.body).join(' ');
    for (const rule of ['2 working days', '500 points', 'EUR 1,000', '30 days', '72 hours', 'best estimate'])
      expect(text).toContain(rule);
    const article = all.find((a: { key: string }) => a.key === 'how-to-pay');
    const saved = await agent.put('/api/admin/faq', { ...article, id: undefined, body: `${article.body} Updated.` });
    expect(saved.statusCode).toBe(200);
    expect((await rt.app.inject('/api/faq/how-to-pay?locale=en')).json().body).toMatch(/Updated\.$/);
  });
});
