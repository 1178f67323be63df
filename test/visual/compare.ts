/**
 * One screenshot against its committed baseline, the same way for every visual test: pixelmatch
 * with a small per-pixel colour tolerance and a small share of pixels allowed to differ. A
 * failure leaves the evidence where a reviewer looks for it:
 * test-output/visual/{actual,diff}/<name>.png. With VISUAL_UPDATE=1 (`npm run visual:update`)
 * the screenshot becomes the baseline instead.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const UPDATE = process.env.VISUAL_UPDATE === '1';
export const OUTPUT = 'test-output/visual';

/** Per-pixel colour distance pixelmatch tolerates (0–1), and the share of pixels allowed to differ. */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.001;

/**
 * Compares `actual` with `<baselines>/<name>.png` (or writes it there when updating). `name` may
 * hold a folder (`stories/x`); the evidence files keep it.
 */
export function matchBaseline(baselines: string, name: string, actual: Buffer): void {
  const baselineFile = join(baselines, `${name}.png`);
  if (UPDATE) {
    mkdirSync(dirname(baselineFile), { recursive: true });
    writeFileSync(baselineFile, actual);
    // A written baseline must read back as the image just taken.
    assert.equal(PNG.sync.read(readFileSync(baselineFile)).width, PNG.sync.read(actual).width);
    return;
  }
  assert.ok(existsSync(baselineFile), `No baseline ${baselineFile}: run \`npm run visual:update\` to create it, then look at it before committing.`);
  const expected = PNG.sync.read(readFileSync(baselineFile));
  const got = PNG.sync.read(actual);
  const actualFile = join(OUTPUT, 'actual', `${name}.png`);
  const keepActual = (): void => {
    mkdirSync(dirname(actualFile), { recursive: true });
    writeFileSync(actualFile, actual);
  };
  if (expected.width !== got.width || expected.height !== got.height) {
    keepActual();
    assert.fail(`${name}: ${got.width}×${got.height} px, the baseline is ${expected.width}×${expected.height} px; see ${actualFile}`);
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: PIXEL_THRESHOLD });
  const ratio = differing / (got.width * got.height);
  if (ratio > MAX_DIFF_RATIO) {
    keepActual();
    const diffFile = join(OUTPUT, 'diff', `${name}.png`);
    mkdirSync(dirname(diffFile), { recursive: true });
    writeFileSync(diffFile, PNG.sync.write(diff));
    assert.fail(`${name}: ${differing} pixels differ (${(ratio * 100).toFixed(3)}%, at most ${MAX_DIFF_RATIO * 100}% allowed); see ${diffFile} and ${actualFile}`);
  }
}
