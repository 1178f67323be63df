/**
 * `<dpg-provider>`: one client for every dpg-kit element inside it.
 */
import { provide } from '@lit/context';
import { createClient, fallback, hostedSource, httpSource, snapshotSource, type ClientOptions, type DpgClient, type RegistrySource } from '@dpg-kit/sdk';
import { css, html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientContext } from '../base/context.js';
import { VERSION } from '../base/version.js';

/**
 * Gives every dpg-kit element inside it one client: one set of sources, loaded once and
 * shared. Without a provider each element uses the embedded snapshot.
 *
 * Its `lang` attribute is an ordinary HTML `lang`: the elements inside follow it like any
 * ancestor's. It renders nothing of its own (`display: contents`).
 *
 * @tagname dpg-provider
 * @summary One data client (sources, language) for the elements inside.
 *
 * @slot - The elements that use the client.
 */
export class DpgProvider extends LitElement {
  /** Read by the guarded `define()` to tell two copies of dpg-kit apart. @internal */
  static readonly version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * Where the registry is. A folder (a URL ending in `/`) or its `manifest.json` is a hosted
   * registry written by `dpg-kit snapshot`: each element then reads only the files it shows (a
   * card its DPG's file, a list the index). Any other URL is one registry file in any shape the
   * SDK reads (registry API, legacy export, dpg-kit JSON).
   */
  @property({ attribute: 'registry-src' }) registrySrc = '';

  /** URL of a `dpg-kit/pilots` file; its pilots join the built-in ones. */
  @property({ attribute: 'pilots-src' }) pilotsSrc = '';

  /** URL of a `dpg-kit/cops` file; its Communities of Practice join the built-in ones. */
  @property({ attribute: 'cops-src' }) copsSrc = '';

  /** With `registry-src`: serve the embedded snapshot when that URL fails (and say so in `meta()`). */
  @property({ type: Boolean }) fallback = false;

  /**
   * A client you made yourself with `createClient()`, to share it with the elements inside
   * (the source attributes are then ignored). Unset, the provider builds one from them.
   */
  @property({ attribute: false }) client?: DpgClient;

  /** What the elements inside receive. */
  @provide({ context: clientContext })
  @state()
  private provided?: DpgClient;

  override connectedCallback(): void {
    super.connectedCallback();
    // Provide before the first render: children connecting now must not fall back to the default.
    this.provided ??= this.client ?? this.buildClient();
  }

  protected override willUpdate(): void {
    this.provided = this.client ?? this.buildClient();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** The client built from the attributes, kept while they stay the same. */
  private built?: { key: string; client: DpgClient };

  private buildClient(): DpgClient {
    const key = JSON.stringify([this.registrySrc, this.pilotsSrc, this.copsSrc, this.fallback]);
    if (this.built?.key === key) return this.built.client;
    const options: ClientOptions = {};
    if (this.registrySrc) {
      const live = registrySource(this.registrySrc);
      options.registry = this.fallback ? fallback(live, snapshotSource()) : live;
    }
    if (this.pilotsSrc) options.pilots = this.pilotsSrc;
    if (this.copsSrc) options.cops = this.copsSrc;
    this.built = { key, client: createClient(options) };
    return this.built.client;
  }
}

/** True when `src` names a hosted registry: a folder, or the folder's `manifest.json`. */
export function isHostedRegistry(src: string): boolean {
  const path = src.replace(/[?#].*$/s, '');
  return path.endsWith('/') || /(^|\/)manifest\.json$/i.test(path);
}

function registrySource(src: string): RegistrySource {
  return isHostedRegistry(src) ? hostedSource(src) : httpSource(src);
}
