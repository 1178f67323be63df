// Finds the Chromium the browser tests and benchmarks drive: CHROME_PATH first, then Debian's
// package, and launches it for them. On a Debian machine where we run as root and none is
// installed, `ensureChromium()` installs Debian's `chromium` itself, so the README's `npm test`
// needs no step before it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep headless Chromium quiet on a machine without outside network, running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Path of a Chromium binary, or null when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.';

/**
 * Path of a Chromium binary for a test runner's config; without one, prints the instruction and
 * ends the process (a config has no better way to stop its runner).
 */
export function chromiumOrExit() {
  const found = findChromium();
  if (found) return found;
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/**
 * Launches headless Chromium through playwright-core with CHROMIUM_ARGS; throws the instruction
 * when none is installed. playwright-core is loaded only here, so the other exports stay cheap.
 */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** True where Debian's package can be installed here without asking anyone: root, apt-get, Debian. */
function canInstallDebianChromium() {
  if (process.env.CHROME_PATH) return false; // the developer chose a browser; never override it
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  if (!existsSync('/etc/debian_version')) return false;
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/**
 * Path of a Chromium binary, installing Debian's `chromium` first when none is found and this
 * machine allows it. Returns null (after printing why) when there is still none.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canInstallDebianChromium()) {
    console.error(NO_CHROMIUM_MESSAGE);
    return null;
  }
  console.log("No Chromium found: installing Debian's chromium package (apt-get, about a minute).");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium >/dev/null'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  const installed = install.status === 0 ? findChromium() : null;
  if (!installed) console.error(`Installing chromium failed (exit ${install.status}). ${NO_CHROMIUM_MESSAGE}`);
  return installed;
}
