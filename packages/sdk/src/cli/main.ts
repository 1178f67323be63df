#!/usr/bin/env node
/**
 * `dpg-kit`: the SDK on the command line. List and search DPGs, pilots and Communities of
 * Practice as a table or JSON, and validate a partner's pilots or Communities of Practice file.
 *
 * Exit codes: 0 done, 1 invalid file or failed request, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { createClient } from '../client.js';
import type { DpgClient } from '../client-types.js';
import { deploymentCount } from '../country-count.js';
import { isDpgError } from '../errors.js';
import { validateCopsFile, validatePilotsFile } from '../pilots/validate.js';
import type { DigitalPublicGood } from '../model.js';
import type { DpgQuery, Page } from '../query/types.js';
import type { RegistrySource } from '../sources/source.js';
import { countryCodes, packageVersion, readArgs, sdgNumbers, UsageError } from './args.js';
import { table } from './format.js';
import { closest, didYouMean } from './suggest.js';
import { runRenderCommand } from './render-command.js';
import { runSnapshotCommand } from './snapshot-command.js';
import { registryArgSource } from '../sources/registry-arg.js';

// `snapshot` and `render` have options of their own, so they are dispatched before the common ones are parsed.
if (process.argv[2] === 'snapshot') process.exit(await runSnapshotCommand(process.argv.slice(3)));
if (process.argv[2] === 'render') {
  const code = await runRenderCommand(process.argv.slice(3));
  // The HTML may still be on its way down a pipe: exit once it has gone.
  await new Promise((flushed) => process.stdout.write('', flushed));
  process.exit(code);
}

const USAGE = `Usage: dpg-kit <command> [options]

Commands:
  dpgs                 list DPGs   (--q TEXT --sdg N --type T --country CC --license L --stage S --sector S
                                    --sort relevance|name|countries --limit N)
  dpg <id>             one DPG, full record (--json prints it as a one-record page, as dpgs does)
  pilots               list pathfinder pilots (--q TEXT --country CC --dpg ID --sector S --status S)
  cops                 list Communities of Practice (--status complete|in-progress|coming-soon)
  validate <file>      check a pilots or Communities of Practice file (--kind pilots|cops)
  snapshot             write a registry as a hosted folder (--from FILE|URL --out DIR; see snapshot --help)
  render '<tag> ...'   elements rendered on the server as HTML (needs @dpg-kit/elements; see render --help)

Options:
  --json               print JSON instead of a table (dpgs and dpg --json read back with --registry)
  --registry SRC       read DPGs from a registry file or http(s) URL instead of the embedded snapshot
  --version            the version of dpg-kit
  --help               this text

Countries are ISO 3166-1 alpha-2 codes (KE, RW); "deployed in" counts the countries of deployment.`;

const { values, positionals } = (() => {
  try {
    return readArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`dpg-kit: ${(error as Error).message}\nRun dpg-kit --help to see the options.`);
    process.exit(2);
  }
})();

function print(data: unknown, render: () => string): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : render());
}

/**
 * The DPG with this id; an unknown id is a `UsageError` that names the closest id by spelling,
 * or else the first the registry's search finds for it (a name or an alias typed as an id).
 */
async function knownDpg(client: DpgClient, id: string) {
  try {
    return await client.dpgs.get(id);
  } catch (error) {
    if (!isDpgError(error, 'not-found')) throw error;
    const ids = (await client.dpgs.list({ pageSize: 1000 })).items.map((dpg) => dpg.id);
    const words = id.replace(/[-_]+/g, ' ').toLowerCase();
    // The search's first hit only when its name or an alias holds the words typed: a hit for
    // one common word ("no such dpg") would be a guess, not what was meant.
    const hit = (await client.dpgs.list({ q: words, pageSize: 1 })).items[0];
    const named = hit !== undefined && [hit.name, ...hit.aliases].some((name) => name.toLowerCase().includes(words));
    const suggestion = closest(id, ids) ?? (named ? hit.id : undefined);
    throw new UsageError(`No DPG with id "${id}".${didYouMean(suggestion)} List ids with dpg-kit dpgs --q TEXT.`);
  }
}

function registry(): RegistrySource | undefined {
  const src = values.registry;
  if (!src) return undefined;
  return registryArgSource(src);
}

async function validate(path: string | undefined): Promise<number> {
  if (!path) throw new UsageError('validate needs a file: dpg-kit validate <file>');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    console.error(`${path}: cannot read it as JSON: ${(error as Error).message}`);
    return 1;
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const kind = values.kind ?? (format === 'dpg-kit/cops' ? 'cops' : 'pilots');
  if (kind !== 'pilots' && kind !== 'cops') throw new UsageError(`--kind must be pilots or cops, not "${kind}"`);
  const result = kind === 'cops' ? validateCopsFile(raw) : validatePilotsFile(raw);
  const count = 'cops' in result ? result.cops.length : result.pilots.length;
  if (values.json) {
    console.log(JSON.stringify({ file: path, kind, valid: result.errors.length === 0, records: count, errors: result.errors }, null, 2));
  } else if (result.errors.length === 0) {
    console.log(`${path}: valid ${kind} file, ${count} records`);
  } else {
    console.error(`${path}: ${result.errors.length} problem(s); ${count} record(s) usable`);
    for (const error of result.errors) console.error(`  ${error.message}`);
  }
  return result.errors.length === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const [command, argument] = positionals;
  if (values.version) {
    console.log(packageVersion());
    return 0;
  }
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'validate') return validate(argument);
  const source = registry();
  const client = createClient(source ? { registry: source } : {});
  switch (command) {
    case 'dpgs': {
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000');
      const query: DpgQuery = {
        ...(values.q ? { q: values.q } : {}),
        ...(values.sdg ? { sdg: sdgNumbers(values.sdg) } : {}),
        ...(values.type ? { type: values.type as DpgQuery['type'] } : {}),
        ...(values.country ? { country: countryCodes(values.country) } : {}),
        ...(values.license ? { license: values.license } : {}),
        ...(values.stage ? { stage: values.stage as DpgQuery['stage'] } : {}),
        ...(values.sector ? { sector: values.sector } : {}),
        ...(values.sort ? { sort: values.sort as DpgQuery['sort'] } : {}),
        pageSize: limit,
      };
      const page = await client.dpgs.list(query);
      print(page, () =>
        [
          table(page.items, [
            { title: 'id', value: (d) => d.id, max: 28 },
            { title: 'name', value: (d) => d.name, max: 36 },
            { title: 'types', value: (d) => d.types.join(', '), max: 20 },
            { title: 'SDGs', value: (d) => d.sdgs.map((s) => s.goal).join(' '), max: 24 },
            { title: 'deployed in', value: (d) => String(deploymentCount(d) ?? 'not stated') },
          ]),
          `${page.items.length} of ${page.total} shown · ${page.meta.source}${page.meta.asOf ? `, as of ${page.meta.asOf}` : ''}`,
        ].join('\n'),
      );
      return 0;
    }
    case 'dpg': {
      if (!argument) throw new UsageError('dpg needs an id: dpg-kit dpg dhis2');
      const record = await knownDpg(client, argument);
      const deployed = deploymentCount(record);
      // A one-record page, the shape `dpgs --json` prints, so that it reads back with --registry.
      const page: Page<DigitalPublicGood> = { items: [record], total: 1, page: 1, pageSize: 1, pages: 1, meta: await client.meta() };
      print(page, () =>
        [
          `${record.name} (${record.id})`,
          record.description,
          `types: ${record.types.join(', ')}`,
          `SDGs: ${record.sdgs.map((s) => s.goal).join(', ')}`,
          `licences: ${record.licenses.map((l) => l.spdx ?? l.name).join(', ')}`,
          deployed === null ? 'deployed in: not stated in the registry' : `deployed in ${deployed} countries: ${record.countries.deployment.join(' ')}`,
          ...(record.countries.development.length > 0 ? [`developed in ${record.countries.development.length}: ${record.countries.development.join(' ')}`] : []),
          ...(record.deploymentOrganizations ? [`deployed with: ${record.deploymentOrganizations.join('; ')}`] : []),
          ...(record.website ? [`website: ${record.website}`] : []),
        ].join('\n'),
      );
      return 0;
    }
    case 'pilots': {
      const pilots = await client.pilots.list({
        ...(values.q ? { q: values.q } : {}),
        ...(values.country ? { country: countryCodes(values.country) } : {}),
        ...(values.dpg ? { dpg: values.dpg } : {}),
        ...(values.sector ? { sector: values.sector } : {}),
        ...(values.status ? { status: values.status as never } : {}),
      });
      print(pilots, () =>
        table(pilots, [
          { title: 'id', value: (p) => p.id, max: 32 },
          { title: 'title', value: (p) => p.title, max: 44 },
          { title: 'countries', value: (p) => p.countries.join(' '), max: 24 },
          { title: 'DPGs', value: (p) => p.dpgs.map((d) => d.id ?? `${d.name} (not in registry)`).join(', '), max: 48 },
          { title: 'status', value: (p) => p.status },
        ]),
      );
      return 0;
    }
    case 'cops': {
      const cops = await client.cops.list(values.status ? { status: values.status as never } : {});
      print(cops, () =>
        table(cops, [
          { title: 'priority area', value: (c) => c.priorityArea },
          { title: 'focus', value: (c) => c.focus ?? 'to be decided' },
          { title: 'status', value: (c) => c.status },
        ]),
      );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || isDpgError(error, 'invalid-query')) {
      console.error(`dpg-kit: ${error.message}\nRun dpg-kit --help to see the options.`);
      process.exitCode = 2;
    } else if (isDpgError(error)) {
      console.error(`dpg-kit: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(`dpg-kit: unexpected failure: ${(error as Error)?.stack ?? String(error)}`);
      process.exitCode = 1;
    }
  },
);
