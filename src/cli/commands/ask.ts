import { parseArgs } from 'node:util';
import { answerCredentialIds } from '../../answer/answer-credential-ids.js';
import { answerQuestion } from '../../answer/answer-question.js';
import { renderSlackAnswer } from '../../render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../render/text/render-text-answer.js';
import { type CliCommand, UsageError } from '../cli-io.js';
import { loadIndexForCli } from '../load-index-for-cli.js';
import { parseNow } from '../parse-now.js';

export const ASK_USAGE = 'usage: certdesk ask [--json] [--now YYYY-MM-DD|ISO-TIMESTAMP] [QUESTION...]';

/** Answer the question on the command line, or each line of standard input. */
export const askCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseArgsOrUsage(args);
  const now = values.now === undefined ? io.now() : parseNow(values.now);
  if (now === null)
    throw new UsageError(`--now takes YYYY-MM-DD or an ISO 8601 timestamp, not "${values.now}"`, ASK_USAGE);
  const index = await loadIndexForCli(io);
  if (!index) return 1;

  const answerOne = (question: string) => {
    const answer = answerQuestion(question, { index, now });
    if (values.json) {
      const { blocks } = renderSlackAnswer(answer, { lookup: index });
      const text = renderTextAnswer(answer, { lookup: index });
      const intent = answer.intent;
      io.stdout(`${JSON.stringify({ question, intent, credentials: answerCredentialIds(answer), text, blocks })}\n`);
    } else {
      io.stdout(`${renderTextAnswer(answer, { lookup: index })}\n`);
    }
  };

  if (positionals.length > 0) {
    answerOne(positionals.join(' '));
    return 0;
  }
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

function parseArgsOrUsage(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, now: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message, ASK_USAGE);
  }
}
