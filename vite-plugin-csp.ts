import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy: everything from the app's own origin; blob: for the worker scripts
 * tfjs's threaded WASM starts and for recorded clips and exports; data: for images only; WASM
 * compiled from the app's own files ('wasm-unsafe-eval' allows compiling, not eval). No other
 * origin can be reached, so no video or keypoint can leave the device through the page.
 */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'self'", 'blob:', 'mediastream:'],
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The dev server injects styles and React's refresh preamble inline and talks to its page over a websocket. */
const DEV_EXTRA: Record<string, string[]> = { 'script-src': ["'unsafe-inline'"], 'style-src': ["'unsafe-inline'"], 'connect-src': ['ws:'] };

function policy(extra: Record<string, string[]> = {}, headerOnly = false): string {
  const parts = Object.entries(DIRECTIVES).map(([name, sources]) => `${name} ${[...sources, ...(extra[name] ?? [])].join(' ')}`);
  // Only a header can forbid framing; a meta tag ignores frame-ancestors.
  if (headerOnly) parts.push("frame-ancestors 'none'");
  return parts.join('; ');
}

export const CSP = { production: policy(), header: policy({}, true), dev: policy(DEV_EXTRA, true) };

/** Serves the policy as a header from the dev and preview servers, and puts it in the built page's meta tag for static hosting. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CSP.dev);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CSP.header);
        next();
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(_html, ctx) {
        if (ctx.server) return [];
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP.production }, injectTo: 'head-prepend' }];
      },
    },
  };
}
