/**
 * The layer rule from ARCHITECTURE.md: imports point inward only.
 * core -> nothing outside core; store/render -> core; usecases -> core (+ its own ports);
 * service/cli -> usecases + config; only src/cli/main.ts wires concrete pieces.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core may import only src/core and pure npm packages (no node built-ins that do I/O).',
      severity: 'error',
      from: { path: '^src/core' },
      to: { pathNot: ['^src/core', 'node_modules'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-no-io-builtins',
      severity: 'error',
      from: { path: '^src/core' },
      to: { dependencyTypes: ['core'], path: '^(fs|fs/promises|net|http|https|child_process|os|process|dgram|cluster|worker_threads)$' },
    },
    {
      name: 'store-and-render-use-core-only',
      severity: 'error',
      from: { path: '^src/(store|render)' },
      to: { path: '^src/(usecases|service|cli|config)' },
    },
    {
      name: 'usecases-do-not-reach-adapters-or-concretes',
      severity: 'error',
      from: { path: '^src/usecases' },
      to: { path: '^src/(store|render|service|cli)' },
    },
    {
      name: 'adapters-use-usecases-not-store',
      comment: 'Routes and commands go through use cases; only the composition root wires store/render.',
      severity: 'error',
      from: { path: '^src/(service|cli)', pathNot: '^src/cli/main\\.ts$' },
      to: { path: '^src/(store|render|composition)' },
    },
    {
      name: 'only-main-uses-the-composition-root',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli/main\\.ts$', '^src/composition/'] },
      to: { path: '^src/composition/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
