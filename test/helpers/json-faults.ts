import { json, type Route } from './fault-server.js';

/**
 * The misbehaving answers every JSON reader of the SDK is tested against: a retried 500, a
 * dropped connection, a server that is always down or busy (503 with Retry-After), a 404, an
 * HTML page, truncated JSON, a server that never answers or drips bytes forever, a body over
 * a small size limit, and one that arrives slowly enough to be aborted in the middle.
 */
export function jsonFaultRoutes(): Record<string, Route> {
  return {
    '/flaky': (req, res, hit) => (hit === 1 ? res.writeHead(500).end('boom') : json([1, 2])(req, res, hit)),
    '/dropped': (req, res, hit) => (hit === 1 ? req.socket.destroy() : json({ again: true })(req, res, hit)),
    '/down': (_req, res) => res.writeHead(500).end('always'),
    '/busy': (req, res, hit) => (hit === 1 ? res.writeHead(503, { 'retry-after': '1' }).end() : json({ ok: true })(req, res, hit)),
    '/html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Login</p>'),
    '/truncated': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"dpgs": [{"name": "DH'),
    '/hang': () => {},
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/big': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(5000)}"`),
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[1,');
      setTimeout(() => res.end('2]'), 300);
    },
  };
}
