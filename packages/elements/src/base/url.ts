/**
 * Only http(s) URLs become links. The SDK already drops other schemes; elements check again
 * because a `.dpg` property may come straight from a partner's code (defence in depth).
 */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
