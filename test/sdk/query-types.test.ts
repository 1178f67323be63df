// The query types refuse wrong literals at compile time: real uses compiled by tsc, good and wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCountryCode } from '../../packages/sdk/src/normalize/country-codes.js';

const SDK = fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

const GOOD = `
import type { DpgQuery, PilotQuery } from 'sdk';
export const queries: DpgQuery[] = [{ sdg: 4, country: 'RW' }, { sdg: [1, 17], country: ['KE', 'ug', 'XK'] }, {}];
export const pilots: PilotQuery[] = [{ country: 'GM' }, { country: ['rw', 'SZ'] }];
`;

/** Wrong uses, each of which must be refused with the given TypeScript error. */
const BAD: Record<string, { code: number; source: string }> = {
  'bad-sdg.ts': { code: 2322, source: `({ sdg: 99 }) satisfies import('sdk').DpgQuery` },
  'bad-sdg-list.ts': { code: 2322, source: `({ sdg: [4, 0] }) satisfies import('sdk').DpgQuery` },
  'bad-country.ts': { code: 2322, source: `({ country: 'UK' }) satisfies import('sdk').DpgQuery` },
  'bad-country-name.ts': { code: 2322, source: `({ country: ['KE', 'Rwanda'] }) satisfies import('sdk').DpgQuery` },
  'bad-pilot-country.ts': { code: 2322, source: `({ country: 'XX' }) satisfies import('sdk').PilotQuery` },
};

test('DpgQuery and PilotQuery accept ISO codes and SDGs 1-17, and refuse wrong literals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dpg-kit-types-'));
  try {
    writeFileSync(join(dir, 'good.ts'), GOOD);
    for (const [file, { source }] of Object.entries(BAD)) writeFileSync(join(dir, file), `export const bad = ${source};\n`);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], types: [], skipLibCheck: true, paths: { sdk: [SDK] } },
        include: ['*.ts'],
      }),
    );
    const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8', timeout: 120_000 });
    const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    const inFile = (file: string) => errors.filter((line) => line.includes(`${file}(`));
    assert.deepEqual(inFile('good.ts'), [], 'the good uses compile');
    for (const [file, { code }] of Object.entries(BAD)) {
      assert.ok(inFile(file).some((line) => line.includes(`error TS${code}`)), `${file} is refused with TS${code}; got ${inFile(file).join(' | ') || 'no error'}`);
    }
    assert.equal(errors.length, errors.filter((line) => Object.keys(BAD).some((file) => line.includes(`${file}(`))).length, `no other errors: ${errors.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CountryCode type lists exactly the codes the SDK knows at run time', () => {
  const model = readFileSync(new URL('../../packages/sdk/src/model.ts', import.meta.url), 'utf8');
  const union = /export type CountryCode =([^;]+);/.exec(model)?.[1] ?? '';
  const codes = [...union.matchAll(/'([A-Z]{2})'/g)].map((match) => match[1]!);
  assert.ok(codes.length >= 249);
  assert.deepEqual(codes.filter((code) => !isCountryCode(code)), []);
  const all = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
  assert.deepEqual(all.filter((code) => isCountryCode(code) && !codes.includes(code)), []);
});
