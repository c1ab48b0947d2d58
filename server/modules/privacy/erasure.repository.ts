import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../platform/db/index.js';

/** Rows a statement with `returning` answered. */
const countOf = (result: unknown) => rowsOf(result).length;

/**
 * Tables kept whole by law (bookkeeping: invoices and credit notes with the billed party, payments,
 * bank statements, direct-debit mandates and collections) and `users`, which the erasure rewrites by
 * id. The sweep of free text leaves them alone.
 */
export const RETAINED_TABLES = new Set([
  'invoices',
  'payments',
  'bank_statements',
  'bank_statement_lines',
  'card_checkouts',
  'collection_runs',
  'collection_items',
  'invoice_notices',
  'orders',
  'document_counters',
  'users',
]);

/** A JSON name field and its string value (`"firstName": "Anna"`); group 1 is the key and colon. */
const NAME_FIELDS =
  '("(?:firstName|lastName|name|fullName|contactName|contactFirstName|contactLastName)"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"';

export type Subject = {
  users: { id: string; organisationId: string | null; firstName: string; lastName: string }[];
  applications: { id: string; firstName: string; lastName: string }[];
  tickets: { id: string; contactName: string | null }[];
};

const uuidList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export const erasureRepository = {
  /** Serialises erasures of one address (two clicks, two admins): the second sees the first's result. */
  async lock(tx: DbOrTx, subject: string) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`erasure:${subject}`}))`);
  },

  /** The earlier erasure of this address (its audit entry), if any. */
  async previous(tx: DbOrTx, subject: string) {
    const rows = rowsOf<{ id: string; at: Date | string; detail: Record<string, unknown> | string }>(
      await tx.execute(sql`
        select id, at, detail from audit_log
        where action = 'person.erased' and detail->>'subject' = ${subject}
        order by at limit 1`),
    );
    const row = rows[0];
    if (!row) return null;
    return { ...row, detail: typeof row.detail === 'string' ? JSON.parse(row.detail) : row.detail };
  },

  /** What still holds the address: the organisation users (removed ones too), applications and tickets. */
  async subject(tx: DbOrTx, email: string): Promise<Subject> {
    const users = rowsOf<Subject['users'][number]>(
      await tx.execute(sql`
        select id, organisation_id as "organisationId", first_name as "firstName", last_name as "lastName"
        from users where email = ${email} and organisation_id is not null
        for update`),
    );
    const applications = rowsOf<Subject['applications'][number]>(
      await tx.execute(sql`
        select id, contact_first_name as "firstName", contact_last_name as "lastName"
        from applications where contact_email = ${email}
        for update`),
    );
    const byUser = users.length ? sql`or created_by in (${uuidList(users.map((u) => u.id))})` : sql``;
    const tickets = rowsOf<Subject['tickets'][number]>(
      await tx.execute(sql`
        select id, contact_name as "contactName" from tickets
        where (contact_email = ${email} ${byUser}) and contact_email not like 'erased-%@invalid'
        for update`),
    );
    return { users, applications, tickets };
  },

  async eraseUsers(tx: DbOrTx, userIds: string[], at: Date) {
    if (!userIds.length) return;
    const ids = uuidList(userIds);
    await tx.execute(sql`
      update users set first_name = 'Erased', last_name = 'user', email = 'erased-' || id || '@invalid',
        password_hash = null, removed_at = coalesce(removed_at, ${at})
      where id in (${ids})`);
    // Logged out everywhere, and no link or half-done log-in can bring them back.
    await tx.execute(sql`delete from sessions where user_id in (${ids})`);
    await tx.execute(sql`delete from login_challenges where user_id in (${ids})`);
    await tx.execute(sql`update link_tokens set used_at = ${at} where user_id in (${ids}) and used_at is null`);
    // The addresses they logged in from are theirs too.
    await tx.execute(sql`update audit_log set actor_ip = null where actor_user_id in (${ids})`);
  },

  async eraseApplications(tx: DbOrTx, applicationIds: string[], at: Date) {
    if (!applicationIds.length) return;
    const ids = uuidList(applicationIds);
    await tx.execute(sql`
      update applications set contact_first_name = 'Erased', contact_last_name = 'user',
        contact_email = 'erased-' || id || '@invalid', declaration_ip = 'erased'
      where id in (${ids})`);
    await tx.execute(sql`update link_tokens set used_at = ${at} where application_id in (${ids}) and used_at is null`);
  },

  async eraseTickets(tx: DbOrTx, ticketIds: string[]) {
    if (!ticketIds.length) return;
    await tx.execute(sql`
      update tickets set contact_name = null, contact_email = 'erased-' || id || '@invalid'
      where id in (${uuidList(ticketIds)})`);
  },

  /**
   * The person's tickets keep their messages' text (the support history), but the first or last
   * name on its own goes too ("Dear Anna"), there and in the subject.
   */
  async eraseNamesInTickets(tx: DbOrTx, ticketIds: string[], namePattern: string) {
    if (!ticketIds.length) return 0;
    const ids = uuidList(ticketIds);
    const messages = await tx.execute(sql`
      update ticket_messages set body = regexp_replace(body, ${namePattern}, '[erased]', 'gi')
      where ticket_id in (${ids}) and body ~* ${namePattern} returning 1`);
    const subjects = await tx.execute(sql`
      update tickets set subject = regexp_replace(subject, ${namePattern}, '[erased]', 'gi')
      where id in (${ids}) and subject ~* ${namePattern} returning 1`);
    return countOf(messages) + countOf(subjects);
  },

  async forgetLoginFailures(tx: DbOrTx, email: string) {
    await tx.execute(sql`delete from login_failures where email = ${email}`);
  },

  /** E-mails to the person: recipient and content gone; one not sent yet is never sent. */
  async eraseMailsTo(tx: DbOrTx, email: string) {
    return countOf(
      await tx.execute(sql`
        update mail_outbox set to_address = 'erased-' || id || '@invalid', subject = '[erased]', html = '', text = '',
          status = case when status = 'pending' then 'failed' else status end,
          last_error = case when status = 'pending' then 'recipient erased' else last_error end,
          lease_until = null
        where to_address = ${email}
        returning 1`),
    );
  },

  /**
   * Replaces the address and the full names wherever free text or JSON holds them (audit details,
   * events, ticket messages, other people's e-mails, file names …), in every text and JSON column
   * of every table but the retained ones — so a column added later is swept too. In JSON that
   * mentions the person, values equal to the first or last name alone are replaced as well
   * (e.g. an invitation's `firstName`). Answers the number of rows changed.
   */
  async sweep(
    tx: DbOrTx,
    patterns: { text: string; mention: string; email: string; jsonValues: string | null },
  ): Promise<number> {
    const columns = rowsOf<{ table_name: string; column_name: string; data_type: string }>(
      await tx.execute(sql`
        select c.table_name, c.column_name, c.data_type
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying', 'jsonb', 'json')
        order by c.table_name, c.ordinal_position`),
    );
    let changed = 0;
    for (const column of columns) {
      if (RETAINED_TABLES.has(column.table_name)) continue;
      const table = sql.identifier(column.table_name);
      const col = sql.identifier(column.column_name);
      let statement: SQL;
      if (column.data_type === 'jsonb' || column.data_type === 'json') {
        // Beside the address, a name field is the person's name however it was typed (an invitation's
        // `firstName`, a contact's `name`).
        const named = sql`regexp_replace(${col}::text, ${NAME_FIELDS}, ${'\\1"[erased]"'}, 'g')`;
        changed += countOf(
          await tx.execute(sql`update ${table} set ${col} = (${named})::${sql.raw(column.data_type)}
            where ${col}::text ~* ${patterns.email} and ${named} <> ${col}::text returning 1`),
        );
        const replaced = sql`regexp_replace(${col}::text, ${patterns.text}, '[erased]', 'gi')`;
        const values = patterns.jsonValues
          ? sql`regexp_replace(${replaced}, ${patterns.jsonValues}, '"[erased]"', 'gi')`
          : replaced;
        statement = sql`update ${table} set ${col} = (${values})::${sql.raw(column.data_type)}
          where ${col}::text ~* ${patterns.mention} and ${values} <> ${col}::text returning 1`;
      } else {
        statement = sql`update ${table} set ${col} = regexp_replace(${col}, ${patterns.text}, '[erased]', 'gi')
          where ${col} ~* ${patterns.text} returning 1`;
      }
      changed += countOf(await tx.execute(statement));
    }
    return changed;
  },

  /** Invoices and credit notes of these organisations: kept (legal retention). */
  async invoiceCount(tx: DbOrTx, organisationIds: string[]) {
    if (!organisationIds.length) return 0;
    const [row] = rowsOf<{ n: number | string }>(
      await tx.execute(
        sql`select count(*)::int as n from invoices where organisation_id in (${uuidList(organisationIds)})`,
      ),
    );
    return Number(row?.n ?? 0);
  },
};
