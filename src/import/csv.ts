/** A small CSV reader for the operator's import files (RFC 4180: quotes, commas, CRLF). */

export type CsvRow = { line: number; values: Record<string, string> };

/** Splits CSV text into records of fields, keeping the line number each record starts on. */
function records(text: string): Array<{ line: number; fields: string[] }> {
  const out: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      out.push({ line: start, fields });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    out.push({ line: start, fields });
  }
  return out.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
}

/** Parses CSV with a header row into rows keyed by column name. */
export function parseCsv(text: string, required: string[]): CsvRow[] {
  const all = records(text.replace(/^\uFEFF/, ''));
  const header = all.shift();
  if (!header) throw new CsvError(1, 'the file is empty');

  const names = header.fields.map((f) => f.trim());
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) throw new CsvError(header.line, `missing column(s): ${missing.join(', ')}`);

  return all.map(({ line, fields }) => {
    if (fields.length !== names.length) {
      throw new CsvError(line, `expected ${names.length} values, found ${fields.length}`);
    }
    return { line, values: Object.fromEntries(names.map((n, i) => [n, fields[i]!.trim()])) };
  });
}

/** A problem in an import file, naming its line. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
  }
}
