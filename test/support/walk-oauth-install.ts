/** The install flow walked the way a browser walks it: the install page sets a state cookie, Slack redirects back. */

/** GET /slack/install on `base`: the page, and the state Bolt put in the cookie it sets. */
export async function beginInstall(base: string): Promise<{ state: string; cookie: string; page: Response }> {
  const page = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { state: cookie.split('=')[1] ?? '', cookie, page };
}

/** The callback Slack redirects the browser to after consent, with the browser's cookie when it has one. */
export function oauthCallback(base: string, query: Record<string, string>, cookie?: string): Promise<Response> {
  return fetch(`${base}/slack/oauth_redirect?${new URLSearchParams(query)}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
}
