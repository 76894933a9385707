// The web host's per-launch token arrives in the URL fragment (#token=…), which browsers never send to a
// server. Keep it for this tab only and take it out of the address bar so it is not bookmarked or shared.
const KEY = 'earshot.token';

export function takeToken(win: Window): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    try {
      win.sessionStorage.setItem(KEY, token);
    } catch {
      // Storage may be disabled; the token still works for this page's life.
    }
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return token;
  }
  try {
    return win.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}
