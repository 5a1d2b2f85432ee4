import { FORMATS, PLATFORMS } from '../site.js';

// Field definitions shared by several tools. A field: {name, type (number: the default, range,
// list, text, select), value (the first visit's default, a number, {low, high}, list or string;
// written in the page's language), example (an optional field's placeholder, not a value),
// optional, override (replaces a published figure: its placeholder shows that figure), money,
// request: false (read by the tool itself), hideFor (a currency), label (another text key), max,
// hint (a text key: one line of explanation under the label), wide (the whole row), multiline (a
// text area of that many rows), file ({accept, maxBytes}: a file picker reading into the field on
// the device), sample ((lang) => text: a button filling in an example); value may be (lang) => value}.
export const platform = { name: 'platform', type: 'select', options: PLATFORMS, value: 'instagram' };
export const format = { name: 'format', type: 'select', options: FORMATS, value: 'post' };
export const range = (name, value, extra = {}) => ({ name, type: 'range', value, ...extra });

// The most profiles Micro vs macro compares (its list's max; other tools' links stay within it).
export const COMPARE_MAX_OPTIONS = 6;
