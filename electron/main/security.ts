// The desktop shell's security policy: what the renderer may load, where it may go, what it may ask for.
// The decisions are pure functions (tested directly); the rest only wires them to Electron's hooks.
import type { Session, WebContents } from 'electron';
import type { Log } from '../core/log';

/** Kept identical to the renderer's <meta http-equiv="Content-Security-Policy"> so both layers agree. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the charts set inline style attributes; scripts stay 'self' only.
  "style-src 'self' 'unsafe-inline'",
  // Conversations show pictures from the sites they come from.
  "img-src 'self' data: https: http:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for web pages and e-mail addresses, the things we hand to the user's own browser or mail app. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return true;
  // A web address must name a host; "http:foo" style oddities are refused.
  return parsed.hostname.length > 0;
}

/**
 * True when `url` is the app's own page: the same file for a packaged build (query and fragment may differ),
 * the same origin for the development server.
 */
export function isAppUrl(url: unknown, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return target.origin === app.origin;
}

type HeaderMap = Record<string, string | string[]>;

/** The response headers with our policy in place of any the response carried. */
export function withCsp(headers: HeaderMap | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Session-wide rules: the CSP header on every response, and no permission (camera, location, …) ever granted. */
export function hardenSession(session: Session, log: Log): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Refused a permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

export type OpenExternal = (url: string) => Promise<void>;

/** Per-page rules: stay on the app's page, open links outside, never attach a <webview>. */
export function hardenContents(contents: WebContents, appUrl: string, openExternal: OpenExternal, log: Log): void {
  const leaveApp = (url: string): void => {
    if (isSafeExternalUrl(url)) {
      openExternal(url).catch((error: unknown) => log.warn('Could not open a link outside the app', error));
    } else {
      log.warn(`Refused to open ${url.slice(0, 200)}`);
    }
  };
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    leaveApp(url);
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    leaveApp(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    log.warn('Refused to attach a webview');
    event.preventDefault();
  });
}
