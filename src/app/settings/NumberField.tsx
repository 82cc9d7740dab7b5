import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
};

/**
 * A number input that lets a person type freely: a value in range is taken as it is typed, one out
 * of range (or half typed) only when the field is left or Enter is pressed, then kept within range.
 */
export function NumberField({ value, min, max, onCommit, ...rest }: Props) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const parse = (text: string) => (text.trim() === '' ? NaN : Number(text));
  const settle = () => {
    const v = parse(draft);
    if (!Number.isFinite(v)) return setDraft(String(value));
    const kept = Math.min(max, Math.max(min, v));
    setDraft(String(kept));
    if (kept !== value) onCommit(kept);
  };
  return (
    <input
      {...rest}
      type="number"
      min={min}
      max={max}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = parse(e.target.value);
        if (Number.isFinite(v) && v >= min && v <= max && v !== value) onCommit(v);
      }}
      onBlur={settle}
      onKeyDown={(e) => {
        if (e.key === 'Enter') settle();
      }}
    />
  );
}
