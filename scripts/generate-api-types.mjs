// `npm run api:types`: writes web/src/shared/api/schema.d.ts, the web app's types of the API, from
// the OpenAPI document the app builds (in this process: no listening server, no data needed).
// `--check` (part of `npm run lint`) regenerates in memory and fails when the committed file differs,
// so a route schema cannot change without the web app's types changing with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { tsImport } from 'tsx/esm/api';

const TARGET = fileURLToPath(new URL('../web/src/shared/api/schema.d.ts', import.meta.url));
const HEADER = `/**
 * The API's types, generated from its OpenAPI document by \`npm run api:types\`
 * (scripts/generate-api-types.mjs, openapi-typescript). Do not edit: change the route's zod schemas
 * and regenerate; \`npm run lint\` fails while this file is stale.
 */

`;

export async function generateApiTypes() {
  const { buildApiDocument } = await tsImport('../server/api-document.ts', import.meta.url);
  const document = await buildApiDocument();
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const text = await generateApiTypes();
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(TARGET, 'utf8');
    } catch {}
    if (committed !== text) {
      console.error(
        'web/src/shared/api/schema.d.ts is stale: the API document changed. Run `npm run api:types` and commit it.',
      );
      process.exit(1);
    }
    console.log('API types: up to date');
  } else {
    writeFileSync(TARGET, text);
    console.log(`API types written: ${TARGET}`);
  }
  process.exit(0);
}
