import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { CHROMIUM_ARGS, chromiumOrExit } from './scripts/chromium.mjs';

const executablePath = chromiumOrExit();

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  hostname: '127.0.0.1',
  // One test file at a time: a page in the background gets no animation frames, so its
  // ResizeObservers never report, and the map and card measure through them.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  // One limit for every test: the dev server compiles the 2 MB snapshot modules on their first
  // request, which alone can take longer than mocha's 2 s default on a busy 2-core machine.
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('coverage/counts/browser.json')],
  coverage: true,
  coverageConfig: {
    include: ['packages/elements/src/**/*.ts'],
    exclude: ['**/node_modules/**'],
    report: true,
    reportDir: 'coverage/browser',
    reporters: ['text-summary', 'lcovonly'],
    threshold: { statements: 95, branches: 92, functions: 95, lines: 95 },
  },
};
