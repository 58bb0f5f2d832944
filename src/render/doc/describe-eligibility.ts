import type { AnswerOf, CredentialView, EligibilityAlternative } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { prerequisitesShort } from './credential-facts.js';
import { credentialWarnings } from './describe-credential.js';
import { describeEligibleFor, eligibleForVerdict } from './describe-eligible-for.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { bareLabel, heldMeeting, needsPhrase } from './eligibility-phrases.js';
import { joinAnd, joinOr, sourceNames } from './format-values.js';

type Eligibility = Extract<AnswerOf<'eligibility'>, { target: CredentialView }>;

/**
 * Qualifications next to each other with the same note (and, when something was named, the same
 * outcome) share one line, so "with an IT audit or IT advisory role focus" is said once, not eight times.
 */
function groupAlternatives(alternatives: readonly EligibilityAlternative[]): EligibilityAlternative[][] {
  const groups: EligibilityAlternative[][] = [];
  for (const a of alternatives) {
    const last = groups.at(-1);
    const prev = last?.[0];
    const joins =
      prev !== undefined &&
      !('credential' in a.alt) &&
      !('credential' in prev.alt) &&
      a.alt.note === prev.alt.note &&
      a.satisfied === prev.satisfied;
    if (last && joins) last.push(a);
    else groups.push([a]);
  }
  return groups;
}

function alternativeLine(group: readonly EligibilityAlternative[], answer: Eligibility, namer: Namer): Line {
  const [first] = group;
  if (!first) return [];
  const mark = answer.held.length === 0 ? '' : first.satisfied ? '✓ ' : '✗ ';
  const note = first.alt.note ? ` — ${first.alt.note}` : '';
  if (group.length > 1) return [mark, bold(joinOr(group.map((a) => bareLabel(a, namer)))), note];
  const active = 'credential' in first.alt && first.alt.active && !/active/i.test(first.label) ? ' (active)' : '';
  return [mark, bold(first.label), `${active}${note}`];
}

/** The verdict, up front: "Yes — your CISSP qualifies" / "Not yet — AAISM needs an active CISM or CISSP". */
export function eligibilityVerdict(answer: AnswerOf<'eligibility'>, namer: Namer): string {
  return answer.target === null ? eligibleForVerdict(answer, namer) : targetVerdict(answer, namer);
}

function targetVerdict(answer: Eligibility, namer: Namer): string {
  const target = namer.credential(answer.target.credential.id);
  const issuer = answer.target.issuer.name;
  switch (answer.verdict) {
    case 'eligible': {
      const met = heldMeeting(
        answer.held,
        answer.alternatives.filter((a) => a.satisfied),
      );
      // An outside qualification often counts only on a condition ("with an IT audit role focus"): say it.
      const conditions = answer.alternatives.filter((a) => a.satisfied && !('credential' in a.alt) && a.alt.note);
      const onlyThese =
        conditions.length > 0 && answer.alternatives.every((a) => !a.satisfied || conditions.includes(a));
      const condition = onlyThese ? ` (${conditions[0]?.alt.note})` : '';
      return met.length > 0
        ? `Yes — your ${joinAnd(met)} ${met.length === 1 ? 'qualifies' : 'qualify'} you for ${target}${condition}.`
        : `Yes — you can sit ${target}.`;
    }
    case 'not-eligible':
      return `Not yet — ${target} needs ${needsPhrase(answer.alternatives, namer)}.`;
    case 'no-prerequisite':
      return `Yes — ${target} has no required prerequisite.`;
    case 'not-published':
      return `Unknown — ${issuer} has not published prerequisites for ${target}.`;
    case 'needs-info':
      return answer.alternatives.length > 0
        ? `${target} needs ${needsPhrase(answer.alternatives, namer)}. Which do you hold?`
        : `Tell me what you hold, e.g. “I have CISSP, can I take ${target}?”`;
  }
}

export function describeEligibility(answer: AnswerOf<'eligibility'>, namer: Namer): Doc {
  return answer.target === null ? describeEligibleFor(answer, namer) : describeTarget(answer, namer);
}

function describeTarget(answer: Eligibility, namer: Namer): Doc {
  const target = answer.target.credential;
  const doc: Doc = [
    { kind: 'title', id: 'eligibility_title', text: `Can you sit ${namer.credential(target.id)}?` },
    { kind: 'para', id: 'eligibility_verdict', lines: [[bold(targetVerdict(answer, namer))]] },
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
      items: groupAlternatives(answer.alternatives).map((group) => alternativeLine(group, answer, namer)),
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
          ` — ${v.credential.name} (prerequisites: ${prerequisitesShort(v, namer)})`,
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
