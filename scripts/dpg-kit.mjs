#!/usr/bin/env node
// `npx dpg-kit` in this repository: the SDK's command line run from its TypeScript sources
// through tsx (a dev dependency), so it works straight after `npm ci`, needs no build and always
// matches the checkout. npm links a workspace's bin only when its target exists, and the SDK's
// points at dist/, which a fresh clone lacks; the published package runs that compiled file.
let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  console.error('dpg-kit: the dev dependencies are missing here: run `npm ci` in the repository root first.');
  process.exit(1);
}
register();
await import('../packages/sdk/src/cli/main.ts');
