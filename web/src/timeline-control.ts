// The timeline control: a slider over every day from the first agreement to today (ticks on the days the
// network changed), an exact date field, a Today button, and Play, which animates the network's growth.

import type { PageLocalizer } from './i18n';
import { dayFromNumber, dayNumber, nextFrame } from './timeline';

export interface TimelineElements {
  play: HTMLButtonElement;
  slider: HTMLInputElement;
  ticks: HTMLDataListElement;
  input: HTMLInputElement;
  today: HTMLButtonElement;
}

const frameMs = 120;
const monthsPerFrame = 3;

export class TimelineControl {
  private timer: ReturnType<typeof setInterval> | null = null;
  private day: string;

  constructor(
    private readonly el: TimelineElements,
    private readonly first: string,
    private readonly last: string,
    changeDays: readonly string[],
    /** `commit` is false while the slider moves or the animation plays, true when the user settles. */
    private readonly onChange: (day: string, commit: boolean) => void,
    private l: PageLocalizer,
  ) {
    this.day = last;
    el.slider.min = String(dayNumber(first));
    el.slider.max = String(dayNumber(last));
    el.slider.step = '1';
    el.input.min = first;
    el.input.max = last;
    this.setTicks(changeDays);
    el.slider.addEventListener('input', () => this.change(dayFromNumber(Number(el.slider.value)), false));
    el.slider.addEventListener('change', () => this.change(dayFromNumber(Number(el.slider.value)), true));
    el.input.addEventListener('change', () => {
      if (el.input.value >= first && el.input.value <= last) this.change(el.input.value, true);
    });
    el.today.addEventListener('click', () => this.change(last, true));
    el.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
  }

  /** Another language: the play button's word and the date as read out. */
  translate(l: PageLocalizer): void {
    this.l = l;
    this.el.play.textContent = l.text(this.timer ? 'pause' : 'play');
    this.show(this.day);
  }

  /** Marks the days the network changed on the slider. */
  setTicks(changeDays: readonly string[]): void {
    this.el.ticks.innerHTML = changeDays.map((d) => `<option value="${dayNumber(d)}"></option>`).join('');
  }

  /** Shows a date without announcing a change. */
  show(day: string): void {
    this.day = day;
    this.el.slider.value = String(dayNumber(day));
    this.el.slider.setAttribute('aria-valuetext', this.l.date(day));
    this.el.input.value = day;
  }

  private change(day: string, commit: boolean): void {
    if (commit) this.halt();
    this.show(day);
    this.onChange(day, commit);
  }

  private start(): void {
    let day = this.day >= this.last ? this.first : this.day;
    this.el.play.textContent = this.l.text('pause');
    this.el.play.setAttribute('aria-pressed', 'true');
    this.show(day);
    this.onChange(day, false);
    this.timer = setInterval(() => {
      day = nextFrame(day, this.last, monthsPerFrame);
      if (day >= this.last) this.change(day, true);
      else {
        this.show(day);
        this.onChange(day, false);
      }
    }, frameMs);
  }

  /** Pauses the animation where it is, as a settled date. */
  stop(): void {
    if (this.halt()) this.onChange(this.day, true);
  }

  private halt(): boolean {
    if (!this.timer) return false;
    clearInterval(this.timer);
    this.timer = null;
    this.el.play.textContent = this.l.text('play');
    this.el.play.setAttribute('aria-pressed', 'false');
    return true;
  }
}
