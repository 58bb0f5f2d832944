import type { AnswerOf } from '../../answer/types.js';
import type { Depth } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { coverageLines, DEPTH_ORDER } from './credential-extras.js';
import { bold, type Doc, type Line } from './doc-types.js';
import { joinAnd, sourceNames } from './format-values.js';

type Coverage = AnswerOf<'coverage'>;
type Asked = NonNullable<Coverage['asked']>[number];

/** A topic name inside a sentence: "prompt injection", but "MITRE ATLAS" and "OWASP Top 10" as written. */
export function topicInSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

const ASKED_VERDICT: Record<NonNullable<Asked['depth']>, string> = {
  'hands-on': 'covers it — hands-on',
  conceptual: 'covers it — conceptual',
  mentioned: 'mentions it, without testing it in depth',
};

/** "AAISM: not listed as covering prompt injection in the catalog" / "SCS-C03: covers it — conceptual". */
export function askedVerdict(asked: Asked, topicName: string, namer: Namer): string {
  const name = namer.credential(asked.view.credential.id);
  if (asked.depth === null) return `${name}: not listed as covering ${topicInSentence(topicName)} in the catalog`;
  return `${name}: ${ASKED_VERDICT[asked.depth]}`;
}

const MATCH_TITLES: Record<Depth, string> = {
  'hands-on': 'Tested hands-on',
  conceptual: 'Tested conceptually',
  mentioned: 'Mentioned only',
};

/** The topics none of them cover well; for one such topic the warning above has said it already. */
function gapsPart(answer: Coverage): Doc {
  if (answer.gaps.length === 0 || (answer.topic?.gap && answer.gaps.length === 1)) return [];
  const items = answer.gaps.map((t): Line => [bold(t.name), ` — ${t.gap_note ?? t.description}`]);
  // Asked for the gaps alone, the answer's title already says what the list is.
  if (!answer.topic) return [{ kind: 'list', id: 'coverage_gaps', items }];
  return [{ kind: 'list', id: 'coverage_gaps', title: 'What none of them cover well', items }];
}

/** Words that name AI (security) as a whole, not one topic: the catalog's topics are all parts of it. */
const WHOLE_FIELD =
  /^(?:ai|a\.i\.|artificial intelligence|machine learning|ml|llms?|genai|gen ai|generative ai)(?: security)?$/i;

/**
 * Asked about something that is no catalog topic: say so, then what the catalog records each named
 * credential as testing (and its exam domains), or, with none named, the topics it does track.
 */
function unlistedPart(answer: Coverage, unlisted: string, namer: Namer): Doc {
  const asked = answer.asked ?? [];
  const whole = WHOLE_FIELD.test(unlisted.trim());
  const whom =
    asked.length === 0
      ? 'which credentials test it'
      : `whether ${joinAnd(asked.map((a) => namer.credential(a.view.credential.id)))} ${asked.length === 1 ? 'tests' : 'test'} it`;
  const lead = whole
    ? 'certdesk tracks AI security as separate topics; here is what the catalog records.'
    : `certdesk's catalog does not track “${unlisted}” as a topic, so it cannot say ${whom}.`;
  const doc: Doc = [{ kind: 'para', id: 'coverage_unlisted', lines: [[lead]] }];
  for (const a of asked) {
    const c = a.view.credential;
    const name = namer.credential(c.id);
    const topics = coverageLines(c, namer);
    const domains = a.view.facts.domains;
    // Its exam domains, or else what it validates: what the asker can judge the question by.
    const domainLine =
      domains.state === 'value' && domains.value.length > 0
        ? [`Exam domains: ${domains.value.map((d) => d.name).join('; ')}`]
        : [`What it validates: ${c.validates}`];
    doc.push({
      kind: 'list',
      id: `coverage_recorded_${c.id}`,
      title: `What the catalog records ${name} as testing`,
      items: [...(topics.length > 0 ? topics : ['No topics recorded for it yet.']), ...domainLine].map(
        (t): Line => [t],
      ),
    });
  }
  if (asked.length === 0) {
    doc.push({
      kind: 'para',
      id: 'coverage_tracked',
      lines: [[`Topics certdesk tracks: ${(answer.tracked ?? []).map((t) => t.name).join(', ')}.`]],
    });
  }
  return doc;
}

function coverageTitle(answer: Coverage, namer: Namer): string {
  const { topic, asked = [] } = answer;
  const names = joinAnd(asked.map((a) => namer.credential(a.view.credential.id)));
  if (!topic && answer.unlisted !== undefined) {
    if (asked.length === 0) return `Which credentials test ${answer.unlisted}?`;
    return `${asked.length === 1 ? 'Does' : 'Do'} ${names} cover ${answer.unlisted}?`;
  }
  if (!topic) return 'What AI-security credentials do not cover well';
  if (asked.length === 0) return `Which credentials test ${topic.name}`;
  return `${asked.length === 1 ? 'Does' : 'Do'} ${names} cover ${topicInSentence(topic.name)}?`;
}

/**
 * Which credentials test a topic, by depth, then what none of them cover well. A question about named
 * credentials ("does AAISM cover prompt injection?") is answered for them first.
 */
export function describeCoverage(answer: Coverage, namer: Namer): Doc {
  const { topic, asked = [] } = answer;
  const doc: Doc = [{ kind: 'title', id: 'coverage_title', text: coverageTitle(answer, namer) }];
  if (topic) {
    if (asked.length > 0) {
      doc.push({
        kind: 'para',
        id: 'coverage_asked',
        lines: asked.map((a): Line => [bold(`${askedVerdict(a, topic.name, namer)}.`), a.note ? ` ${a.note}` : '']),
      });
    }
    doc.push({ kind: 'para', id: 'coverage_topic', lines: [[topic.description]] });
    if (topic.gap) {
      doc.push({
        kind: 'warning',
        id: 'coverage_gap',
        line: [`No credential in the catalog tests this well.${topic.gap_note ? ` ${topic.gap_note}` : ''}`],
      });
    }
    for (const depth of DEPTH_ORDER) {
      const matches = answer.matches.filter((m) => m.depth === depth);
      if (matches.length === 0) continue;
      doc.push({
        kind: 'list',
        id: `coverage_${depth}`,
        title: MATCH_TITLES[depth],
        items: matches.map(
          (m): Line => [
            bold(m.view.credential.acronym),
            ` — ${m.view.credential.name} (${m.view.issuer.name})${m.note ? `: ${m.note}` : ''}`,
          ],
        ),
      });
    }
    if (answer.matches.length === 0) {
      doc.push({ kind: 'para', id: 'coverage_none', lines: [['No credential in the catalog lists this topic.']] });
    }
  }
  if (!topic && answer.unlisted !== undefined) doc.push(...unlistedPart(answer, answer.unlisted, namer));
  doc.push(...gapsPart(answer));
  if (answer.sources.length > 0) {
    doc.push({ kind: 'note', id: 'coverage_sources', lines: [[`Sources: ${sourceNames(answer.sources)}`]] });
  }
  return doc;
}
