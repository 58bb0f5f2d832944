import type { AnswerOf, Suggestion } from '../../answer/types.js';
import { bold, code, type Doc, type Line, type Part } from './doc-types.js';

const ABOUT =
  'Straight, sourced answers about security certifications: exam format, cost, prerequisites, ' +
  'what each one validates, retirements, and which one fits your role.';

export function examplesPart(examples: readonly string[], id: string, title: string): Doc {
  if (examples.length === 0) return [];
  return [{ kind: 'list', id, title, items: examples.map((e): Line => [code(e)]) }];
}

/** The one friendly line greetings, thanks and small talk get. */
export function briefHelp(example: string | undefined): string {
  return `Happy to help — ask me about a certification, e.g. “${example ?? 'aaism'}”.`;
}

export function describeHelp(answer: AnswerOf<'help'>): Doc {
  if (answer.brief) return [{ kind: 'para', id: 'help_brief', lines: [[briefHelp(answer.examples[0])]] }];
  return [
    { kind: 'title', id: 'help_title', text: 'Ask certdesk about security certifications' },
    { kind: 'para', id: 'help_about', lines: [[ABOUT]] },
    ...examplesPart(answer.examples, 'help_examples', 'Try'),
    {
      kind: 'note',
      id: 'help_note',
      lines: [[bold('Every fact'), ' names its source and the date it was checked.']],
    },
  ];
}

/** "Did you mean": each suggestion a choice, a credential or role picked by id, the rest by its question. */
function suggestionChoices(suggestions: readonly Suggestion[], prompt: string): Part {
  return {
    kind: 'choices',
    id: 'unknown_suggestions',
    prompt,
    items: suggestions.map((s) => ({
      label: s.label,
      question: s.ask,
      ...(s.kind === 'credential' ? { pick: { credential: s.id } } : s.kind === 'role' ? { pick: { role: s.id } } : {}),
    })),
  };
}

/** A question that matched nothing: the closest suggestions and a short help. */
export function describeUnknown(answer: AnswerOf<'unknown'>): Doc {
  const missing = answer.notInCatalog ?? [];
  if (missing.length > 0) {
    const names = missing.map((q) => `${q.name} (${q.issuer})`).join(', ');
    const doc: Doc = [
      {
        kind: 'title',
        id: 'unknown_title',
        text: `${names} ${missing.length === 1 ? 'is' : 'are'} not in certdesk's catalog yet`,
      },
      {
        kind: 'para',
        id: 'unknown_intro',
        lines: [
          [
            `certdesk knows ${missing.length === 1 ? 'it' : 'them'} only as something people hold: ask `,
            code(`can I take AAISM with ${missing[0]?.name ?? ''}?`),
            '.',
          ],
        ],
      },
    ];
    if (answer.suggestions.length > 0) {
      doc.push(suggestionChoices(answer.suggestions, 'Related entries it does hold'));
    }
    return doc;
  }
  const doc: Doc = [
    { kind: 'title', id: 'unknown_title', text: 'I did not catch that' },
    {
      kind: 'para',
      id: 'unknown_intro',
      lines: [[`I could not match “${answer.question.trim()}” to a credential, role or topic in the catalog.`]],
    },
  ];
  if (answer.suggestions.length > 0) doc.push(suggestionChoices(answer.suggestions, 'Did you mean one of these?'));
  doc.push(...examplesPart(answer.examples.slice(0, 5), 'unknown_examples', 'Or try'));
  return doc;
}
