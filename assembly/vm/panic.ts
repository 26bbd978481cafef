// A VM bug, never a script's behaviour: scripts get Python exceptions. Ends in a trap on purpose,
// with no import, so the embedding build's import list stays the documented one.
export function panic(
  message: string | null = null,
  fileName: string | null = null,
  lineNumber: u32 = 0,
  columnNumber: u32 = 0,
): void {
  unreachable();
}
