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

interface FieldSpec {
  label: string;
  hint?: string;
  control: () => HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
}

const input = (name: string, attributes: Record<string, string | boolean> = {}) => () =>
  el('input', { type: 'text', name, id: `report-${name}`, ...attributes });

const specs: Record<string, FieldSpec> = {
  field: {
    label: 'What is wrong or missing',
    control: () =>
      el('select', { name: 'field', id: 'report-field', required: true },
        el('option', { value: '' }, 'Choose…'),
        ...Object.entries(correctableLabels).map(([value, label]) => el('option', { value }, label))),
  },
  proposed: { label: 'What it should say (optional)', control: input('proposed', { maxlength: String(reportLimits.proposed) }) },
  signed: { label: 'Date of signature (optional)', hint: 'YYYY-MM-DD, or YYYY-MM or YYYY if that is all you know.', control: input('signed', { inputmode: 'numeric', maxlength: '10' }) },
  signedPlace: { label: 'Place of signature (optional)', control: input('signedPlace', { maxlength: String(reportLimits.signedPlace) }) },
  source: {
    label: 'Source (optional)',
    hint: 'A link to the evidence: an official gazette, a treaty series, a customs press release.',
    control: input('source', { type: 'url', inputmode: 'url', maxlength: String(reportLimits.source), placeholder: 'https://' }),
  },
  comment: {
    label: 'Comment',
    hint: 'What is wrong or missing, and how you know.',
    control: () => el('textarea', { name: 'comment', id: 'report-comment', rows: '4', required: true, maxlength: String(reportLimits.comment) }),
  },
  name: { label: 'Your name (optional)', control: input('name', { autocomplete: 'name', maxlength: String(reportLimits.name) }) },
  email: { label: 'Your e-mail (optional)', control: input('email', { type: 'email', autocomplete: 'email', maxlength: String(reportLimits.email) }) },
};

const privacyNote =
  'Your name and e-mail are optional: the name to credit you, the e-mail to ask you about the report. Neither is ever ' +
  'shown on the report’s public page, and both are erased when the report is closed. Everything else you write here is ' +
  'published in the corrections log with what becomes of it.';

/** What describes a field besides its error: its hint, or for name and e-mail the note on privacy. */
const descriptionOf = (name: string) => (specs[name].hint ? `report-${name}-hint` : name === 'name' || name === 'email' ? 'report-privacy' : '');

function fieldBlock(name: string): HTMLElement {
  const spec = specs[name];
  const control = spec.control();
  const hint = spec.hint ? el('p', { id: `report-${name}-hint`, class: 'report-hint' }, spec.hint) : null;
  if (descriptionOf(name)) control.setAttribute('aria-describedby', descriptionOf(name));
  return el('div', { class: 'report-field', 'data-field': name },
    el('label', { for: control.id }, spec.label),
    hint,
    control,
    el('p', { id: `report-${name}-error`, class: 'report-error', hidden: true }));
}

let dialog: HTMLDialogElement | null = null;
let shownFor = '';

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

function build(target: ReportTarget): HTMLDialogElement {
  const status = el('p', { id: 'report-status', class: 'report-status', role: 'status', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit' }, 'Send report');
  const close = el('button', { type: 'button', class: 'report-cancel' }, 'Close');
  const form = el('form', { id: 'report', novalidate: true, 'aria-labelledby': 'report-title' },
    el('h2', { id: 'report-title' }, formTitle(target)),
    el('p', { class: 'report-intro' },
      target.kind === 'correction'
        ? 'Tell us which value is wrong or missing, what it should be, and where that is written.'
        : `Tell us about an agreement between the United States and ${target.countryName} that this atlas does not list, and where it is recorded.`),
    ...formFields[target.kind].filter((name) => name !== 'name' && name !== 'email').map(fieldBlock),
    el('fieldset', { class: 'report-contact' },
      el('legend', {}, 'About you'),
      el('p', { id: 'report-privacy', class: 'report-hint' }, privacyNote),
      fieldBlock('name'),
      fieldBlock('email')),
    // Hidden from people (and from assistive technology): only automated senders fill it in.
    el('div', { class: 'report-trap', 'aria-hidden': 'true' },
      el('label', { for: 'report-website' }, 'Leave this empty'),
      el('input', { type: 'text', name: 'website', id: 'report-website', tabindex: '-1', autocomplete: 'off' })),
    status,
    el('div', { class: 'report-actions' }, submit, close));

  const values = (): FormValues => Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
  close.addEventListener('click', () => dialog?.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const typed = values();
    const local = draftProblems(target, typed);
    const firstLocal = showFieldErrors(form, local.byField);
    if (firstLocal || local.other.length) {
      const count = local.byField.size;
      status.textContent = `Not sent: ${count === 1 ? 'one field needs' : `${count} fields need`} attention. ${local.other.join(' ')}`.trim();
      firstLocal?.focus();
      return;
    }
    submit.disabled = true;
    status.textContent = 'Sending…';
    const result = await sendReport(reportBody(target, typed));
    submit.disabled = false;
    if (result.sent) {
      form.reset();
      showFieldErrors(form, new Map());
      const link = el('a', { href: result.url }, `${location.origin}${result.url}`);
      status.replaceChildren('Sent, thank you. Your report is public at ', link, '; its status shows there as the maintainers review it.');
      document.dispatchEvent(new CustomEvent(reportSentEvent, { detail: result.id }));
      link.focus();
      return;
    }
    const server = problemsByField(result.problems, target.kind);
    const firstServer = showFieldErrors(form, server.byField);
    status.textContent = result.problems.length
      ? `Not sent: the server refused ${server.byField.size === 1 ? 'one field' : 'some fields'}. What you wrote is still here. ${server.other.join(' ')}`.trim()
      : notSentMessage(result);
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
): void {
  const target = reportTarget(kind, countryKey, countryName, agreement);
  const key = targetKey(target);
  if (!dialog || shownFor !== key) {
    dialog?.remove();
    dialog = build(target);
    shownFor = key;
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
