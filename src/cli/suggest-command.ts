import { osaDistance } from '../catalog/osa-distance.js';

/**
 * What to say for a first word that is no command: the closest command when it looks like a typo of
 * one ("aks" → ask), an option we do not know as an option, otherwise the question it probably is
 * (`certdesk aaism` → `certdesk ask aaism`).
 */
export function suggestCommand(argv: string[], commands: string[]): string {
  const [word = ''] = argv;
  if (word.startsWith('-')) return `unknown option ${word}`;
  const lower = word.toLowerCase();
  const closest = commands
    .map((c) => ({ c, d: osaDistance(lower, c, 3) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))[0];
  const typo = closest && closest.d <= (closest.c.length <= 3 ? 1 : 2) && lower.length > 1;
  if (typo && !QUESTION_WORDS.has(lower)) {
    return `unknown command "${word}". Did you mean: certdesk ${[closest.c, ...argv.slice(1)].join(' ')}`;
  }
  return `unknown command "${word}". To ask a question: certdesk ask ${shellQuote(argv.join(' '))}`;
}

/** Words that start a question and happen to be a letter away from a command ("how" → show). */
const QUESTION_WORDS = new Set(['how', 'who', 'is', 'as', 'ask', 'sow', 'do', 'does', 'did', 'dp', 'ah', 'ok']);

function shellQuote(text: string): string {
  return /^[\w.+-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}
