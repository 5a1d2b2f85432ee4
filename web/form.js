// The form: one labelled control per field and per profile, file and sample buttons, add and remove.
import { el } from './dom.js';
import { inputText } from './numbers.js';
import { showErrors } from './show.js';
import { hooks, S, say, tr } from './state.js';
import { blankItem, idOf } from './values.js';

function label(field) {
  return tr('field.' + (field.label ?? field.name), { currency: S.currency }) + (field.money ? ` (${S.currency})` : '');
}

function control(path, field, value, onChange) {
  const id = idOf(path);
  const common = { id, name: path, 'aria-describedby': `${id}-error ${id}-note${field.hint ? ` ${id}-hint` : ''}`,
    oninput: (e) => { S.touched.add(path); onChange(e.target.value); },
    onblur: () => { if (!S.touched.has(path)) { S.touched.add(path); showErrors(); } } };
  const placeholder = field.example !== undefined ? tr('example', { value: inputText(field.example, S.lang) }) : null;
  const input = field.type === 'select'
    ? el('select', common, field.options.map((o) => el('option', { value: o, selected: o === value }, tr(`${field.name}.${o}`))))
    // multiline: a pasted table; its text is the textarea's content as a text node, never HTML.
    : field.multiline ? el('textarea', { ...common, rows: field.multiline, autocomplete: 'off', spellcheck: 'false', placeholder, wrap: 'off' }, value)
      : el('input', { ...common, value, type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder,
        inputmode: field.type === 'text' || field.type === 'list' ? 'text' : 'decimal' });
  const hint = field.override ? tr('own_figure') : field.optional ? tr('optional') : null;
  // Text put into the field by a button (a file, a sample): as if typed.
  const put = (text) => { input.value = text; S.touched.add(path); onChange(text); };
  return el('div', { class: field.override || field.wide || field.multiline || field.type === 'list' ? 'field wide' : 'field' },
    el('label', { for: id }, label(field), hint ? el('span', { class: 'optional' }, ` (${hint})`) : null),
    field.hint ? el('p', { class: 'field-hint', id: id + '-hint' }, tr(field.hint, { currency: S.currency })) : null,
    input,
    field.file || field.sample ? fieldButtons(id, field, put) : null,
    el('p', { class: 'field-error', id: id + '-error' }),
    el('p', { class: 'field-note', id: id + '-note' }));
}

// A file read into a text field on this device (FileReader through File.text(); nothing is sent)
// and a button that fills in a sample: fields with `file: {accept, maxBytes}` and `sample: (lang) => text`.
function fieldButtons(id, field, put) {
  const feedback = el('span', { class: 'feedback', role: 'status', id: id + '-file-status' });
  const picker = field.file && el('input', { type: 'file', id: id + '-file', accept: field.file.accept, class: 'file-input',
    onchange: async (e) => {
      const file = e.target.files?.[0];
      if (!file) return;
      if (file.size > field.file.maxBytes) return say(feedback, tr('file_too_large', { name: file.name, max: inputText(field.file.maxBytes / 1e6, S.lang) }));
      try {
        put(await file.text());
        say(feedback, tr('file_read', { name: file.name }));
      } catch {
        say(feedback, tr('file_unreadable', { name: file.name }));
      }
      e.target.value = ''; // the same file again is read again
    } });
  return el('div', { class: 'field-buttons' },
    picker ? el('label', { for: id + '-file', class: 'file-label' }, tr('file_pick')) : null, picker,
    field.sample ? el('button', { type: 'button', class: 'sample', onclick: () => { put(field.sample(S.lang)); say(feedback, ''); } }, tr('sample_fill')) : null,
    feedback,
    picker ? el('p', { class: 'field-hint' }, tr('file_private')) : null);
}

function itemGroup(index) {
  const { name, fields } = S.tool.list;
  const items = S.values[name];
  return el('fieldset', { class: 'option' },
    el('legend', {}, `${tr('option')} ${index + 1}`),
    fields.map((f) => control(`${name}.${index}.${f.name}`, f, items[index][f.name] ?? '', (v) => { items[index][f.name] = v; hooks.changed(); })),
    items.length > 1 ? el('button', { type: 'button', class: 'remove', onclick: () => {
      items.splice(index, 1);
      S.touched = new Set([...S.touched].filter((p) => !p.startsWith(`${name}.`)));
      buildForm();
      hooks.changed();
      document.getElementById(idOf(`${name}.${Math.max(0, index - 1)}.label`))?.focus();
    } }, tr('remove_option', { n: index + 1 })) : null);
}

export function buildForm() {
  const form = el('form', { novalidate: true, onsubmit: (e) => e.preventDefault(), 'aria-label': tr('inputs') },
    S.tool.fields.filter((f) => f.hideFor !== S.currency)
      .map((f) => control(f.name, f, S.values[f.name], (v) => { S.values[f.name] = v; hooks.changed(); })));
  if (S.tool.list) {
    const items = S.values[S.tool.list.name];
    form.append(el('div', { class: 'options' }, items.map((_, i) => itemGroup(i))));
    if (items.length < S.tool.list.max) {
      form.append(el('button', { type: 'button', class: 'add', onclick: () => {
        items.push(blankItem());
        buildForm();
        hooks.changed();
        document.getElementById(idOf(`${S.tool.list.name}.${items.length - 1}.label`))?.focus();
      } }, tr('add_option')));
    }
  }
  S.nodes.form.replaceWith(form);
  S.nodes.form = form;
}
