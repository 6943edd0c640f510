// Column and row of a cell reference as a sheet's XML writes it ("XFD1048576"), read without a regular
// expression or an allocation: the reader calls these once per cell. grid.ts's parseA1 is the general
// form (with $ signs and checks) for everything else.

/** 1-based column of "AB12" (28); 0 when the reference has no letters. */
export function cellColumn(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return column;
}

/** 1-based row of "AB12" (12); 0 when the reference has no digits. */
export function cellRow(ref: string): number {
  let row = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
  }
  return row;
}
