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

test('isDpgError knows a DpgError from another copy of the SDK by its name and code', () => {
  // What a second bundle on the same page throws: its own class, so not an instanceof this one.
  const foreign = Object.assign(new Error('Could not reach the registry.'), { name: 'DpgError', code: 'network' });
  assert.equal(foreign instanceof sdk.DpgError, false);
  assert.ok(sdk.isDpgError(foreign));
  assert.ok(sdk.isDpgError(foreign, 'network'));
  assert.equal(sdk.isDpgError(foreign, 'timeout'), false);
  assert.equal(sdk.isDpgError(Object.assign(new Error('x'), { name: 'DpgError', code: 'no-such-code' })), false);
  assert.equal(sdk.isDpgError(Object.assign(new Error('x'), { name: 'DpgError' })), false);
  assert.equal(sdk.isDpgError(Object.assign(new Error('x'), { code: 'network' })), false);
  for (const value of [null, undefined, 'DpgError', 42]) assert.equal(sdk.isDpgError(value), false);
});

test('detects the shape of registry data', () => {
  assert.equal(sdk.detectShape([{ _file: 'nominees/x.json', name: 'X' }]), 'legacy');
  assert.equal(sdk.detectShape({ nothing: true }), 'unknown');
});
