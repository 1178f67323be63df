// The SDK from Node: the education DPGs (SDG 4, Quality Education) deployed in one country.
//
//   npm run build                        # once, builds packages/sdk/dist
//   node examples/node-sdk.mjs           # Kenya
//   node examples/node-sdk.mjs RW        # any ISO 3166-1 alpha-2 code
//
// It reads the registry snapshot embedded in @dpg-kit/sdk: no network needed.
import { createClient } from '@dpg-kit/sdk';

const code = (process.argv[2] ?? 'KE').toUpperCase();
const client = createClient();
const country = client.countries.get(code);
if (!country) {
  console.error(`"${code}" is not an ISO 3166-1 alpha-2 country code (try KE, RW or IN).`);
  process.exit(2);
}

// `country` matches deployment or development countries; keep the deployments only.
const { items, meta } = await client.dpgs.list({ sdg: 4, country: code, sort: 'name', pageSize: 1000 });
const deployed = items.filter((dpg) => dpg.countries.deployment.includes(code));

console.log(`Education DPGs (SDG 4) deployed in ${country.name} (${code}):`);
for (const dpg of deployed) console.log(`- ${dpg.name}${dpg.website ? ` <${dpg.website}>` : ''}`);
console.log(`${deployed.length} ${deployed.length === 1 ? 'good' : 'goods'}; source: ${meta.source}${meta.asOf ? `, as of ${meta.asOf}` : ''}.`);
