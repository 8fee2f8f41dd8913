// The Embed button's dialog: the <iframe> that puts the view shown (its date and country) into another
// page, ready to copy, with a preview. Loaded when the button is first pressed.

import { embedAddress, embedIframe, type View } from '../../data/links';

function create(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.id = 'embed-dialog';
  dialog.setAttribute('aria-labelledby', 'embed-title');
  dialog.innerHTML = `<h2 id="embed-title">Embed this map</h2>
<p>Paste this HTML into a page to show the map as it is now, with its date and the country chosen.</p>
<label for="embed-code">HTML to paste</label>
<textarea id="embed-code" readonly rows="5" spellcheck="false"></textarea>
<p class="dialog-actions"><button type="button" data-action="copy">Copy HTML</button>
<a id="embed-preview" target="_blank" rel="noopener">Preview the embed</a>
<button type="button" data-action="close">Close</button></p>
<p id="embed-status" class="tools-status" aria-live="polite"></p>`;
  document.body.append(dialog);
  return dialog;
}

let dialog: HTMLDialogElement | null = null;

export function openEmbedDialog(view: View, title: string, copy: (text: string) => Promise<boolean>): void {
  if (!dialog) {
    const created = create();
    created.addEventListener('click', async (e) => {
      const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      const status = created.querySelector('#embed-status')!;
      if (action === 'close') created.close();
      if (action === 'copy') {
        const code = created.querySelector<HTMLTextAreaElement>('#embed-code')!;
        status.textContent = (await copy(code.value)) ? 'HTML copied.' : 'Select the HTML to copy it.';
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
