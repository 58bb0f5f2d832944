import { stringify } from 'yaml';
import { compactText } from '../../catalog/normalize-text.js';
import { osaDistance } from '../../catalog/osa-distance.js';
import { type CliCommand, UsageError } from '../cli-io.js';
import { loadIndexForCli } from '../load-index-for-cli.js';
import { parseOptions } from '../parse-options.js';

export const SHOW_USAGE = 'usage: certdesk show ID [--json]';

/** Print one credential exactly as the catalog holds it. */
export const showCommand: CliCommand = async (args, io) => {
  const parsed = parseOptions(args, { json: { type: 'boolean', default: false } }, SHOW_USAGE);
  const [id, ...extra] = parsed.positionals;
  if (id === undefined) throw new UsageError('show needs a credential id', SHOW_USAGE);
  if (extra.length > 0) throw new UsageError(`show takes one id, not ${parsed.positionals.length}`, SHOW_USAGE);
  const index = await loadIndexForCli(io);
  if (!index) return 1;
  const credential = index.credential(id.toLowerCase());
  if (!credential) {
    const key = compactText(id);
    const closest = index.catalog.credentials
      .map((c) => ({
        id: c.id,
        d: Math.min(osaDistance(key, compactText(c.id)), osaDistance(key, compactText(c.acronym))),
      }))
      .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
      .slice(0, 3)
      .map((c) => c.id);
    io.stderr(`certdesk: no credential with id "${id}". Closest: ${closest.join(', ')}\n`);
    return 1;
  }
  io.stdout(parsed.values.json ? `${JSON.stringify(credential, null, 2)}\n` : stringify(credential, { lineWidth: 0 }));
  return 0;
};
