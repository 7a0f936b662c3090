// Turns table rows with merged cells into complete pipe rows, shared by the HTML and DOCX readers.

/** One cell as read from a table: its text and how many grid columns and rows it covers. */
export interface SourceCell {
  text: string;
  colSpan: number;
  /** Rows covered, counting its own; HTML rowspan. */
  rowSpan: number;
  /** DOCX vMerge continuation: repeat the text of the cell above in the same column. */
  continuesAbove?: boolean;
  /** Empty grid columns before this cell (DOCX gridBefore). */
  skipBefore?: number;
}

// No plan table has this many columns; it keeps colspan="1000" rows from multiplying output.
const MAX_COLUMNS = 64;

/**
 * Makes the text of a cell fit on one line: inner line breaks and runs of white space become one
 * space. Escaping `|` is left to {@link renderTable}.
 */
export function cellText(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** `|` inside a cell would end it: escape it as `\|`, and the escape character as `\\`. */
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * Lays out rows of cells on a grid, repeating a merged cell's text into every row and column it
 * spans so that each row is complete, and renders each row as `| a | b | c |` with `|` escaped.
 * A row that is one cell across the whole table (a section heading such as `一、围绕中心工作`
 * merged over all columns) is written as a plain line: it is a heading, not a row of data. Rows
 * whose cells are all empty are dropped. `budget` caps how many characters the layout may add to
 * the source's own cells (repeated text and the empty cells that pad short rows, each with its
 * separator), so that hostile spans cannot blow up the output: once it is spent, spans are no
 * longer repeated and rows are no longer padded.
 */
export function renderTable(rows: readonly (readonly SourceCell[])[], budget: { chars: number }): string[] {
  return layoutTable(rows, budget).map((cells) =>
    cells.length >= 2 && cells.every((c) => c === cells[0])
      ? (cells[0] ?? '')
      : `| ${cells.map(escapeCell).join(' | ')} |`,
  );
}

/**
 * Lays out rows of cells on a grid as {@link renderTable} does, returning the complete rows of
 * cell texts (unescaped), all of the same width while the budget lasts, empty rows dropped.
 */
export function layoutTable(rows: readonly (readonly SourceCell[])[], budget: { chars: number }): string[][] {
  const grid: string[][] = [];
  // Column -> text still to be repeated and for how many more rows (HTML rowspan).
  const pending: ({ text: string; rows: number } | undefined)[] = [];
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row: string[] = [];
    const above = grid[r - 1];
    let col = 0;
    const fillPending = () => {
      for (let p = pending[col]; p !== undefined && p.rows > 0 && col < MAX_COLUMNS; p = pending[col]) {
        row[col] = repeat(p.text, budget);
        p.rows--;
        col++;
      }
    };
    for (const cell of rows[r] ?? []) {
      fillPending();
      for (let k = 0; k < (cell.skipBefore ?? 0) && col < MAX_COLUMNS; k++) row[col++] = '';
      if (col >= MAX_COLUMNS) break;
      const text = cell.continuesAbove === true ? repeat(above?.[col] ?? '', budget) : cell.text;
      const span = Math.max(1, Math.min(cell.colSpan, MAX_COLUMNS - col));
      const rowsLeft = rows.length - r - 1;
      const down = Math.min(Math.max(cell.rowSpan, 1) - 1, rowsLeft);
      for (let k = 0; k < span; k++) {
        row[col] = k === 0 ? text : repeat(text, budget);
        pending[col] = down > 0 ? { text, rows: down } : undefined;
        col++;
      }
    }
    fillPending();
    // A rowspan reaching past the last cell of a shorter row still fills its columns.
    for (let c = col; c < pending.length && c < MAX_COLUMNS; c++) {
      const p = pending[c];
      if (p !== undefined && p.rows > 0) {
        row[c] = repeat(p.text, budget);
        p.rows--;
      }
    }
    width = Math.max(width, row.length);
    grid.push(row);
  }
  const complete: string[][] = [];
  for (const row of grid) {
    const cells = Array.from({ length: row.length }, (_, i) => row[i] ?? '');
    if (!cells.some((c) => c !== '')) continue;
    // Padding a short row to the table's width costs a separator a cell. Once the budget is spent,
    // rows are left as long as their cells, trailing empty ones dropped.
    const padding = (width - cells.length) * SEPARATOR;
    if (padding <= budget.chars) {
      budget.chars -= padding;
      while (cells.length < width) cells.push('');
    } else {
      while (cells.at(-1) === '') cells.pop();
    }
    complete.push(cells);
  }
  return complete;
}

// What a cell adds to a rendered row besides its text: ` | `.
const SEPARATOR = 3;

/** A cell's text repeated into a cell it spans, charged to the budget with its separator. */
function repeat(text: string, budget: { chars: number }): string {
  const cost = text.length + SEPARATOR;
  if (cost > budget.chars) return '';
  budget.chars -= cost;
  return text;
}
