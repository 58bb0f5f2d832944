import type { AnswerOf, CredentialView, EligibilityAlternative, EligibilityCheck, Held } from '../../answer/types.js';
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

type HeldLabel = { held: Held; label: string };

function alternativeLine(group: readonly EligibilityAlternative[], held: readonly HeldLabel[], namer: Namer): Line {
  const [first] = group;
  if (!first) return [];
  const mark = held.length === 0 ? '' : first.satisfied ? '✓ ' : '✗ ';
  const note = first.alt.note ? ` — ${first.alt.note}` : '';
  if (group.length > 1) return [mark, bold(joinOr(group.map((a) => bareLabel(a, namer)))), note];
  const active = 'credential' in first.alt && first.alt.active && !/active/i.test(first.label) ? ' (active)' : '';
  return [mark, bold(first.label), `${active}${note}`];
}

/** The verdict, up front: "Yes — your CISSP qualifies" / "Not yet — AAISM needs an active CISM or CISSP". */
export function eligibilityVerdict(answer: AnswerOf<'eligibility'>, namer: Namer): string {
  if (answer.target === null) return eligibleForVerdict(answer, namer);
  return checksOf(answer)
    .map((check) => targetVerdict(check, answer.held, namer))
    .join(' ');
}

/** Every credential asked about, the first one first. */
function checksOf(answer: Eligibility): EligibilityCheck[] {
  return [answer, ...(answer.also ?? [])];
}

function targetVerdict(answer: EligibilityCheck, held: readonly HeldLabel[], namer: Namer): string {
  const target = namer.credential(answer.target.credential.id);
  const issuer = answer.target.issuer.name;
  switch (answer.verdict) {
    case 'eligible': {
      const met = heldMeeting(
        held,
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
    case 'not-eligible': {
      // "My CISSP lapsed": say why what they hold does not count.
      const lapsed = answer.lapsed?.held ?? [];
      const lead =
        lapsed.length > 0
          ? `Not while your ${joinAnd(lapsed)} ${lapsed.length === 1 ? 'is' : 'are'} lapsed`
          : 'Not yet';
      return `${lead} — ${target} needs ${needsPhrase(answer.alternatives, namer)}.`;
    }
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

/** One credential's verdict, the rule on keeping a lapsed prerequisite active, and its warnings. */
function verdictParts(check: EligibilityCheck, held: readonly HeldLabel[], namer: Namer, prefix: string): Doc {
  const rules: Line[] = (check.lapsed?.rules ?? []).map((r) => [
    r.text,
    r.sources.length > 0 ? ` (${sourceNames(r.sources)})` : '',
  ]);
  return [
    { kind: 'para', id: `${prefix}_verdict`, lines: [[bold(targetVerdict(check, held, namer))], ...rules] },
    ...credentialWarnings(check.target, namer, prefix),
  ];
}

/** One credential's ways in and the experience it asks for; named when several were asked about. */
function pathParts(check: EligibilityCheck, held: readonly HeldLabel[], namer: Namer, prefix: string, named: boolean) {
  const parts: Doc = [];
  if (check.alternatives.length > 0) {
    const of = named ? ` into ${namer.credential(check.target.credential.id)}` : ' in';
    parts.push({
      kind: 'list',
      id: `${prefix}_paths`,
      title: `Ways${of} (any one of these)`,
      items: groupAlternatives(check.alternatives).map((group) => alternativeLine(group, held, namer)),
    });
  }
  const extra: Line[] = [];
  if (check.experience) extra.push([bold('Experience:'), ' ', check.experience]);
  if (check.recommended) extra.push([bold('Recommended:'), ' ', check.recommended]);
  if (extra.length > 0) parts.push({ kind: 'para', id: `${prefix}_experience`, lines: extra });
  return parts;
}

/**
 * The first credential asked about: its verdict, what was held, its ways in. Each other one asked about
 * in the same question ("can I take AAISM and AAIA with CISA") follows with its own verdict and ways in.
 */
function describeTarget(answer: Eligibility, namer: Namer): Doc {
  const target = answer.target.credential;
  const also = answer.also ?? [];
  const names = checksOf(answer).map((c) => namer.credential(c.target.credential.id));
  const several = also.length > 0;
  const doc: Doc = [
    { kind: 'title', id: 'eligibility_title', text: `Can you sit ${joinAnd(names)}?` },
    ...verdictParts(answer, answer.held, namer, 'eligibility'),
  ];
  if (answer.held.length > 0) {
    doc.push({
      kind: 'para',
      id: 'eligibility_held',
      lines: [[`You mentioned: ${answer.held.map((h) => h.label).join(', ')}`]],
    });
  }
  doc.push(...pathParts(answer, answer.held, namer, 'eligibility', several));
  also.forEach((check, i) => {
    const prefix = `eligibility_also${i + 1}`;
    doc.push(...verdictParts(check, answer.held, namer, prefix), ...pathParts(check, answer.held, namer, prefix, true));
  });
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
