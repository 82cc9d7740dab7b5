const COOLDOWN_MS = 3000;

export interface VoiceChoice {
  /** A speechSynthesis voice name; null for the browser's default. */
  name: string | null;
  rate: number;
}

/** Speaks one cue at a time with a cooldown, so corrections never pile up behind each other. */
export class CueSpeaker {
  private lastKey: string | null = null;
  private lastAt = -Infinity;
  muted = false;

  constructor(public voice: VoiceChoice) {}

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
    utterance.rate = this.voice.rate;
    const chosen = this.voice.name ? synth.getVoices().find((v) => v.name === this.voice.name) : undefined;
    if (chosen) utterance.voice = chosen;
    synth.speak(utterance);
  }

  stop(): void {
    this.synth?.cancel();
  }
}

/** The voices the browser offers (they may arrive late); returns a function that stops listening. */
export function availableVoices(onVoices: (voices: SpeechSynthesisVoice[]) => void): () => void {
  if (typeof speechSynthesis === 'undefined') return () => {};
  const update = () => onVoices(speechSynthesis.getVoices());
  update();
  speechSynthesis.addEventListener('voiceschanged', update);
  return () => speechSynthesis.removeEventListener('voiceschanged', update);
}
