const COOLDOWN_MS = 3000;

/** Speaks one cue at a time with a cooldown, so corrections never pile up behind each other. */
export class CueSpeaker {
  private lastKey: string | null = null;
  private lastAt = -Infinity;
  muted = false;

  private get synth(): SpeechSynthesis | null {
    return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  }

  say(key: string, text: string): void {
    const synth = this.synth;
    if (this.muted || !synth) return;
    const now = performance.now();
    if (now - this.lastAt < COOLDOWN_MS || (key === this.lastKey && now - this.lastAt < COOLDOWN_MS * 2)) return;
    if (synth.speaking) return;
    this.lastKey = key;
    this.lastAt = now;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 1.05;
    synth.speak(utterance);
  }

  stop(): void {
    this.synth?.cancel();
  }
}
