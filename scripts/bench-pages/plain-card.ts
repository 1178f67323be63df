// The floor under the one-card page: the same card text as static HTML, no script, no request
// beyond the page itself. What a visitor waits for here is the network alone, so the bench can
// say how much of the card's time is the element's and how much the connection's.
//
// Written at run time from the SDK's own record, so its text cannot drift from the snapshot.
import type { DigitalPublicGood } from '../../packages/sdk/src/model.js';
import type { Sdg } from '../../packages/sdk/src/client-types.js';

const STAGES: Record<DigitalPublicGood['stage'], string> = { dpg: 'Digital Public Good', nominee: 'Nominee' };

/** Text as HTML text: every character that could start markup is escaped. */
function text(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Only http(s) links; anything else is left out, as the element does. */
function href(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? text(url) : undefined;
}

/**
 * The compact card's text (name, stage, description, SDGs, types, licences, country count,
 * links) as one static page. The name carries `data-bench="name"`, which the bench waits for.
 */
export function plainCardPage(dpg: DigitalPublicGood, sdgTitle: (goal: number) => Sdg | undefined): string {
  const registry = href(dpg.registryUrl);
  const name = registry ? `<a data-bench="name" href="${registry}">${text(dpg.name)}</a>` : `<span data-bench="name">${text(dpg.name)}</span>`;
  const sdgs = dpg.sdgs.map(({ goal }) => `<li>${goal} ${text(sdgTitle(goal)?.title ?? '')}</li>`).join('');
  const countries = new Set([...dpg.countries.deployment, ...dpg.countries.development]).size;
  const links = [
    ['Website', href(dpg.website)],
    ['Source code', href(dpg.repositories[0]?.url)],
    ['Registry page', registry],
  ]
    .filter(([, url]) => url)
    .map(([label, url]) => `<li><a href="${url}">${label}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>One DPG card, as plain HTML</title>
  </head>
  <body>
    <h1>One DPG card</h1>
    <p>The same card as static HTML, with no script: the floor set by the network.</p>
    <article>
      <h3>${name}</h3>
      <p>${STAGES[dpg.stage]}</p>
      <p>${text(dpg.description)}</p>
      <ul aria-label="Sustainable Development Goals">${sdgs}</ul>
      <dl>
        <dt>Type</dt><dd>${text(dpg.types.join(', '))}</dd>
        <dt>Licence</dt><dd>${text(dpg.licenses.map((license) => license.spdx ?? license.name).join(', '))}</dd>
        <dt>Countries</dt><dd>${countries}</dd>
      </dl>
      <ul aria-label="Links">${links}</ul>
    </article>
  </body>
</html>
`;
}
