import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with its errors turned into one clean line for the person at the terminal
 * ("unknown option --frob"), never the parser's own wording with its advice about `--`.
 */
export function parseOptions<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(describeParseError(err, args, options), usage);
  }
}

function describeParseError(err: unknown, args: string[], options: Options): string {
  const code = (err as { code?: string }).code;
  const message = (err as Error).message ?? '';
  const quoted = /'(-{1,2}[^' ]*)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = quoted ?? args.find((a) => a.startsWith('-') && !isKnown(a, options)) ?? 'option';
    return `unknown option ${option}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = quoted ?? 'an option';
    const option = options[name.replace(/^-+/, '')];
    return option?.type === 'string' ? `${name} needs a value` : `${name} takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'unexpected argument';
  return message.split('\n')[0] ?? 'bad arguments';
}

function isKnown(arg: string, options: Options): boolean {
  const name = arg.replace(/^-+/, '').split('=')[0] ?? '';
  return name in options || Object.values(options).some((o) => o.short === name);
}
