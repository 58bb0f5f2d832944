/**
 * Hostile text for the fuzz tests, and this test suite's own patterns for what must never come out of
 * it (never the app's escape function): a Slack string with a `<` that is not one of the app's links,
 * or a bare `&`; terminal text with a control character.
 */
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';

/** Control sequences and formatting a person can type into Slack, and terminal escapes. */
export const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!here|here>',
  '<@U123>',
  '<@U123|bob>',
  '<#C999|secret>',
  '<!subteam^S123|team>',
  '<!date^1392734382^{date}|x>',
  '<http://x|y>',
  '<https://evil.example/login|Reset your password>',
  '<mailto:a@b.example|mail>',
  '< !channel >',
  '&lt;!channel&gt;',
  '&lt;@U123&gt;',
  '&amp;',
  '&',
  '<',
  '>',
  '*bold*',
  '_it_',
  '~s~',
  '`code`',
  '```block```',
  '> quote',
  ':skull:',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u009b2J',
  '\r\n',
  '\t',
  '\u202e',
  '\u200b',
  '\ufeff',
  'e\u0301',
  '🎓',
  '\ud800',
];

/** Where the app itself writes `<` (its source links): the catalog's URLs. */
export function catalogUrls(index: CatalogIndex): Set<string> {
  const urls = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      if (/^https?:\/\//.test(node)) urls.add(node);
    } else if (Array.isArray(node)) for (const x of node) walk(x);
    else if (typeof node === 'object' && node !== null) for (const x of Object.values(node)) walk(x);
  };
  walk(index.catalog);
  return urls;
}

/** Every string in a message a reader could see, or Slack could parse (ids, styles and URLs aside). */
export function messageStrings(msg: unknown): string[] {
  const out: string[] = [];
  const skip = new Set(['type', 'block_id', 'action_id', 'style', 'url']);
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') {
      if (!skip.has(key)) out.push(node);
    } else if (Array.isArray(node)) for (const x of node) walk(x, key);
    else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(msg, '');
  return out;
}

/**
 * What is wrong in one string Slack will parse: any `<` that does not open one of the app's own links to
 * a catalog URL (so no mention, broadcast, date or user link), and any `&` that does not start one of
 * the three entities Slack defines (so `&lt;` typed by a person cannot come out as `<`).
 */
export function slackLeaks(text: string, urls: Set<string>): string[] {
  const leaks: string[] = [];
  for (const m of text.matchAll(/</g)) {
    const link = /^<(https?:\/\/[^|>\s]+)(\|[^<>]*)?>/.exec(text.slice(m.index));
    // A URL's `&` is written `&amp;` inside the link, as Slack asks.
    if (!link || !urls.has((link[1] ?? '').replaceAll('&amp;', '&')))
      leaks.push(text.slice(Math.max(0, m.index - 30), m.index + 40));
  }
  for (const m of text.matchAll(/&(?!(amp|lt|gt);)/g)) leaks.push(text.slice(Math.max(0, m.index - 30), m.index + 30));
  return leaks;
}

/** Terminal control characters: C0 other than newline and tab, DEL, and C1 (ESC sequences, CSI). */
export function terminalControls(text: string): string[] {
  return [...text].filter((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f);
  });
}
