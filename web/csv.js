// CSV in the page's language, as the visitor's spreadsheet expects it: Dutch with ';' between
// cells and ',' as decimal mark, English with ',' and '.'; UTF-8 with a byte-order mark (names
// such as "Créateur" open correctly in Excel). Numbers arrive already rounded as on screen.

/** rows: arrays of cells (numbers or text) → the file's text. */
export function toCsv(rows, lang) {
  const sep = lang === 'nl' ? ';' : ',';
  const cell = (v) => {
    if (typeof v === 'number') return lang === 'nl' ? String(v).replace('.', ',') : String(v);
    // Text a spreadsheet would run as a formula (=, +, -, @) gets an apostrophe in front.
    const text = /^[=+\-@]/.test(String(v)) ? `'${v}` : String(v ?? '');
    return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\ufeff' + rows.map((row) => row.map(cell).join(sep)).join('\r\n') + '\r\n';
}
