export function parseDateLine(_line: string): string | null {
  return null;
}
