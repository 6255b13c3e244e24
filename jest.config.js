/**
 * Three projects, so a change can be checked in seconds before the whole suite runs:
 * - unit: pure code (src/core, renderers, readers over in-memory streams); no database, server,
 *   child process or browser. `npm run test:unit` runs it in under 30 s on two cores.
 * - integration: real SQLite files, the CLI in child processes, the HTTP service, workers.
 * - e2e: the officer's pages in a headless Chromium (see tests/e2e/browser.ts for which one).
 * `npm test` (and plain `npx jest`) runs all three.
 */
const shared = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/tests/unit'] },
    { ...shared, displayName: 'integration', roots: ['<rootDir>/tests/integration'] },
    { ...shared, displayName: 'e2e', roots: ['<rootDir>/tests/e2e'] },
  ],
};
