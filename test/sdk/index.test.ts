// The package's public entry point: what a user imports by name must be there and work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as sdk from '../../packages/sdk/src/index.js';

test('exports the client, sources, errors and validators by name', () => {
  for (const name of ['createClient', 'getDefaultClient', 'snapshotSource', 'httpSource', 'fallback', 'fetchJson', 'clearHttpCache', 'DpgError', 'isDpgError', 'adaptAny', 'detectShape', 'validatePilotsFile', 'validateCopsFile', 'sdgInfo', 'safeHttpUrl']) {
    assert.ok(name in sdk, `${name} is not exported`);
  }
  assert.equal(sdk.SDG_LIST.length, 17);
});

test('isDpgError tells SDK errors apart by code', () => {
  const error = new sdk.DpgError('timeout', 'slow');
  assert.ok(sdk.isDpgError(error));
  assert.ok(sdk.isDpgError(error, 'timeout'));
  assert.equal(sdk.isDpgError(error, 'http'), false);
  assert.equal(sdk.isDpgError(new Error('plain')), false);
  assert.equal(error.name, 'DpgError');
});

test('detects the shape of registry data', () => {
  assert.equal(sdk.detectShape([{ _file: 'nominees/x.json', name: 'X' }]), 'legacy');
  assert.equal(sdk.detectShape({ nothing: true }), 'unknown');
});
