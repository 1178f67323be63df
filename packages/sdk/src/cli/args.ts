/**
 * The command line's options, read into plain values. Every mistake becomes a `UsageError`
 * (exit 2) with a message a person can act on, never the parser's own text.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CountryCode, SdgNumber } from '../model.js';
import { isCountryCode } from '../normalize/country-codes.js';
import { toAlpha2 } from '../normalize/country-names.js';
import { closest, didYouMean } from './suggest.js';

/** Wrong usage: the message says what to change; the CLI exits with 2. */
export class UsageError extends Error {}

const OPTIONS = {
  q: { type: 'string' },
  sdg: { type: 'string', multiple: true },
  type: { type: 'string', multiple: true },
  country: { type: 'string', multiple: true },
  license: { type: 'string', multiple: true },
  stage: { type: 'string', multiple: true },
  sector: { type: 'string', multiple: true },
  sort: { type: 'string' },
  limit: { type: 'string' },
  dpg: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  kind: { type: 'string' },
  registry: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

const OPTION_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);
// Node's parser names the option in quotes: "Unknown option '--contry'", "Option '--q <value>' argument missing".
const QUOTED_OPTION = /'(-{1,2}[^'\s]*)/;

/** Reads `argv` (without node and the script); a mistake throws a `UsageError`. */
export function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = QUOTED_OPTION.exec((error as Error).message)?.[1] ?? 'an option';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Unknown option ${option}.${didYouMean(closest(option, OPTION_NAMES))}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const takesNone = (error as Error).message.includes('does not take');
      throw new UsageError(takesNone ? `Option ${option} takes no value.` : `Option ${option} needs a value.`);
    }
    throw new UsageError('The options could not be read.');
  }
}

/**
 * Country options as ISO 3166-1 alpha-2 codes (any case). Anything else, a country's name or
 * alpha-3 code included, is a `UsageError` that suggests the code when one fits.
 */
export function countryCodes(values: readonly string[]): CountryCode[] {
  return values.map((value) => {
    const upper = value.trim().toUpperCase();
    if (upper.length === 2 && isCountryCode(upper)) return upper as CountryCode;
    const code = toAlpha2(value);
    throw new UsageError(`--country ${value} is not an ISO 3166-1 alpha-2 country code (such as KE or RW).${didYouMean(code ?? undefined)}`);
  });
}

/** SDG options as goal numbers, 1 to 17; anything else is a `UsageError`. */
export function sdgNumbers(values: readonly string[]): SdgNumber[] {
  return values.map((value) => {
    const goal = Number(value.trim().replace(/^sdg\s*/i, ''));
    if (Number.isInteger(goal) && goal >= 1 && goal <= 17) return goal as SdgNumber;
    throw new UsageError(`--sdg ${value} is not a Sustainable Development Goal: give a number from 1 to 17.`);
  });
}

/** The version of @dpg-kit/sdk this command line belongs to. */
export function packageVersion(): string {
  // src/cli/ and dist/cli/ are both two folders below the package's own package.json.
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
