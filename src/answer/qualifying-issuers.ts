/**
 * Which issuers a question names for a credential mention, to pick one of a shared acronym. An issuer
 * written right next to a name qualifies that name alone: "CAISP (PECB)", "caisp from practical
 * devsecops", so "CAISP (PECB) vs CAISP (Practical DevSecOps)" names both. A name with no issuer next
 * to it takes every issuer the question names that does not already qualify another name
 * ("which caisp does pecb run").
 */
import { type Mention, primaryKind } from './find-mentions.js';

/** Words that may stand between a name and its issuer: "caisp from pecb", "caisp by practical devsecops". */
const CONNECTORS = new Set(['from', 'by', 'of', 'at', 'via']);

function issuerIdsOf(m: Mention): string[] {
  return m.entries.filter((e) => e.kind === 'issuer').map((e) => e.id);
}

/** The issuer mention written right after (or else right before) a name. */
function besideIssuer(mention: Mention, issuers: readonly Mention[], texts: readonly string[]): Mention | undefined {
  const after = issuers.find(
    (m) => m.start === mention.end || (m.start === mention.end + 1 && CONNECTORS.has(texts[mention.end] ?? '')),
  );
  return after ?? issuers.find((m) => m.end === mention.start);
}

export function qualifyingIssuers(
  mention: Mention,
  mentions: readonly Mention[],
  texts: readonly string[],
): Set<string> {
  const issuers = mentions.filter((m) => primaryKind(m) === 'issuer');
  const beside = besideIssuer(mention, issuers, texts);
  if (beside) return new Set(issuerIdsOf(beside));
  const taken = new Set(
    mentions
      .filter((m) => m !== mention && primaryKind(m) === 'credential')
      .map((m) => besideIssuer(m, issuers, texts))
      .filter((m) => m !== undefined),
  );
  return new Set(issuers.filter((m) => !taken.has(m)).flatMap(issuerIdsOf));
}
