import type { AnswerOf } from '../../answer/types.js';
import type { PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { alternativesPhrase, prerequisitesShort } from './credential-facts.js';
import { credentialWarnings } from './describe-credential.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { joinAnd, sourceNames } from './format-values.js';

type Eligibility = AnswerOf<'eligibility'>;

/** An alternative's bare name, whatever wording the engine put around its label. */
function bareLabel(alternative: Eligibility['alternatives'][number], namer: Namer): string {
  const { alt } = alternative;
  if ('credential' in alt) return namer.credential(alt.credential);
  return namer.knownQualification(alt.qualification) ?? alternative.label.replace(/^an? (active )?/i, '');
}

function needsPhrase(answer: Eligibility, namer: Namer): string {
  const labels = new Map<PrerequisiteAlt, string>(answer.alternatives.map((a) => [a.alt, bareLabel(a, namer)]));
  return alternativesPhrase(
    answer.alternatives.map((a) => a.alt),
    (alt) => labels.get(alt) ?? '',
  );
}

/** What the asker holds that meets an alternative, by the names they gave. */
function metBy(answer: Eligibility): string[] {
  const ids = new Set(
    answer.alternatives
      .filter((a) => a.satisfied)
      .map((a) => ('credential' in a.alt ? a.alt.credential : a.alt.qualification)),
  );
  return answer.held.filter((h) => ids.has(h.held.id)).map((h) => h.label);
}

/** The verdict, up front: "Yes — your CISSP qualifies" / "Not yet — AAISM needs an active CISM or CISSP". */
export function eligibilityVerdict(answer: Eligibility, namer: Namer): string {
  const target = namer.credential(answer.target.credential.id);
  const issuer = answer.target.issuer.name;
  switch (answer.verdict) {
    case 'eligible': {
      const met = metBy(answer);
      return met.length > 0
        ? `Yes — your ${joinAnd(met)} ${met.length === 1 ? 'qualifies' : 'qualify'} you for ${target}.`
        : `Yes — you can sit ${target}.`;
    }
    case 'not-eligible':
      return `Not yet — ${target} needs ${needsPhrase(answer, namer)}.`;
    case 'no-prerequisite':
      return `Yes — ${target} has no required prerequisite.`;
    case 'not-published':
      return `Unknown — ${issuer} has not published prerequisites for ${target}.`;
    case 'needs-info':
      return answer.alternatives.length > 0
        ? `${target} needs ${needsPhrase(answer, namer)}. Which do you hold?`
        : `Tell me what you hold, e.g. “I have CISSP, can I take ${target}?”`;
  }
}

export function describeEligibility(answer: Eligibility, namer: Namer): Doc {
  const target = answer.target.credential;
  const doc: Doc = [
    { kind: 'title', id: 'eligibility_title', text: `Can you sit ${namer.credential(target.id)}?` },
    { kind: 'para', id: 'eligibility_verdict', lines: [[bold(eligibilityVerdict(answer, namer))]] },
    ...credentialWarnings(answer.target, namer, 'eligibility'),
  ];
  if (answer.held.length > 0) {
    doc.push({
      kind: 'para',
      id: 'eligibility_held',
      lines: [[`You mentioned: ${answer.held.map((h) => h.label).join(', ')}`]],
    });
  }
  if (answer.alternatives.length > 0) {
    doc.push({
      kind: 'list',
      id: 'eligibility_paths',
      title: `Ways in (any one of these)`,
      items: answer.alternatives.map((a): Line => {
        const active = 'credential' in a.alt && a.alt.active && !/active/i.test(a.label) ? ' (active)' : '';
        const note = a.alt.note ? ` — ${a.alt.note}` : '';
        const mark = answer.held.length === 0 ? '' : a.satisfied ? '✓ ' : '✗ ';
        return [mark, bold(a.label), `${active}${note}`];
      }),
    });
  }
  const extra: Line[] = [];
  if (answer.experience) extra.push([bold('Experience:'), ' ', answer.experience]);
  if (answer.recommended) extra.push([bold('Recommended:'), ' ', answer.recommended]);
  if (extra.length > 0) doc.push({ kind: 'para', id: 'eligibility_experience', lines: extra });
  if (answer.instead.length > 0) {
    doc.push({
      kind: 'list',
      id: 'eligibility_instead',
      title: answer.verdict === 'eligible' ? 'Also open to you' : 'You could take instead',
      items: answer.instead.map(
        (v): Line => [
          bold(v.credential.acronym),
          ` — ${v.credential.name} (prerequisites: ${prerequisitesShort(v.credential, namer)})`,
        ],
      ),
    });
  }
  if (answer.sources.length > 0) {
    doc.push({
      kind: 'note',
      id: 'eligibility_sources',
      lines: [[`Sources: ${sourceNames(answer.sources)} · as of ${target.verified}`]],
    });
  }
  return doc;
}
