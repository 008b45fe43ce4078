/** Options: one labelled checkbox (the pages' switches and multiple-choice lists). */
import type { ComponentChildren, JSX } from 'preact';

/** Returns a labelled checkbox that reports its new state. */
export function Checkbox({
  id,
  name,
  value,
  checked,
  onToggle,
  children,
}: {
  id?: string;
  name?: string;
  value?: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <label class="op-check">
      <input
        type="checkbox"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      {children}
    </label>
  );
}
