import assert from 'node:assert/strict';
import { DpgError } from '../../packages/sdk/src/errors.js';

/** Awaits `promise`, which must reject with a DpgError of `code` (and a message matching `message`); returns the error. */
export async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp): Promise<DpgError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DpgError, `expected a DpgError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return error;
  }
  assert.fail(`expected a ${code} error`);
}
