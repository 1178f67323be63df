/**
 * The sections of a `<dpg-card>`, one function each, so the element file keeps to data and state.
 * Everything from the data goes through text bindings; links only when http(s).
 */
import { countryCounts, type DigitalPublicGood, type DpgClient, type IndicatorKey, type Pilot } from '@dpg-kit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, sdgTitle, type Locale, type Messages } from '../base/i18n/index.js';
import { luminance, textOn } from '../base/sdg.js';
import type { SourceInfo } from '../base/source-info.js';
import { safeHref } from '../base/url.js';

/** What a section needs to speak the reader's language. */
export interface SectionContext {
  client: DpgClient;
  messages: Messages;
  locale: Locale;
  lang: string;
  /** Heading level of the card's sub-sections (the card's own level + 1). */
  subheadingLevel: number;
}

const INDICATOR_ORDER: IndicatorKey[] = [
  'ownership',
  'license',
  'platformIndependence',
  'documentation',
  'nonPII',
  'privacy',
  'standards',
  'doNoHarm',
];

export function sdgChips(dpg: DigitalPublicGood, ctx: SectionContext): TemplateResult | typeof nothing {
  if (dpg.sdgs.length === 0) return nothing;
  const chips = dpg.sdgs.map(({ goal }) => {
    const sdg = ctx.client.sdgs.get(goal);
    const colour = sdg && luminance(sdg.color) !== null ? sdg.color : undefined;
    // Set through the CSSOM (the `style` property), not a style attribute: a strict CSP
    // (`style-src 'self'`) refuses style attributes, even the ones a script writes.
    const swatch = colour ? `background: ${colour}; color: ${textOn(colour)}` : '';
    return html`<li part="sdg" class="sdg">
      <span class="sdg-number" .style=${swatch}>${formatNumber(goal, ctx.lang)}</span>
      <span class="sdg-title">${sdg ? sdgTitle(sdg, ctx.locale) : ''}</span>
    </li>`;
  });
  return html`<ul part="sdgs" class="sdgs" aria-label=${ctx.messages.card.sdgs}>${chips}</ul>`;
}

export function facts(dpg: DigitalPublicGood, ctx: SectionContext): TemplateResult {
  const { card } = ctx.messages;
  const types = dpg.types.map((type) => card.typeNames[type]).join(', ');
  const licenses = dpg.licenses.map((license) => license.spdx ?? license.name).join(', ');
  // One country count, deployment; development apart, and only when the registry gives it.
  const counts = countryCounts(dpg);
  const row = (label: string, value: string) =>
    value ? html`<div class="fact"><dt>${label}</dt><dd dir="auto">${value}</dd></div>` : nothing;
  return html`<dl part="facts" class="facts">
    ${row(card.types, types)} ${row(card.licenses, licenses)}
    ${row(card.deployedIn, counts.deployment === null ? card.notStated : formatNumber(counts.deployment, ctx.lang))}
    ${counts.development === null ? nothing : row(card.developedIn, formatNumber(counts.development, ctx.lang))}
  </dl>`;
}

/** The organisations the good is deployed with (full card), when the registry names any. */
export function deployedWith(dpg: DigitalPublicGood, ctx: SectionContext): TemplateResult | typeof nothing {
  const names = dpg.deploymentOrganizations ?? [];
  if (names.length === 0) return nothing;
  return html`<section part="deployed-with" class="section">
    ${subheading(ctx.messages.card.deployedWith, ctx)}
    <ul>
      ${names.map((name) => html`<li dir="auto">${name}</li>`)}
    </ul>
  </section>`;
}

export function links(dpg: DigitalPublicGood, ctx: SectionContext): TemplateResult | typeof nothing {
  const { card } = ctx.messages;
  const candidates: [string, string | undefined][] = [
    [card.website, safeHref(dpg.website)],
    [card.repository, safeHref(dpg.repositories[0]?.url)],
    [card.registryPage, safeHref(dpg.registryUrl)],
  ];
  const shown = candidates.filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (shown.length === 0) return nothing;
  return html`<ul part="links" class="links" aria-label=${card.links}>
    ${shown.map(([label, href]) => html`<li><a part="link" href=${href}>${label}</a></li>`)}
  </ul>`;
}

function subheading(text: string, ctx: SectionContext): TemplateResult {
  return html`<div class="subheading" role="heading" aria-level=${ctx.subheadingLevel}>${text}</div>`;
}

/** The DPG Standard answers, where the source has them (full records only). */
export function indicators(dpg: DigitalPublicGood, ctx: SectionContext): TemplateResult | typeof nothing {
  const answered = INDICATOR_ORDER.filter((key) => dpg.indicators?.[key]);
  if (answered.length === 0) return nothing;
  const { card } = ctx.messages;
  const items = answered.map((key) => {
    const met = dpg.indicators![key]!.met;
    const [status, label, mark] =
      met === true ? ['met', card.indicatorMet.met, '✓'] : met === false ? ['not-met', card.indicatorMet.notMet, '✗'] : ['unclear', card.indicatorMet.unclear, '?'];
    return html`<li class="indicator">
      <span class="indicator-name">${card.indicatorNames[key]}</span>
      <span class="indicator-status ${status}"><span aria-hidden="true">${mark}</span> ${label}</span>
    </li>`;
  });
  return html`<section part="indicators" class="section">
    ${subheading(card.indicators, ctx)}
    <ul class="indicator-list">${items}</ul>
  </section>`;
}

/** The pathfinder pilots that use the good; `null` when they could not be loaded. */
export function pilots(list: Pilot[] | null, ctx: SectionContext): TemplateResult {
  const { card } = ctx.messages;
  let body: TemplateResult;
  if (list === null) body = html`<p class="message">${card.pilotsUnavailable}</p>`;
  else if (list.length === 0) body = html`<p class="message">${card.noPilots}</p>`;
  else {
    body = html`<ul class="pilot-list">
      ${list.map((pilot) => {
        const countries = pilot.countries.map((code) => ctx.client.countries.name(code, ctx.locale)).join(', ');
        const details = [card.pilotStatus[pilot.status], countries, pilot.announced ? formatDate(pilot.announced, ctx.lang) : '']
          .filter(Boolean)
          .join(' · ');
        return html`<li part="pilot" class="pilot">
          <span class="pilot-title" dir="auto">${pilot.title}</span>
          <span class="pilot-details" dir="auto">${details}</span>
        </li>`;
      })}
    </ul>`;
  }
  return html`<section part="pilots" class="section">${subheading(card.pilots, ctx)} ${body}</section>`;
}

/**
 * Where the data comes from. A full card ends with a muted line naming the source and its date;
 * a compact one shows none, as a grid of cards would repeat it. Any card on a fallback that is
 * serving the snapshot (the live registry failed) shows one calm line saying so instead.
 */
export function sourceNote(info: SourceInfo | undefined, full: boolean, ctx: SectionContext): TemplateResult | typeof nothing {
  if (!info) return nothing;
  const { source } = ctx.messages;
  if (info.stale) return html`<p part="stale" class="stale" role="status">${source.stale(info.date)}</p>`;
  if (!full) return nothing;
  const text = info.snapshot ? source.snapshot(info.date) : source.other(info.name, info.date);
  return html`<p part="source" class="source">${text}</p>`;
}
