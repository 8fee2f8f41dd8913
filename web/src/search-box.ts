// The search box: an ARIA combobox with suggestions from SearchIndex; choosing one selects the country.

import type { SearchIndex, Suggestion } from './search';
import { escapeHtml as esc } from './format';
import type { PageLocalizer } from './i18n';

export class SearchBox {
  private suggestions: Suggestion[] = [];
  private built: SearchIndex | null = null;
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly status: HTMLElement,
    /** Built on first use: the first view does not need it. */
    private readonly makeIndex: () => SearchIndex,
    private readonly onChoose: (key: string) => void,
    private l: PageLocalizer,
  ) {
    input.addEventListener('input', () => this.update());
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
      if (option) this.choose(option.dataset.key!);
    });
  }

  private get index(): SearchIndex {
    return (this.built ??= this.makeIndex());
  }

  /** Another language: names are searched and suggested in it from now on. */
  translate(l: PageLocalizer): void {
    this.l = l;
    this.built = null;
    this.close();
  }

  private update(): void {
    this.suggestions = this.index.suggest(this.input.value);
    this.active = -1;
    this.list.innerHTML = this.suggestions
      .map((s, i) => `<li id="search-option-${i}" role="option" aria-selected="false" data-key="${esc(s.key)}">${esc(s.label)}${s.hint ? ` <span class="hint">${esc(s.hint)}</span>` : ''}</li>`)
      .join('');
    const open = this.suggestions.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    this.input.removeAttribute('aria-activedescendant');
    this.status.textContent = this.input.value.trim() ? this.l.text('suggestionCount', { count: this.suggestions.length }) : '';
  }

  private move(step: number): void {
    if (!this.suggestions.length) return;
    this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
    this.list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === this.active)));
    this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') this.move(1);
    else if (e.key === 'ArrowUp') this.move(-1);
    else if (e.key === 'Escape') this.close();
    else if (e.key === 'Enter') {
      const chosen = this.suggestions[this.active] ?? this.suggestions[0];
      const key = this.index.resolve(this.input.value) ?? chosen?.key;
      if (key) this.choose(key);
    } else return;
    e.preventDefault();
  }

  private choose(key: string): void {
    this.close();
    this.input.value = '';
    this.onChoose(key);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
