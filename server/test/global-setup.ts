// Vitest globalSetup: one migrated database per test run, which every test file then copies
// instead of creating and migrating its own (initdb + migrations cost a PGlite file ≈ 1.5 s).
// The template is keyed by the migration files' digest, so a changed migration builds a new one.
// - PGlite: the migrated data directory as a tarball in .tmp/ (reused across runs);
// - PostgreSQL: a database `propass_template_<digest>` on the TEST_DATABASE_URL server, copied
//   with CREATE DATABASE … TEMPLATE (also reused across runs).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, migrationsDigest, openDatabase } from '../platform/db/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated PGlite data directory image (pglite project). */
    pgliteTemplate?: string;
    /** Name of the migrated template database (postgres project). */
    postgresTemplate?: string;
  }
}

const TMP = resolve(import.meta.dirname, '../../.tmp');

export function pgliteTemplatePath(digest: string) {
  return join(TMP, `pglite-template-${digest.slice(0, 16)}.tar`);
}

export function postgresTemplateName(digest: string) {
  return `propass_template_${digest.slice(0, 16)}`;
}

async function buildPgliteTemplate(digest: string): Promise<string> {
  const path = pgliteTemplatePath(digest);
  if (existsSync(path)) return path;
  mkdirSync(TMP, { recursive: true });
  const database = await openDatabase({});
  try {
    await migrateDatabase(database);
    const image = await database.dumpImage!();
    // Written under another name and renamed: a concurrent run never reads half a file.
    const partial = `${path}.${randomUUID()}.partial`;
    writeFileSync(partial, new Uint8Array(await image.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    await database.close();
  }
  // Templates of older migration sets are of no further use.
  for (const name of readdirSync(TMP)) {
    if (name.startsWith('pglite-template-') && name.endsWith('.tar') && join(TMP, name) !== path)
      rmSync(join(TMP, name), { force: true });
  }
  return path;
}

async function buildPostgresTemplate(base: string, digest: string): Promise<string> {
  const name = postgresTemplateName(digest);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return name;
    // Built under a name of its own and renamed when complete; a concurrent run that renamed first wins.
    const building = `${name}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
    await admin.query(`create database ${building}`);
    const url = new URL(base);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    try {
      await migrateDatabase(database);
    } finally {
      await database.close();
    }
    try {
      await admin.query(`alter database ${building} rename to ${name}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error;
      await admin.query(`drop database if exists ${building} with (force)`);
      return name;
    }
    // No connections: CREATE DATABASE … TEMPLATE refuses a template somebody is connected to.
    await admin.query(`alter database ${name} with is_template true allow_connections false`);
    return name;
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const digest = migrationsDigest();
  if (project.name === 'pglite') project.provide('pgliteTemplate', await buildPgliteTemplate(digest));
  if (project.name === 'postgres' && process.env.TEST_DATABASE_URL)
    project.provide('postgresTemplate', await buildPostgresTemplate(process.env.TEST_DATABASE_URL, digest));
}
