// `npm run audit`: the published packages' runtime dependencies (`npm audit --omit=dev`) must
// have no high or critical advisory.
//
// Exit codes: 0 none found; 1 a high or critical advisory (listed); 3 the audit could not be
// run (no network, or a registry or mirror without the audit endpoint): it prints
// "audit unavailable: <reason>" rather than passing in silence.
import { spawnSync } from 'node:child_process';

const UNAVAILABLE = 3;
const BLOCKING = ['high', 'critical'];

function unavailable(reason) {
  console.log(`audit unavailable: ${reason}`);
  process.exit(UNAVAILABLE);
}

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
if (result.error) unavailable(result.error.code === 'ETIMEDOUT' ? 'npm audit did not finish within 120 s' : result.error.message);

let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  unavailable(`npm audit gave no report (exit ${result.status}): ${(result.stderr || result.stdout).trim().split('\n').at(-1) ?? ''}`);
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  // npm reports a failed request to the audit endpoint as JSON too: a message and a status.
  const reason = report?.message ?? report?.error?.summary ?? `npm audit exited ${result.status}`;
  unavailable(String(reason));
}

const summary = Object.entries(counts)
  .filter(([level]) => level !== 'total')
  .map(([level, n]) => `${n} ${level}`)
  .join(', ');
const blocking = Object.values(report.vulnerabilities ?? {}).filter((entry) => BLOCKING.includes(entry.severity));
if (blocking.length > 0) {
  console.log(`audit: ${summary} in runtime dependencies. High or critical:`);
  for (const entry of blocking) console.log(`  ${entry.severity.padEnd(8)} ${entry.name} ${entry.range ?? ''}${entry.fixAvailable ? ' (a fix is available)' : ''}`);
  process.exit(1);
}
console.log(`audit: no high or critical advisory in runtime dependencies (${summary || 'none at all'}).`);
