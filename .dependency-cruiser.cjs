// Module boundaries, checked by `npm run lint` (depcruise). Why each exists: docs/decisions/070-house-habits.md.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'db-stands-alone',
      comment: 'db/ is the bottom layer: it imports nothing from server/ or client/.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'shared-stands-alone',
      comment:
        'shared/ (schemas, domain words, messages) is used by server and client alike: it imports no other layer.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(server|client|db|scripts|tests)/' },
    },
    {
      name: 'client-only-types-from-server',
      comment: 'The browser bundle must not pull in server code: client/ imports only types from server/ and db/.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|db)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'engine-stands-alone',
      comment: 'The matching engine is a pure algorithm: it imports nothing outside its own folder.',
      severity: 'error',
      from: { path: '^server/features/placements/engine/' },
      to: { pathNot: '^server/features/placements/engine/' },
    },
    {
      name: 'features-meet-at-public-entries',
      comment: 'A server feature uses another feature only through server/features/<f>/public.ts, never its internals.',
      severity: 'error',
      from: { path: '^server/features/([^/]+)/' },
      to: {
        path: '^server/features/[^/]+/',
        pathNot: ['^server/features/$1/', '^server/features/[^/]+/public\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
