import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';

vi.mock('electron', () => import('./fake-electron'));

import { FakeWebContents, fakeEvent, fakeSession } from './fake-electron';
import { spyLog } from './fake-core';
import {
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAppUrl,
  isSafeExternalUrl,
  withCsp,
} from '../../electron/main/security';

const APP = 'file:///opt/earshot/out/renderer/index.html';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/a?b=c', 'http://news.example.org/', 'mailto:lead@example.com?subject=Hi'])(
    'allows %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ms-settings:privacy',
    'smb://host/share',
    'earshot://open',
    'chrome://settings',
    'about:blank',
    'http:',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
  it('refuses what is not a string', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.com' })).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app file, with or without query and fragment', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/brief`, APP)).toBe(true);
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(true);
  });
  it('refuses other files and other schemes', () => {
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('file:///opt/earshot/out/renderer/other.html', APP)).toBe(false);
    expect(isAppUrl('https://example.com/', APP)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', APP)).toBe(false);
    expect(isAppUrl('garbage', APP)).toBe(false);
  });
  it('compares origins for the dev server', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/some/route?q=1', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://evil.example/', dev)).toBe(false);
    expect(isAppUrl(APP, dev)).toBe(false);
  });
});

describe('CSP', () => {
  it('is the strict policy the renderer also declares', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https: http:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY.match(/script-src[^;]*/)?.[0]).toBe("script-src 'self'");
  });
  it('replaces a policy the response brought and keeps other headers', () => {
    const headers = withCsp({ 'content-security-policy': ["default-src *"], 'Content-Type': 'text/html' });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('hardenSession', () => {
  let session: ReturnType<typeof fakeSession>;
  beforeEach(() => {
    session = fakeSession();
    hardenSession(session as unknown as Session, spyLog());
  });
  it('sets the CSP header on responses', () => {
    const callback = vi.fn();
    session.onHeadersReceived?.({ url: APP, responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheck?.({}, 'media')).toBe(false);
  });
});

describe('hardenContents', () => {
  let contents: FakeWebContents;
  let openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  beforeEach(() => {
    contents = new FakeWebContents();
    openExternal = vi.fn(async (_url: string) => {});
    hardenContents(contents as unknown as WebContents, APP, openExternal, spyLog());
  });

  it('lets the app navigate within its own page', () => {
    const event = fakeEvent({ url: `${APP}#/sources` });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation to other origins and hands web links to the browser', () => {
    const event = fakeEvent({ url: 'https://example.com/thread/1' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/thread/1');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'ms-settings:x'])(
    'prevents navigation to %s without opening it anywhere',
    (url) => {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('prevents redirects away from the app', () => {
    const event = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open and passes only http, https and mailto to the system', () => {
    const handler = contents.windowOpenHandler!;
    for (const url of ['https://example.com/', 'http://example.com/', 'mailto:a@example.com']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'earshot://x', 'ssh://host', APP]) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map(([u]) => u)).toEqual([
      'https://example.com/',
      'http://example.com/',
      'mailto:a@example.com',
    ]);
  });

  it('blocks webview attachment', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('survives a failing openExternal', async () => {
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});
