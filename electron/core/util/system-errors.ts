// The system's code for a failed file operation (ENOSPC, EACCES…), from the error or, when it crossed from the
// store's worker as text only, from its message ("ENOSPC: no space left on device, write").
export function systemCode(err: unknown): string | null {
  const own = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof own === 'string' && /^E[A-Z]+$/.test(own)) return own;
  const text = err instanceof Error ? err.message : String(err);
  return /\b(E[A-Z]{2,})\b:/.exec(text)?.[1] ?? null;
}

/** The disk (or the person's share of it) is full. */
export function isDiskFull(err: unknown): boolean {
  const code = systemCode(err);
  return code === 'ENOSPC' || code === 'EDQUOT';
}
