/**
 * @dpg-kit/sdk/node — what only Node runs: writing a registry in the hosted layout that
 * `hostedSource` and `<dpg-provider registry-src>` read, and reading a registry dump or API for
 * it. Browser code imports `@dpg-kit/sdk`, never this.
 */
export { writeHostedRegistry, type HostedRegistryInput, type HostedWriteResult } from './hosted/write.js';
export { readRegistryInput, type ReadRegistryOptions } from './hosted/read-input.js';
export { readEmbeddedSnapshot } from './hosted/embedded.js';
export { HOSTED_FILES, HOSTED_FORMAT, HOSTED_VERSION, recordFileName, type HostedManifest, type HostedIndex, type HostedDetails } from './hosted/layout.js';
export { fileSource, registryArgSource } from './sources/registry-arg.js';
