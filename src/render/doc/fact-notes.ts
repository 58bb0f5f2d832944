/**
 * Card-level notes about how much certdesk knows: which shown facts are not in certdesk's sources yet
 * (with the issuer's page to check) and which rest on third parties only. Said once per card, not
 * after every field.
 */
import { FACT_LABELS, type FactName } from '../../answer/resolve-credential-facts.js';
import type { CredentialView } from '../../answer/types.js';
import { type Line, link } from './doc-types.js';
import { joinAnd } from './format-values.js';

/** The facts a card shows, in the order it shows them. */
export const CARD_FACTS: readonly FactName[] = [
  'questions',
  'minutes',
  'passing',
  'prices',
  'required',
  'delivery',
  'assessment',
  'validity_years',
  'requirement',
  'domains',
  'administered_by',
  'independently_proctored',
  'accreditation',
];

/** "Not in certdesk's sources yet: Questions and Time. Check ISACA's page." */
export function unknownLine(view: CredentialView, facts: readonly FactName[] = CARD_FACTS): Line | null {
  const unknown = facts.filter((f) => view.facts[f].state === 'unknown').map((f) => FACT_LABELS[f]);
  if (unknown.length === 0) return null;
  return [
    `Not in certdesk's sources yet: ${joinAnd(unknown)}. Check `,
    link(`${view.issuer.name}'s page`, view.issuer.url),
    '.',
  ];
}

/** "Rests on third parties (no issuer page was available): Questions and Cost." */
export function thirdPartyLine(view: CredentialView, facts: readonly FactName[] = CARD_FACTS): Line | null {
  const resting = facts
    .filter((f) => {
      const r = view.facts[f];
      return (r.state === 'value' || r.state === 'disputed') && r.restsOnThirdParties;
    })
    .map((f) => FACT_LABELS[f]);
  if (resting.length === 0) return null;
  return [`Rests on third parties (no issuer page was available): ${joinAnd(resting)}.`];
}

export function factNoteLines(view: CredentialView, facts: readonly FactName[] = CARD_FACTS): Line[] {
  return [thirdPartyLine(view, facts), unknownLine(view, facts)].filter((l): l is Line => l !== null);
}
