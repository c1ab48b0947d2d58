import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { TicketCategory } from '../../../contracts/support.js';
import { schema } from '../../platform/db/index.js';
import { givePoints, modelByCode } from '../../test/fixtures.js';
import { multipart, ORIGIN, PDF } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';
import type { Actor } from './actors.js';

/** What one customer organisation owns, created through the API as a customer would. */
export type OwnedData = {
  organisationId: string;
  colleagueId: string;
  productId: string;
  ticketId: string;
  attachmentId: string;
  orderId: string;
  invoiceId: string;
};

let seq = 0;

async function ok<T>(label: string, res: { statusCode: number; body: string; json(): unknown }): Promise<T> {
  if (res.statusCode >= 300) throw new Error(`${label}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** A support ticket with one PDF attachment (multipart, as the portal sends it). */
export async function ticketWithAttachment(rt: TestRuntime, customer: Actor) {
  const body = multipart(
    {
      ticket: JSON.stringify({
        idempotencyKey: randomUUID(),
        category: TicketCategory.options[0],
        subject: 'Shutter sticks',
        message: 'The shutter sticks after a firmware update.',
        attachments: [{ name: 'receipt.pdf' }],
      }),
    },
    [{ field: 'attachments', name: 'receipt.pdf', type: 'application/pdf', data: PDF }],
  );
  const ticket = await ok<{ id: string; messages: { attachments: { id: string }[] }[] }>(
    'ticket',
    await rt.app.inject({
      method: 'POST',
      url: '/api/support/tickets',
      headers: { ...body.headers, cookie: customer.http.cookie, origin: ORIGIN },
      payload: body.payload,
    }),
  );
  return { ticketId: ticket.id, attachmentId: ticket.messages[0]!.attachments[0]!.id };
}

/** The invoice job runs in the background: wait for it (the target is within a minute). */
async function invoiceOf(rt: TestRuntime, orderId: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
    if (row?.pdfKey) return row;
    if (Date.now() > deadline) throw new Error(`no invoice for order ${orderId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A colleague, a product, a ticket with an attachment, a membership order and its invoice. */
export async function ownedData(rt: TestRuntime, customer: Actor): Promise<OwnedData> {
  seq++;
  const colleague = await ok<{ id: string }>(
    'colleague',
    await customer.http.post('/api/org/colleagues', {
      email: `colleague${seq}-${randomUUID().slice(0, 6)}@example.test`,
      firstName: 'Cor',
      lastName: `Colleague ${seq}`,
      locale: 'en',
    }),
  );
  const model = await modelByCode(rt, 'EOS-R5');
  const products = await ok<{ items: { id: string }[] }>(
    'product',
    await customer.http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: `SEC${seq}${Date.now() % 1_000_000}` }],
    }),
  );
  const ticket = await ticketWithAttachment(rt, customer);
  await givePoints(rt, customer.organisationId!, 600);
  const purchase = await ok<{ orderId: string }>(
    'purchase',
    await customer.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    }),
  );
  const invoice = await invoiceOf(rt, purchase.orderId);
  return {
    organisationId: customer.organisationId!,
    colleagueId: colleague.id,
    productId: products.items[0]!.id,
    ...ticket,
    orderId: purchase.orderId,
    invoiceId: invoice.id,
  };
}

/** A submitted Business-account application with one document; answers its id and the document's. */
export async function application(rt: TestRuntime) {
  seq++;
  const input = {
    idempotencyKey: randomUUID(),
    organisation: {
      legalName: `Security Studio ${seq} B.V.`,
      country: 'NL',
      street: 'Keizersgracht',
      houseNumber: String(seq),
      postcode: '1015 CJ',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: { vatRegistered: false, tradeRegisterNumber: '34126549', legacyEmail: '' },
    contact: {
      firstName: 'Anna',
      lastName: `Applicant ${seq}`,
      email: `applicant${seq}-${randomUUID().slice(0, 6)}@example.test`,
      locale: 'en',
    },
    documents: [{ kind: 'chamber_extract' }],
    declaration: true,
  };
  const body = multipart({ application: JSON.stringify(input) }, [
    { field: 'documents', name: 'extract.pdf', type: 'application/pdf', data: PDF },
  ]);
  await ok(
    'registration',
    await rt.app.inject({ method: 'POST', url: '/api/registrations', headers: body.headers, payload: body.payload }),
  );
  const [row] = await rt.database.db
    .select({ id: schema.applications.id })
    .from(schema.applications)
    .where(eq(schema.applications.idempotencyKey, input.idempotencyKey));
  const [doc] = await rt.database.db
    .select({ id: schema.applicationDocuments.id })
    .from(schema.applicationDocuments)
    .where(eq(schema.applicationDocuments.applicationId, row!.id));
  return { applicationId: row!.id, documentId: doc!.id };
}
