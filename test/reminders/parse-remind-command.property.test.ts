/**
 * Property-based tests (fast-check) over the `/cert remind` parser: for any input it returns a command
 * (never throws), and never a scope wider than what the input names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRemindCommand, type RemindCommand } from '../../src/reminders/parse-remind-command.js';
import { MAX_LEAD_DAYS } from '../../src/reminders/reminder-types.js';
import { reminderIndex } from './reminder-index.js';

const index = reminderIndex();
const parse = (text: string): RemindCommand => parseRemindCommand(text, index);

/** Words by what they name, so a property can say what the parse may cover. */
const CREDENTIALS: Record<string, string> = { aaism: 'aaism', 'mls-c01': 'mls-c01', 'scs-c02': 'scs-c02' };
const ISSUERS: Record<string, string> = { aws: 'aws', isaca: 'isaca' };
const JUNK = ['???', '!!!', '🎓', 'frobnicate', '-7', '7.5', '10,000', '—', '<!channel>', '*', 'x'.repeat(60)];
const OPTIONS = ['30,7 days', 'at 8am', 'in Europe/Berlin', 'on the day', '2 weeks before', 'at noon'];
const FILLER = ['me', 'the', 'about', 'only'];

const word = fc.oneof(
  fc.constantFrom(...Object.keys(CREDENTIALS)).map((w) => ({ w, names: `credential:${CREDENTIALS[w]}` })),
  fc.constantFrom(...Object.keys(ISSUERS)).map((w) => ({ w, names: `issuer:${ISSUERS[w]}` })),
  fc.constantFrom(...JUNK).map((w) => ({ w, names: 'junk' })),
  fc.constantFrom(...OPTIONS).map((w) => ({ w, names: 'option' })),
  fc.constantFrom(...FILLER).map((w) => ({ w, names: 'filler' })),
  fc.string({ minLength: 1, maxLength: 6 }).map((w) => ({ w, names: 'random' })),
);

/** The scope a command acts on, if any. */
function scopeOf(c: RemindCommand) {
  if (c.action === 'subscribe') return c.scope;
  if (c.action === 'off')
    return 'all' in c.target ? { kind: 'all' as const } : 'scope' in c.target ? c.target.scope : null;
  return null;
}

describe('/cert remind parser, for any input', () => {
  it('returns a command and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.array(word).map((ws) => ws.map((x) => x.w).join(' ')),
        ),
        (text) => {
          for (const t of [text, `remind ${text}`, `remind off ${text}`]) {
            const c = parse(t);
            expect(typeof c.action).toBe('string');
            if (c.action === 'invalid') expect(c.message.length).toBeLessThan(600);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never acts on a scope wider than the words name', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(word, { minLength: 1, maxLength: 6 }), (off, words) => {
        const text = `remind ${off ? 'off ' : ''}${words.map((x) => x.w).join(' ')}`;
        const scope = scopeOf(parse(text));
        if (!scope) return;
        const named = new Set(words.map((x) => x.names));
        if (scope.kind === 'all') {
          // Only when nothing was named: options and filler alone (or random words that read as such).
          expect(
            [...named].every((n) => n === 'option' || n === 'filler' || n === 'random'),
            text,
          ).toBe(true);
          expect(named.has('junk'), text).toBe(false);
          expect(
            [...named].some((n) => n.startsWith('credential:') || n.startsWith('issuer:')),
            text,
          ).toBe(false);
        } else if (scope.kind === 'credentials') {
          for (const id of scope.ids) expect(named.has(`credential:${id}`) || named.has('random'), text).toBe(true);
        } else {
          expect(named.has(`issuer:${scope.id}`) || named.has('random'), text).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a number as the number written, or refuses it: never splits it into other numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (n, grouped) => {
        const written = grouped ? n.toLocaleString('en-US') : String(n);
        const c = parse(`remind aaism ${written} days`);
        if (c.action === 'subscribe') {
          expect(c.leads, written).toEqual([n]);
          expect(n).toBeLessThanOrEqual(MAX_LEAD_DAYS);
        } else {
          expect(c.action, written).toBe('invalid');
          expect(n > MAX_LEAD_DAYS || written.includes(','), written).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses decimals and negatives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 99 }), fc.boolean(), (a, b, negative) => {
        const written = negative ? `-${a}` : `${a}.${b}`;
        expect(parse(`remind aaism ${written} days`).action, written).toBe('invalid');
      }),
    );
  });
});
