// The first rows of a CSV file, read in the browser. The preview reports cells by the field
// they feed, so columns that are ignored have no sample there; the mapping table shows
// one for every column from here.

/** Bytes read from the start of the file for samples. */
export const HEAD_BYTES = 64 * 1024;

/**
 * Splits CSV text into rows of cells (quotes, doubled quotes, line breaks inside quotes,
 * CRLF). When `complete` is false the text is a cut-off head of a file and its last,
 * possibly partial, row is dropped.
 */
export function parseCsv(text: string, delimiter: string, maxRows: number, complete = true): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    cell = "";
  };
  for (; i < text.length && rows.length < maxRows; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else cell += c;
  }
  if (rows.length < maxRows && complete && (cell !== "" || row.length > 0)) endRow();
  return rows;
}

/** A sample value for each of `columns` columns: the first non-empty cell of the data rows. */
export function columnSamples(rows: readonly string[][], columns: number): string[] {
  return Array.from({ length: columns }, (_, index) => {
    for (const row of rows) {
      const value = row[index]?.trim();
      if (value) return value;
    }
    return "";
  });
}

/** Samples for a file's columns, read from its head with the delimiter the server found. */
export async function fileSamples(file: Blob, delimiter: string, columns: number, rows = 6): Promise<string[]> {
  const complete = file.size <= HEAD_BYTES;
  const text = await file.slice(0, HEAD_BYTES).text();
  const [, ...data] = parseCsv(text, delimiter || ",", rows + 1, complete);
  return columnSamples(data, columns);
}
