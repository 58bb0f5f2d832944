import type { AnswerOf } from '../../answer/types.js';
import type { PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { alternativesPhrase, prerequisitesShort } from './credential-facts.js';
import { credentialWarnings } from './describe-credential.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { joinAnd, joinOr, sourceNames } from './format-values.js';

type Eligibility = AnswerOf<'eligibility'>;

/** An alternative's bare name, whatever wording the engine put around its label. */
function bareLabel(alternative: Eligibility['alternatives'][number], namer: Namer): string {
  const { alt } = alternative;
  if ('credential' in alt) return namer.credential(alt.credential);
  return namer.knownQualification(alt.qualification) ?? alternative.label.replace(/^an? (active )?/i, '');
}

/** Past this many alternatives the verdict names the first few and counts the rest; the list has them all. */
const NAMED_IN_VERDICT = 4;

function needsPhrase(answer: Eligibility, namer: Namer): string {
  const labels = new Map<PrerequisiteAlt, string>(answer.alternatives.map((a) => [a.alt, bareLabel(a, namer)]));
  const label = (alt: PrerequisiteAlt) => labels.get(alt) ?? '';
  const alts = answer.alternatives.map((a) => a.alt);
  if (alts.length <= NAMED_IN_VERDICT) return alternativesPhrase(alts, label);
  const named = alts.slice(0, NAMED_IN_VERDICT - 1).map((alt) => alternativesPhrase([alt], label));
  return joinOr([...named, `one of ${alts.length - named.length} others`]);
}

type Alternative = Eligibility['alternatives'][number];

/**
 * Qualifications next to each other with the same note (and, when something was named, the same
 * outcome) share one line, so "with an IT audit or IT advisory role focus" is said once, not eight times.
 */
function groupAlternatives(alternatives: readonly Alternative[]): Alternative[][] {
  const groups: Alternative[][] = [];
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

function alternativeLine(group: readonly Alternative[], answer: Eligibility, namer: Namer): Line {
  const [first] = group;
  if (!first) return [];
  const mark = answer.held.length === 0 ? '' : first.satisfied ? '✓ ' : '✗ ';
  const note = first.alt.note ? ` — ${first.alt.note}` : '';
  if (group.length > 1) return [mark, bold(joinOr(group.map((a) => bareLabel(a, namer)))), note];
  const active = 'credential' in first.alt && first.alt.active && !/active/i.test(first.label) ? ' (active)' : '';
  return [mark, bold(first.label), `${active}${note}`];
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
