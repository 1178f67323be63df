/**
 * Keeps `<dpg-registry>`'s search, filters and sort in the page's URL when `sync-url` is set:
 * on connection the URL's parameters (or, without any, the attributes' presets) win; each
 * change by the reader writes the URL; Back and Forward restore what the URL then says.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fromParams, isFiltered, sameState, urlWith, type RegistryState } from './registry-state.js';

/** The element's side: its two URL attributes. */
export interface UrlSyncHost extends ReactiveControllerHost {
  syncUrl: boolean;
  urlPrefix: string;
}

export interface UrlSyncOptions {
  /** The state the element shows now. */
  read: () => RegistryState;
  /** Shows `next` (sets the element's properties). */
  apply: (next: RegistryState) => void;
}

export class RegistryUrlController implements ReactiveController {
  /** The attributes' state, restored when the URL no longer says anything. */
  private presets: RegistryState | undefined;

  constructor(
    private readonly host: UrlSyncHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.presets ??= this.options.read();
    if (!this.host.syncUrl) return;
    window.addEventListener('popstate', this.onPopState);
    this.options.apply(this.fromUrl());
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** After a change by the reader: writes the URL, as a new history entry unless `replace`. */
  write(current: RegistryState, replace: boolean): void {
    if (!this.host.syncUrl) return;
    const presets = this.presets!;
    const url = urlWith(location.href, current, this.host.urlPrefix, isFiltered(presets) || presets.sort !== 'relevance');
    if (url === location.href) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** What the URL says, or the presets when it says nothing. */
  private fromUrl(): RegistryState {
    return fromParams(new URLSearchParams(location.search), this.host.urlPrefix) ?? this.presets!;
  }

  private readonly onPopState = (): void => {
    const next = this.fromUrl();
    if (!sameState(next, this.options.read())) this.options.apply(next);
  };
}
