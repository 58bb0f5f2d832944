/** Every string a reader could see in a message: text objects, fields, table cells, option labels. */
export function visibleText(value: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'text' && typeof child === 'string') out.push(child);
      else walk(child);
    }
  };
  walk(value);
  return out.join('\n');
}

/** Mention and broadcast sequences as Slack parses them: <!channel>, <!here>, <@U1>, <#C1>, <!subteam^S1>. */
export const MENTION_SEQUENCE = /<\s*[!@#]/;
