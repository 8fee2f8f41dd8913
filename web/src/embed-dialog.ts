// The Embed button's dialog: the <iframe> that puts the view shown (its date, country and language) into
// another page, ready to copy, with a preview. Loaded when the button is first pressed.

import { escapeHtml as esc } from '../../data/html';
import { embedAddress, embedIframe, type View } from '../../data/links';
import type { LaterLocalizer } from './i18n';

function create(l: LaterLocalizer): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.id = 'embed-dialog';
  dialog.setAttribute('aria-labelledby', 'embed-title');
  dialog.innerHTML = `<h2 id="embed-title">${esc(l.text('embedTitle'))}</h2>
<p>${esc(l.text('embedIntro'))}</p>
<label for="embed-code">${esc(l.text('embedCodeLabel'))}</label>
<textarea id="embed-code" readonly rows="5" spellcheck="false" dir="ltr"></textarea>
<p class="dialog-actions"><button type="button" data-action="copy">${esc(l.text('embedCopy'))}</button>
<a id="embed-preview" target="_blank" rel="noopener">${esc(l.text('embedPreview'))}</a>
<button type="button" data-action="close">${esc(l.text('embedClose'))}</button></p>
<p id="embed-status" class="tools-status" aria-live="polite"></p>`;
  document.body.append(dialog);
  return dialog;
}

let dialog: HTMLDialogElement | null = null;
let words: LaterLocalizer | null = null;

export function openEmbedDialog(view: View, title: string, copy: (text: string) => Promise<boolean>, l: LaterLocalizer): void {
  // In another language, the dialog is made again in it.
  if (dialog && words !== l) {
    dialog.remove();
    dialog = null;
  }
  words = l;
  if (!dialog) {
    const created = create(l);
    created.addEventListener('click', async (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      const status = created.querySelector('#embed-status')!;
      if (action === 'close') created.close();
      if (action === 'copy') {
        const code = created.querySelector<HTMLTextAreaElement>('#embed-code')!;
        status.textContent = (await copy(code.value)) ? l.text('embedCopied') : l.text('embedSelect');
        code.select();
      }
    });
    dialog = created;
  }
  const code = dialog.querySelector<HTMLTextAreaElement>('#embed-code')!;
  code.value = embedIframe(location.origin, view, title);
  dialog.querySelector<HTMLAnchorElement>('#embed-preview')!.href = embedAddress(view);
  dialog.querySelector('#embed-status')!.textContent = '';
  dialog.showModal();
  code.select();
}
