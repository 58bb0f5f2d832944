import { answerCredentialIds } from '../../answer/answer-credential-ids.js';
import { answerQuestion } from '../../answer/answer-question.js';
import { renderSlackAnswer } from '../../render/slack/render-slack-answer.js';
import { TEXT_WIDTH } from '../../render/text/render-doc-text.js';
import { renderTextAnswer } from '../../render/text/render-text-answer.js';
import type { CliCommand } from '../cli-io.js';
import { loadIndexForCli } from '../load-index-for-cli.js';
import { readNowOption } from '../parse-now.js';
import { parseOptions } from '../parse-options.js';

export const ASK_USAGE = 'usage: certdesk ask [--full] [--json] [--now YYYY-MM-DD|ISO-TIMESTAMP] [QUESTION...]';

export const ASK_HELP = `${ASK_USAGE}

Answers a question about security certifications from the built-in catalog (or CATALOG_DIR).
With no QUESTION, reads one question per line from standard input.

Prints the same summary as the Slack card: a credential's key facts, the first lines of a long list.
Lines wrap at the terminal's width (80 when not a terminal).

options:
  --full        everything: a credential's domains, trust signals, coverage, dates, caveats and every
                source; every line of a long list (what Slack's More details and Show all open)
  --json        one JSON object per question: {"question", "intent", "credentials", "text", "blocks"}
                ("text": the printed answer at 80 columns, all of it with --full; "blocks": the Slack message)
  --now DATE    answer as on DATE: YYYY-MM-DD (that day, 12:00 UTC) or an ISO 8601 timestamp

examples:
  certdesk ask aaism                                   a credential's card
  certdesk ask "how much is aaism"                     one fact
  certdesk ask "aaism vs scs-c03"                      a comparison
  certdesk ask "cheapest AI security cert with no prerequisites"
  certdesk ask "list ISACA credentials"                a listing
  certdesk ask "I'm a SOC analyst with Security+, what next?"
  certdesk ask "can I sit AAISM with only CISA?"       eligibility
  certdesk ask "any exam retirements coming up?"       dated changes
  certdesk ask "which certs test prompt injection"     topic coverage
  certdesk ask "is cissp 8140 approved"                DoD 8140 work roles
  certdesk ask --now 2026-04-01 "is MLS-C01 still available"`;

/** Said on a terminal when `ask` has no question and waits for lines. */
export const READING_PROMPT =
  'Reading questions from the terminal, one per line. Press Ctrl-D to finish (Ctrl-C to quit).\n';

/** Answer the question on the command line, or each line of standard input. */
export const askCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: 'boolean', default: false }, full: { type: 'boolean', default: false }, now: { type: 'string' } },
    ASK_USAGE,
  );
  const now = readNowOption(values.now, io.now, ASK_USAGE);
  const index = await loadIndexForCli(io);
  if (!index) return 1;

  const textOptions = { lookup: index, full: values.full, width: io.stdoutColumns ?? TEXT_WIDTH };
  const answerOne = (question: string) => {
    const answer = answerQuestion(question, { index, now });
    if (values.json) {
      const { blocks } = renderSlackAnswer(answer, { lookup: index });
      const text = renderTextAnswer(answer, { ...textOptions, width: TEXT_WIDTH });
      const intent = answer.intent;
      io.stdout(`${JSON.stringify({ question, intent, credentials: answerCredentialIds(answer), text, blocks })}\n`);
    } else {
      io.stdout(`${renderTextAnswer(answer, textOptions)}\n`);
    }
  };

  if (positionals.length > 0) {
    answerOne(positionals.join(' '));
    return 0;
  }
  if (io.stdinIsTTY) io.stderr(READING_PROMPT);
  let first = true;
  for await (const line of io.stdinLines()) {
    const question = line.trim();
    if (question === '') continue;
    if (!values.json && !first) io.stdout('\n');
    first = false;
    answerOne(question);
  }
  return 0;
};
