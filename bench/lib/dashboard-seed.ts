import type { Database } from '../../server/platform/db/index.js';

/**
 * The dashboard's and the exports' data at scale, in a few `generate_series` statements:
 * organisations, `products` products (each with its points entry, spread over two years before
 * `now`), applications, memberships, invoices, and an old programme of 100,000 accounts with
 * 500,000 products, 40 % migrated.
 */
export async function seedProgramme(database: Database, products: number, now: Date) {
  const run = (text: string, values: unknown[] = []) => database.sql.executeSql(text, values);
  const at = now.toISOString();
  const orgs = Math.max(10, Math.round(products / 500));
  await run(
    `insert into organisations (id, legal_name, country, street, house_number, postcode, city, phone, application_id)
     select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'Bench ' || g || ' B.V.', 'NL', 'Benchstraat',
       '1', '1012 AB', 'Amsterdam', '+31 20 123 4567', gen_random_uuid()
     from generate_series(1, $1::int) g`,
    [orgs],
  );
  await run(
    `insert into products (organisation_id, legacy_model_name, serial_number, source, status, points, created_at, completed_at)
     select ('00000000-0000-4000-8000-' || lpad(to_hex(1 + g % $2::int), 12, '0'))::uuid, 'Model ' || (g % 50), 'SN' || g,
       case when g % 3 = 0 then 'migrated' else 'registered' end, case when g % 20 = 0 then 'removed' else 'active' end, 10,
       $3::timestamptz - (g % 730) * interval '1 day', $3::timestamptz - (g % 730) * interval '1 day'
     from generate_series(1, $1::int) g`,
    [products, orgs, at],
  );
  await run(
    `insert into points_ledger (organisation_id, product_id, delta, reason, idempotency_key, at)
     select organisation_id, id, case when status = 'removed' then -10 else 10 end,
       case when status = 'removed' then 'product_removed' else 'product_completed' end, 'bench:' || id, created_at
     from products`,
  );
  await run(
    `insert into applications (reference, idempotency_key, status, locale, legal_name, country, street, house_number,
       postcode, city, phone, vat_registered, contact_first_name, contact_last_name, contact_email, declaration_at,
       declaration_ip, submitted_at, sla_start_at, sla_due_at, decided_at)
     select 'PP-B-' || g, gen_random_uuid(), case when g % 50 = 0 then 'received' else 'approved' end, 'en',
       'Applicant ' || g, 'NL', 's', '1', '1012 AB', 'Amsterdam', '+31 20 123 4567', false, 'A', 'B',
       'a' || g || '@bench.example', t, '127.0.0.1', t, t, t + interval '2 days',
       case when g % 50 = 0 then null else t + (g % 4) * interval '1 day' end
     from (select g, $2::timestamptz - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour' as t
           from generate_series(1, $1::int) g) s`,
    [Math.max(1000, orgs * 5), at],
  );
  await run(
    `insert into memberships (organisation_id, membership_number, tier_code, tier_version_id, status, starts_on, ends_on)
     select o.id, 'B' || row_number() over (), tv.code, tv.id, 'active', ($1::timestamptz - (random() * 700)::int * interval '1 day')::date,
       ($1::timestamptz + (random() * 300)::int * interval '1 day')::date
     from organisations o cross join lateral (select id, code from tier_versions order by random() limit 1) tv`,
    [at],
  );
  await run(
    `insert into invoices (kind, organisation_id, document_status, payment_status, issue_date, due_date, locale, seller,
       buyer, lines, currency, net_minor, vat_rate_bp, vat_minor, total_minor, vat_treatment, payment_method, paid_minor)
     select 'invoice', o.id, 'finalised', case when g % 5 = 0 then 'overdue' else 'paid' end, d, d + 14, 'en', '{}'::jsonb,
       jsonb_build_object('name', o.legal_name), '[]'::jsonb, 'EUR', 10000, 2100, 2100, 12100, 'domestic',
       (array['card', 'bank_transfer', 'sepa_debit'])[1 + g % 3], case when g % 5 = 0 then 0 else 12100 end
     from (select o.*, row_number() over () as g from organisations o) o,
       lateral (select ($1::timestamptz - (o.g % 700) * interval '1 day')::date as d) dd`,
    [at],
  );
  await run(
    `insert into legacy_accounts (legacy_id, email) select 'LA' || g, 'old' || g || '@bench.example' from generate_series(1, 100000) g`,
  );
  await run(
    `insert into legacy_products (legacy_id, legacy_account_id, model_name, migration_outcome, migrated_at)
     select 'LP' || g, 'LA' || (1 + g % 100000), 'Old model',
       case when g % 5 < 2 then 'migrated' end, case when g % 5 < 2 then $1::timestamptz - (g % 365) * interval '1 day' end
     from generate_series(1, 500000) g`,
    [at],
  );
  for (const table of [
    'products',
    'points_ledger',
    'applications',
    'memberships',
    'invoices',
    'legacy_accounts',
    'legacy_products',
  ])
    await run(`vacuum analyze ${table}`);
}
