/** A labelled whole-number input that saves on change and explains out-of-range values instead of clamping them. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';

/** Returns the input; `onSave` gets only valid integers within [min, max]. */
export function NumberField({
  id,
  label,
  value,
  min,
  max,
  step = 1,
  disabled = false,
  onSave,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  disabled?: boolean;
  onSave: (value: number) => void;
}): JSX.Element {
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(String(value));
    setInvalid(false);
  }, [value]);
  const commit = (raw: string) => {
    const n = Number(raw.trim());
    if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (n !== value) onSave(n);
  };
  return (
    <div class="op-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={text}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        onChange={(e) => commit((e.currentTarget as HTMLInputElement).value)}
      />
      {invalid && (
        <p id={`${id}-error`} class="op-error" role="alert">
          {t('optNumberInvalid', min, max)}
        </p>
      )}
    </div>
  );
}
