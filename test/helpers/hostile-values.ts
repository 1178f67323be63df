/**
 * The hostile values the generator in hostile.ts spoils records with: markup and script payloads,
 * unsafe URLs, bad SDGs and countries, wrong types, huge values and prototype-polluting keys, and
 * the seeded random source that picks among them. Every payload that could run calls the
 * tripwire, `__pwned()`.
 */
/** Calls to this global mean injected code ran. */
export const TRIPWIRE = '__pwned';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A source of numbers in [0, 1), as `seeded()` returns. */
export type Random = () => number;
/** One item of `list`, chosen by `random`. */
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Strings that are markup, script or look-alike tricks; any that ran would call the tripwire. */
export const HOSTILE_STRINGS: readonly string[] = [
  `<script>${TRIPWIRE}()</script>`,
  `<img src=x onerror="${TRIPWIRE}()">`,
  `"><svg onload=${TRIPWIRE}()>`,
  `'><iframe srcdoc="<script>parent.${TRIPWIRE}()</script>">`,
  `&lt;script&gt;${TRIPWIRE}()&lt;/script&gt;`,
  `&amp;lt;img src=x onerror=${TRIPWIRE}()&amp;gt;`,
  `<a href="javascript:${TRIPWIRE}()">click</a>`,
  `\${${TRIPWIRE}()}`,
  `{{constructor.constructor('${TRIPWIRE}()')()}}`,
  '\u202eevil.exe\u202c reversed',
  'in\u2066vis\u2069ible \u200bzero\u200cwidth\u200djoin\ufeff',
  'lone high \ud800 surrogate',
  'lone low \udfff surrogate',
  '\udc00\ud800 reversed pair',
  'nul\u0000 and bell\u0007 and escape\u001b',
  'Contact jane.doe@example.org or +1 555 0100',
  'mailto:someone@example.org',
  '   ',
  '',
  'N/A',
  'null',
  '[""]',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** URLs that must never become links, in every spelling seen in the wild or in attacks. */
export const UNSAFE_URLS: readonly string[] = [
  `javascript:${TRIPWIRE}()`,
  `JaVaScRiPt:${TRIPWIRE}()`,
  `  javascript:${TRIPWIRE}()`,
  `java\tscript:${TRIPWIRE}()`,
  `java\nscript:${TRIPWIRE}()`,
  `\u0000javascript:${TRIPWIRE}()`,
  `\u200bjavascript:${TRIPWIRE}()`,
  `javascript&colon;${TRIPWIRE}()`,
  `&#106;avascript:${TRIPWIRE}()`,
  `&#x6A;&#x61;vascript:${TRIPWIRE}()`,
  `javascript://example.org/%0a${TRIPWIRE}()`,
  `data:text/html,<script>${TRIPWIRE}()</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCk8L3NjcmlwdD4=`,
  ` data:image/svg+xml,<svg onload=${TRIPWIRE}()>`,
  'vbscript:msgbox(1)',
  'VBScript:MsgBox(1)',
  '\tvbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0b0e1c2d',
  'about:blank',
  'ftp://example.org/file',
  '//evil.example/protocol-relative',
  'http://',
  'https://',
  `Documentation - javascript:${TRIPWIRE}()`,
  `https://ok.example.org, javascript:${TRIPWIRE}()`,
  'https://exa\u202emple.org/',
  'https://user:secret@example.org/',
];

/** Values given where an SDG is expected: numbers out of range, strings, fractions, wrong types. */
export const HOSTILE_SDGS: readonly unknown[] = [0, 18, '4', 4.5, -1, 17.0001, 1e308, 'SDG4', 'SDG18: Nothing', 'SDG0', '4.0', '', null, true, [4], { goal: 4 }, '\u0664'];

/** Values given where a country is expected. */
export const HOSTILE_COUNTRIES: readonly unknown[] = [
  'Narnia', 'Atlantis', 'XX', 'ZZ', 'Global', 'Africa', 'ke', 'KEN', '404', 'Kenya\u202e', 'K\u200benya',
  '__proto__', 'constructor', 'toString', 'Kenya, Narnia', '', 42, null, { name: 'Kenya' },
];

/** Wrong types, for any field. Big ones are built on demand (see `big`). */
export const WRONG_TYPES: readonly unknown[] = [null, 0, -1, 1.5, true, false, [], {}, [null], [[[]]], [1, 'two', { three: 3 }], 'a string where a list belongs'];

/** The large values: a 1 MB string, a 10,000-element array, 1,000 levels of nesting. */
export type BigKind = 'megabyte-string' | 'long-array' | 'deep-nesting' | 'megabyte-array';

/** One large value of `kind`, built around a hostile string where one fits. */
export function big(kind: BigKind, random: Random): unknown {
  switch (kind) {
    case 'megabyte-string':
      return `${pick(random, HOSTILE_STRINGS)} ${'A'.repeat(1024 * 1024)}`;
    case 'long-array':
      return Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? pick(random, HOSTILE_STRINGS) : i % 3 === 1 ? pick(random, UNSAFE_URLS) : i));
    case 'megabyte-array':
      return ['x'.repeat(512 * 1024), `${'y'.repeat(512 * 1024)}@example.org`];
    case 'deep-nesting': {
      let value: unknown = pick(random, HOSTILE_STRINGS);
      for (let depth = 0; depth < 1000; depth++) value = depth % 2 === 0 ? [value] : { nested: value };
      return value;
    }
  }
}

/** An object that carries `__proto__`, `constructor` and `prototype` as its own data keys, as JSON.parse makes them. */
export function pollutingObject(): Record<string, unknown> {
  return JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}') as Record<string, unknown>;
}
