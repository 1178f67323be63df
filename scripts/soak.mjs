// `npm run soak`: the lifecycle suite at full length, 1,000 mount and unmount cycles of every
// element with its data loading, in Chromium; prints the open requests and the retained heap
// growth of each element, and fails past the bounds the suite states.
import { spawnSync } from 'node:child_process';

const cycles = process.env.DPG_SOAK_CYCLES ?? '1000';
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/e2e/lifecycle.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DPG_SOAK_CYCLES: cycles },
});
process.exit(result.status ?? 1);
