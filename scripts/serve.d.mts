import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ServeOptions {
  /** Port to listen on; 0 picks a free one. Default: $PORT or 8000. */
  port?: number;
  /** Interface to listen on. Default: 127.0.0.1. */
  host?: string;
  /** Headers sent with every file. */
  headers?: Record<string, string>;
  /** Extra headers for one request path, e.g. a Content-Security-Policy for one page. */
  headersFor?: (pathname: string) => Record<string, string>;
  /** Extra `[url prefix, folder]` mounts, tried before `/cdn/`, `/react/` and `/`. */
  mounts?: Array<[string, string]>;
  /** Paths answered by a function instead of a file, tried before every mount. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  /** Compress every file with gzip (each once for the server's life), as a CDN would. Default: false. */
  gzip?: boolean;
}

/** Serves examples/ at `/`, dist/cdn at `/cdn/` and the built React example at `/react/`. */
export declare function serve(options?: ServeOptions): Promise<Server>;

/** The strict Content Security Policy of examples/strict-csp.html. */
export declare const STRICT_CSP: string;

/** Extra headers of the example pages (the strict policy, for the strict page and the React example), for `headersFor`. */
export declare function exampleHeaders(pathname: string): Record<string, string>;
