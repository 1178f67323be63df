import type { Browser } from 'playwright-core';

/** Flags that keep headless Chromium quiet on a machine without outside network, running as root. */
export declare const CHROMIUM_ARGS: string[];
/** Path of a Chromium binary (CHROME_PATH first, then Debian's), or null when none is installed. */
export declare function findChromium(): string | null;
/** The one-line message shown when no Chromium is found. */
export declare const NO_CHROMIUM_MESSAGE: string;
/** Like findChromium, but installs Debian's chromium first where it may (root, Debian, apt-get). */
export declare function ensureChromium(): string | null;
/** Like findChromium, but prints the instruction and ends the process when there is none (for runner configs). */
export declare function chromiumOrExit(): string;
/** Headless Chromium (CHROME_PATH, else Debian's) with CHROMIUM_ARGS; rejects with the instruction when there is none. */
export declare function launchChromium(): Promise<Browser>;
