// The report form (form#report) in a modal dialog, loaded only when a reader asks to report something. Each
// error is shown beside its field, tied to it (aria-invalid, aria-describedby) and announced; whatever the
// reader typed stays in the form until the report is sent, and #report-status then holds its public link.

import type { Agreement } from '../../../data/types';
import { reportLimits } from '../../../data/report';
import { el } from './dom';
import {
  correctableLabels, draftProblems, formFields, formTitle, notSentMessage, problemsByField, reportBody, reportSentEvent, reportTarget,
  type FormValues, type ReportTarget,
} from './draft';
import { sendReport } from './send';
import type { LaterKey, LaterLocalizer, MessageKey } from '../i18n';

interface FieldSpec {
  label: MessageKey | LaterKey;
  hint?: LaterKey;
  control: (l: LaterLocalizer) => HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
}

const input = (name: string, attributes: Record<string, string | boolean> = {}) => () =>
  el('input', { type: 'text', name, id: `report-${name}`, ...attributes });

const specs: Record<string, FieldSpec> = {
  field: {
    label: 'reportFieldLabel',
    control: (l) =>
      el('select', { name: 'field', id: 'report-field', required: true },
        el('option', { value: '' }, l.text('reportChoose')),
        ...Object.entries(correctableLabels).map(([value, label]) => el('option', { value }, l.text(label)))),
  },
  proposed: { label: 'reportProposedLabel', control: input('proposed', { maxlength: String(reportLimits.proposed) }) },
  signed: { label: 'reportSignedLabel', hint: 'reportSignedHint', control: input('signed', { inputmode: 'numeric', maxlength: '10', dir: 'ltr' }) },
  signedPlace: { label: 'reportSignedPlaceLabel', control: input('signedPlace', { maxlength: String(reportLimits.signedPlace) }) },
  source: {
    label: 'reportSourceLabel',
    hint: 'reportSourceHint',
    control: input('source', { type: 'url', inputmode: 'url', maxlength: String(reportLimits.source), placeholder: 'https://', dir: 'ltr' }),
  },
  comment: {
    label: 'reportCommentLabel',
    hint: 'reportCommentHint',
    control: () => el('textarea', { name: 'comment', id: 'report-comment', rows: '4', required: true, maxlength: String(reportLimits.comment) }),
  },
  name: { label: 'reportNameLabel', control: input('name', { autocomplete: 'name', maxlength: String(reportLimits.name) }) },
  email: { label: 'reportEmailLabel', control: input('email', { type: 'email', autocomplete: 'email', maxlength: String(reportLimits.email), dir: 'ltr' }) },
};

/** What describes a field besides its error: its hint, or for name and e-mail the note on privacy. */
const descriptionOf = (name: string) => (specs[name].hint ? `report-${name}-hint` : name === 'name' || name === 'email' ? 'report-privacy' : '');

function fieldBlock(name: string, l: LaterLocalizer): HTMLElement {
  const spec = specs[name];
  const control = spec.control(l);
  const hint = spec.hint ? el('p', { id: `report-${name}-hint`, class: 'report-hint' }, l.text(spec.hint)) : null;
  if (descriptionOf(name)) control.setAttribute('aria-describedby', descriptionOf(name));
  return el('div', { class: 'report-field', 'data-field': name },
    el('label', { for: control.id }, l.text(spec.label)),
    hint,
    control,
    el('p', { id: `report-${name}-error`, class: 'report-error', hidden: true }));
}

let dialog: HTMLDialogElement | null = null;
let shownFor = '';

let shownIn = '';

const targetKey = (t: ReportTarget) => `${t.kind} ${t.agreement ?? ''} ${t.country}`;

/** Shows or clears each field's error, ties it to the field, and answers the first field at fault. */
function showFieldErrors(form: HTMLFormElement, byField: Map<string, string>): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const block of form.querySelectorAll<HTMLElement>('.report-field')) {
    const name = block.dataset.field!;
    const control = block.querySelector<HTMLElement>('input, select, textarea')!;
    const error = block.querySelector<HTMLElement>('.report-error')!;
    const message = byField.get(name);
    error.textContent = message ?? '';
    error.hidden = !message;
    const described = [descriptionOf(name), message ? error.id : ''].filter(Boolean).join(' ');
    if (described) control.setAttribute('aria-describedby', described);
    else control.removeAttribute('aria-describedby');
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (message && !first) first = control;
  }
  return first;
}

function build(target: ReportTarget, l: LaterLocalizer): HTMLDialogElement {
  const status = el('p', { id: 'report-status', class: 'report-status', role: 'status', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit' }, l.text('reportSend'));
  const close = el('button', { type: 'button', class: 'report-cancel' }, l.text('reportClose'));
  const form = el('form', { id: 'report', novalidate: true, 'aria-labelledby': 'report-title' },
    el('h2', { id: 'report-title' }, formTitle(target, l)),
    el('p', { class: 'report-intro' },
      target.kind === 'correction' ? l.text('reportIntroCorrection') : l.text('reportIntroMissing', { country: target.countryName })),
    ...formFields[target.kind].filter((name) => name !== 'name' && name !== 'email').map((name) => fieldBlock(name, l)),
    el('fieldset', { class: 'report-contact' },
      el('legend', {}, l.text('reportAboutYou')),
      el('p', { id: 'report-privacy', class: 'report-hint' }, l.text('reportPrivacy')),
      fieldBlock('name', l),
      fieldBlock('email', l)),
    // Hidden from people (and from assistive technology): only automated senders fill it in.
    el('div', { class: 'report-trap', 'aria-hidden': 'true' },
      el('label', { for: 'report-website' }, l.text('reportTrap')),
      el('input', { type: 'text', name: 'website', id: 'report-website', tabindex: '-1', autocomplete: 'off' })),
    status,
    el('div', { class: 'report-actions' }, submit, close));

  const values = (): FormValues => Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
  close.addEventListener('click', () => dialog?.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const typed = values();
    const local = draftProblems(target, typed, l);
    const firstLocal = showFieldErrors(form, local.byField);
    if (firstLocal || local.other.length) {
      status.textContent = [l.text('reportFieldsNeedAttention', { count: local.byField.size }), ...local.other].join(' ');
      firstLocal?.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = l.text('reportSending');
    const result = await sendReport(reportBody(target, typed));
    submit.disabled = false;
    if (result.sent) {
      form.reset();
      showFieldErrors(form, new Map());
      const link = el('a', { href: result.url, dir: 'ltr' }, `${location.origin}${result.url}`);
      const [before, after] = l.text('reportSent').split('{link}');
      status.replaceChildren(before, link, after);
      document.dispatchEvent(new CustomEvent(reportSentEvent, { detail: result.id }));
      link.focus();
      return;
    }
    const server = problemsByField(result.problems, target.kind, l);
    const firstServer = showFieldErrors(form, server.byField);
    status.textContent = result.problems.length
      ? [l.text('reportFieldsRefused', { count: server.byField.size }), ...server.other].join(' ')
      : notSentMessage(result, l);
    firstServer?.focus();
  });

  const created = el('dialog', { id: 'report-dialog', class: 'report-dialog', 'aria-labelledby': 'report-title' }, form);
  return created;
}

/**
 * Opens the form for a report on the country `countryKey` (as the map keys it) and, for a correction, the
 * agreement shown; what was typed for the same subject before is still there.
 */
export function openReportForm(
  kind: ReportTarget['kind'], countryKey: string, countryName: string, agreement: Agreement | null, opener: HTMLElement,
  l: LaterLocalizer, agreementName: (a: Agreement) => string,
): void {
  const target = reportTarget(kind, countryKey, countryName, agreement, agreementName);
  const key = targetKey(target);
  if (!dialog || shownFor !== key || shownIn !== l.lang) {
    // In another language, the same report keeps what was typed.
    const typed = dialog && shownFor === key ? [...new FormData(dialog.querySelector('form')!)] : [];
    dialog?.remove();
    dialog = build(target, l);
    for (const [name, value] of typed) {
      const control = dialog.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
      if (control) control.value = String(value);
    }
    shownFor = key;
    shownIn = l.lang;
    document.body.append(dialog);
  }
  const shown = dialog;
  shown.addEventListener('close', () => {
    // The details may have been drawn again meanwhile: then their heading takes the focus back.
    (opener.isConnected ? opener : document.getElementById('details-title'))?.focus();
  }, { once: true });
  if (!shown.open) shown.showModal();
  shown.querySelector<HTMLElement>('select, input:not([tabindex="-1"]), textarea')?.focus();
}
