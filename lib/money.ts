/** The GraphQL `Geldbedrag`: integer cents in, exact strings out. */
export interface Geldbedrag {
  centen: string;
  euro: string;
}

export function toGeldbedrag(cents: number | bigint | null): Geldbedrag | null {
  if (cents === null) return null;
  const value = BigInt(cents);
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const euros = absolute / 100n;
  const rest = (absolute % 100n).toString().padStart(2, '0');
  return { centen: value.toString(), euro: `${negative ? '-' : ''}${euros}.${rest}` };
}
