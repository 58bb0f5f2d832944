/** Every exam price amount in a credential's price data, whatever claims it is split into. */
export function examAmounts(data: unknown): number[] {
  if (Array.isArray(data)) return data.flatMap(examAmounts);
  if (typeof data !== 'object' || data === null) return [];
  const o = data as Record<string, unknown>;
  if (o.item === 'exam' && typeof o.amount === 'number') return [o.amount];
  return Object.values(o).flatMap(examAmounts);
}
