import { roleQuestion } from '../../answer/role-question.js';
import type { AnswerOf } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { statusShort } from './credential-facts.js';
import { bold, code, type Doc, type Line } from './doc-types.js';
import { joinAnd, sourceNames } from './format-values.js';

/** Which credential to pursue first for a role, in the seed's order, with the reason for each. */
export function describeRecommend(answer: AnswerOf<'recommend'>, namer: Namer): Doc {
  if (answer.role === null && !answer.audience && !answer.basis) {
    return [
      { kind: 'title', id: 'recommend_title', text: 'Which role are you in?' },
      {
        kind: 'choices',
        id: 'recommend_roles',
        prompt: 'The right first credential depends on the job. Pick yours:',
        items: answer.roles.map((role) => ({
          label: role.name,
          question: `${roleQuestion(role)}?`,
          pick: { role: role.id },
        })),
      },
    ];
  }
  const intro: Line[] = [[answer.role?.summary ?? '']];
  if (answer.role === null && answer.audience) {
    intro[0] = [
      `certdesk has no “${answer.audience.typed}” role, so these are the credentials whose own audience names it (${answer.audience.matched.join('; ')}).`,
    ];
  }
  const held = (answer.held ?? []).map((h) => h.label);
  if (answer.role === null && answer.basis) {
    intro[0] = [
      answer.basis === 'held'
        ? `No role named, so these follow from what you hold: credentials it qualifies you for, the usual next steps, and those that stack with it.`
        : answer.basis === 'topic'
          ? 'No role named, so these are the credentials that test the topic, deepest first.'
          : `No role named, so these are the credentials that meet what you asked, AI-security ones first, then the cheapest.`,
    ];
  }
  if ((answer.rankedFor ?? []).length > 0) intro.push([`Ranked for what you said: ${answer.rankedFor?.join(', ')}.`]);
  const where = answer.role ? 'for this role' : 'here';
  for (const { view, rank } of answer.asked ?? []) {
    const name = namer.credential(view.credential.id);
    intro.push(
      rank === null
        ? [bold(name), ` is not among the picks ${where}; ask `, code(view.credential.acronym), ' for its card.']
        : [bold(name), ` is pick ${rank} of ${answer.picks.length} ${where}.`],
    );
  }
  const title =
    answer.role?.name ??
    answer.audience?.typed ??
    (answer.basis === 'held' && held.length > 0
      ? `what next after ${joinAnd(held)}`
      : answer.basis === 'topic' && answer.rankedFor?.[0]
        ? answer.rankedFor[0].replace(/^you want /, 'to learn ')
        : 'what you asked for');
  const doc: Doc = [
    { kind: 'title', id: 'recommend_title', text: `Where to start: ${title}` },
    { kind: 'para', id: 'recommend_intro', lines: intro },
    {
      kind: 'list',
      id: 'recommend_picks',
      ordered: true,
      items: answer.picks.map(({ view, reason, notes, caveat }): Line => {
        const state = view.status.state;
        const warning = state === 'active' ? '' : ` (${statusShort(view)})`;
        const said = (notes ?? []).length > 0 ? ` ${notes?.join(' ')}` : '';
        const line: Line = [
          bold(namer.credential(view.credential.id)),
          ` — ${view.credential.name}${warning}. ${reason}${said}`,
        ];
        if (caveat) line.push(' ', bold('Caveat:'), ` ${caveat.text} ${caveat.caveats[0]?.text ?? ''}`.trimEnd());
        return line;
      }),
    },
  ];
  const dropped = answer.dropped ?? [];
  if (dropped.length > 0) {
    doc.push({
      kind: 'list',
      id: 'recommend_dropped',
      title: 'Left out for what you hold',
      items: dropped.map((d): Line => [bold(namer.credential(d.view.credential.id)), ` — ${d.note}`]),
    });
  }
  const unlocked = answer.unlocked ?? [];
  if (unlocked.length > 0) {
    doc.push({
      kind: 'list',
      id: 'recommend_unlocked',
      title: 'What you hold also qualifies you to sit',
      items: unlocked.map((u): Line => [bold(namer.credential(u.view.credential.id)), ` — via ${u.via.join(' or ')}`]),
    });
  }
  if (answer.paths.length > 0) {
    doc.push({
      kind: 'list',
      id: 'recommend_paths',
      title: 'Stacking paths',
      items: answer.paths.map(
        (path): Line => [bold(path.steps.map((v) => namer.credential(v.credential.id)).join(' → ')), ` — ${path.note}`],
      ),
    });
  }
  const stale = answer.picks.filter((p) => p.view.stale).map((p) => namer.credential(p.view.credential.id));
  if (stale.length > 0) {
    doc.push({
      kind: 'warning',
      id: 'recommend_stale',
      line: [`Details of ${stale.join(', ')} are due for review against their sources and may be out of date.`],
    });
  }
  if (answer.sources.length > 0) {
    doc.push({ kind: 'note', id: 'recommend_sources', lines: [[`Sources: ${sourceNames(answer.sources)}`]] });
  }
  return doc;
}
