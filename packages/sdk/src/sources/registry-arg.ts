/**
 * A registry named on a command line: an http(s) URL, read through `httpSource`, or a file on
 * disk, read through the same adapters as any other source. Node only (it reads files); the
 * SDK's `dpg-kit --registry` and the elements' render command both take their source from here.
 */
import { readFile } from 'node:fs/promises';
import { adaptAny } from '../adapters/detect.js';
import { DpgError } from '../errors.js';
import { httpSource } from './http.js';
import type { RegistrySource } from './source.js';

/** A registry file on disk; a file that is not JSON rejects with a `parse` error naming it. */
export function fileSource(path: string): RegistrySource {
  return {
    name: path,
    async load() {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        throw new DpgError('parse', `${path}: cannot read it as JSON: ${(error as Error).message}`, { cause: error });
      }
      const { records, issues, asOf } = adaptAny(raw);
      return { records, issues, meta: { source: path, ...(asOf ? { asOf } : {}) } };
    },
  };
}

/** `src` as a source: an http(s) URL through `httpSource`, anything else as a file path. */
export function registryArgSource(src: string): RegistrySource {
  return /^https?:\/\//i.test(src) ? httpSource(src) : fileSource(src);
}
