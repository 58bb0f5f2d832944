import type { Answer, DatedChange } from '../../answer/types.js';
import type { Namer } from './create-namer.js';
import { costText, minutesText, passingText, questionsText, statusShort } from './credential-facts.js';
import { askedVerdict } from './describe-coverage.js';
import { changeSubject } from './describe-deadlines.js';
import { eligibilityVerdict } from './describe-eligibility.js';
import { summarizeFact } from './describe-fact-answer.js';
import { summarizeFind } from './describe-find.js';
import { briefHelp } from './describe-help.js';
import { eventLabel, joinAnd, plural, relativeDays } from './format-values.js';
import { summarizeQualify } from './summarize-qualify.js';

/** A one- or two-sentence plain summary: the notification text and the fallback for clients without blocks. */
export function summarizeAnswer(answer: Answer, namer: Namer): string {
  switch (answer.intent) {
    case 'lookup': {
      const { credential: c, issuer } = answer.subject;
      return (
        `${c.acronym} — ${c.name} (${issuer.name}): ${statusShort(answer.subject)}. ` +
        `Questions: ${questionsText(answer.subject, 'short')}; time: ${minutesText(answer.subject, 'short')}; ` +
        `passing: ${passingText(answer.subject, 'short')}; cost: ${costText(answer.subject, 'short')}. As of ${c.verified}.`
      );
    }
    case 'fact':
      return summarizeFact(answer, namer);
    case 'qualify':
      return summarizeQualify(answer, namer);
    case 'find':
      return summarizeFind(answer);
    case 'compare':
      return `Comparing ${joinAnd(answer.subjects.map((v) => namer.credential(v.credential.id)))} side by side.`;
    case 'recommend':
      if (answer.picks.length === 0)
        return 'Which role are you in? Ask, for example, “what should a GRC lead take first?”';
      return `${answer.role ? `Where to start as ${answer.role.name}` : 'Where to start'}: ${answer.picks.map((p) => namer.credential(p.view.credential.id)).join(', then ')}.`;
    case 'eligibility':
      return eligibilityVerdict(answer, namer);
    case 'deadlines': {
      const next = answer.upcoming[0];
      const last = answer.recent[0] ?? answer.latest?.[0];
      const count = answer.upcoming.length === 0 ? 'No dated changes' : plural(answer.upcoming.length, 'dated change');
      const head = `${count} in the next ${answer.horizonDays} days`;
      const said = (d: DatedChange) =>
        `${changeSubject(d, namer)} ${eventLabel(d.kind)} on ${d.date} (${relativeDays(d.days)})`;
      if (next) return `${head}. Next: ${said(next)}.`;
      return last ? `${head}. Most recent: ${said(last)}.` : `${head}.`;
    }
    case 'coverage': {
      const { topic } = answer;
      if (!topic && answer.unlisted !== undefined) {
        const names = (answer.asked ?? []).map((a) => namer.credential(a.view.credential.id)).join(', ');
        return `certdesk does not track “${answer.unlisted}” as a topic${names ? `; what it records for ${names} is listed` : ''}.`;
      }
      if (!topic) return `What none of the credentials cover well: ${answer.gaps.map((t) => t.name).join(', ')}.`;
      const asked = (answer.asked ?? []).map((a) => `${askedVerdict(a, topic.name, namer)}. `).join('');
      const others = answer.gaps.filter((t) => t.id !== topic.id).length;
      const gaps = topic.gap
        ? ' None tests it well.'
        : others > 0
          ? ` None covers ${plural(others, 'related topic')} well.`
          : '';
      const test = answer.matches.length === 1 ? 'tests' : 'test';
      return `${asked}${plural(answer.matches.length, 'credential')} in the catalog ${test} ${topic.name}.${gaps}`;
    }
    case 'browse':
      return `${plural(answer.items.length, 'credential')}: ${answer.items
        .slice(0, 12)
        .map((v) => v.credential.acronym)
        .join(', ')}${answer.items.length > 12 ? ', …' : ''}.`;
    case 'disambiguate':
      return `“${answer.term}” could mean: ${answer.candidates
        .map((v) => `${v.credential.acronym} (${v.issuer.name})`)
        .join(', ')}.`;
    case 'help':
      if (answer.brief) return briefHelp(answer.examples[0]);
      return `Ask certdesk about security certifications, e.g. ${answer.examples
        .slice(0, 3)
        .map((e) => `“${e}”`)
        .join(', ')}.`;
    case 'unknown':
      return `I could not match “${answer.question.trim()}” to anything in the catalog.${
        answer.suggestions.length > 0 ? ` Closest: ${answer.suggestions.map((s) => s.label).join(', ')}.` : ''
      }`;
  }
}
