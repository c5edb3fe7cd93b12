export function inferReferenceDate(_texts: string[]): { date: string; evidence: string } | null {
  return null;
}
