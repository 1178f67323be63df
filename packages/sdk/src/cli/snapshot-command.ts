/**
 * `dpg-kit snapshot --from <file | url> --out <dir> [--as-of YYYY-MM-DD] [--source TEXT]`:
 * reads a registry in any shape the SDK knows and writes it in the hosted layout, for a partner
 * to publish as static files (see examples/refresh-registry.yml). Node reads the registry API,
 * which browsers cannot: it sends no CORS headers.
 *
 * Exit codes: 0 written, 1 the input could not be read or written, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { isDpgError } from '../errors.js';
import { readRegistryInput } from '../hosted/read-input.js';
import { writeHostedRegistry } from '../hosted/write.js';

export const SNAPSHOT_USAGE = `Usage: dpg-kit snapshot --from <file | url> --out <dir> [--as-of YYYY-MM-DD] [--source TEXT]

Reads a registry (the registry API's JSON, the legacy export or dpg-kit JSON, from a file or an
http(s) URL) and writes it as a hosted registry folder: manifest.json, first.json, index.json,
dpgs/<id>.json and details/<id>.json. Serve the folder as static files and point <dpg-provider registry-src>
or hostedSource() at it.

  --from SRC     a file or an http(s) URL
  --out DIR      the folder to write (its dpgs/ and details/ folders are replaced)
  --as-of DATE   the date the data was taken (default: the data's own date; today for a URL)
  --source TEXT  what cards name as the source (default: the URL or the file name)`;

/** Runs the command on its own arguments (those after `snapshot`); resolves the exit code. */
export async function runSnapshotCommand(args: readonly string[], log = console.log, warn = console.error): Promise<number> {
  let values: { from?: string; out?: string; 'as-of'?: string; source?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        source: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    warn(`${(error as Error).message}\n\n${SNAPSHOT_USAGE}`);
    return 2;
  }
  if (values.help) {
    log(SNAPSHOT_USAGE);
    return 0;
  }
  if (!values.from || !values.out) {
    warn(`snapshot needs --from and --out.\n\n${SNAPSHOT_USAGE}`);
    return 2;
  }
  if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) {
    warn(`--as-of must be a date written YYYY-MM-DD, not "${values['as-of']}".`);
    return 2;
  }
  try {
    const input = await readRegistryInput(values.from, {
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(values.source ? { source: values.source } : {}),
    });
    const { manifest, indexOnly } = await writeHostedRegistry(values.out, input);
    log(`snapshot: ${manifest.counts.dpgs} DPGs (${input.shape}), ${manifest.counts.issues} issues, as of ${manifest.asOf}, from ${manifest.source} → ${values.out}`);
    for (const issue of indexOnly) warn(`  ${issue.recordId}: ${String(issue.value)}`);
    return 0;
  } catch (error) {
    if (!isDpgError(error)) throw error;
    warn(`dpg-kit snapshot: ${error.message}`);
    return 1;
  }
}
