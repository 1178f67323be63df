/**
 * @dpg-kit/sdk — a typed client over the DPG Registry, pathfinder pilots and Communities of
 * Practice. Start with `createClient()`; everything else is for those who need a part of it.
 */
export { createClient, getDefaultClient, configureDefaultClient, type ClientOptions } from './client.js';
export type { DpgClient, DpgApi, PilotApi, CopApi, PilotQuery, PilotCountry, Sdg, Country } from './client-types.js';
export type * from './model.js';
export type { Issue, IssueProblem } from './issues.js';
export { DpgError, isDpgError, type DpgErrorCode } from './errors.js';
export type { DpgQuery, DpgSort, DpgFacets, FacetCount, OneOrMany, Page } from './query/types.js';

export type { RegistrySource, RegistryData, LoadOptions, LoadOneOptions, DetailLevel } from './sources/source.js';
export { snapshotSource } from './sources/snapshot.js';
export { httpSource, type HttpSourceOptions } from './sources/http.js';
export { bundledSource, hostedSource, hostedBaseUrl } from './sources/hosted.js';
export type { HostedManifest, HostedIndex, HostedDetails } from './hosted/layout.js';
export { fallback } from './sources/fallback.js';
export { fetchJson, clearHttpCache, type FetchJsonOptions, type JsonResponse } from './sources/fetch-json.js';

export { adaptAny, detectShape } from './adapters/detect.js';
export { validatePilotsFile, validateCopsFile, type ValidationError } from './pilots/validate.js';
export type { PilotDataOptions, MergeMode } from './pilots/source.js';
export { SDG_LIST, sdgInfo } from './normalize/sdg-info.js';
export { safeHttpUrl } from './normalize/url.js';
export { countryCounts, deploymentCount, type CountryCounts } from './country-count.js';
