// Module boundaries and cycles, checked by `npm run lint` (scripts/check-dependencies.mjs runs
// dependency-cruiser's API with this file). Every rule is an error.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'A server module imports another module only through its index.ts, the module’s only surface.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      comment: 'Code outside the modules (app.ts, flows, tests, …) reaches a module only through its index.ts.',
      severity: 'error',
      from: { path: '^server/', pathNot: ['^server/modules/', '^server/platform/'] },
      to: { path: '^server/modules/', pathNot: '^server/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'platform/ is cross-cutting: it imports no module (a module’s needs are passed in as ports).',
      severity: 'error',
      from: { path: '^server/platform/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'module-knows-no-flow',
      comment:
        'Flows and the composition root compose modules: a module importing one (even for a type) would know the modules composed beside it — the cycle the composition order avoids (ARCHITECTURE.md, Composition order).',
      severity: 'error',
      from: { path: '^server/modules/' },
      to: { path: ['^server/flows/', '^server/composition/', '^server/app\\.ts$'] },
    },
    {
      name: 'feature-imports-no-feature',
      comment: 'A web feature never imports another feature; what two features share lives in web/src/shared/.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'no-circular-server',
      comment: 'No import cycles in the server: a cycle ties modules together and makes start-up order matter.',
      severity: 'error',
      from: { path: '^server/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-web-features',
      comment: 'No import cycles within the web features.',
      severity: 'error',
      from: { path: '^web/src/features/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    // Type-only imports count: a type cycle is still a cycle between files.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
