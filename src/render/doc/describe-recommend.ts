import { roleQuestion } from '../../answer/role-question.js';
import type { AnswerOf } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { statusShort } from './credential-facts.js';
import { bold, code, type Doc, type Line } from './doc-types.js';
import { sourceNames } from './format-values.js';

/** Which credential to pursue first for a role, in the seed's order, with the reason for each. */
export function describeRecommend(answer: AnswerOf<'recommend'>, namer: Namer): Doc {
  if (answer.role === null && !answer.audience) {
    return [
      { kind: 'title', id: 'recommend_title', text: 'Which role are you in?' },
      {
        kind: 'para',
        id: 'recommend_intro',
        lines: [['The right first credential depends on the job. Ask for yours:']],
      },
      {
        kind: 'list',
        id: 'recommend_roles',
        items: answer.roles.map((role): Line => [bold(role.name), ' — ', code(`${roleQuestion(role)}?`)]),
      },
    ];
  }
  const intro: Line[] = [[answer.role?.summary ?? '']];
  if (answer.role === null && answer.audience) {
    intro[0] = [
      `certdesk has no “${answer.audience.typed}” role, so these are the credentials whose own audience names it (${answer.audience.matched.join('; ')}).`,
    ];
  }
  if ((answer.rankedFor ?? []).length > 0) intro.push([`Ranked for what you said: ${answer.rankedFor?.join(', ')}.`]);
  const doc: Doc = [
    {
      kind: 'title',
      id: 'recommend_title',
      text: `Where to start: ${answer.role?.name ?? answer.audience?.typed ?? ''}`,
    },
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
