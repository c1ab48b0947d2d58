import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/** A text filter that writes to the address once the user pauses typing (or presses Enter, or leaves it). */
export function FilterText({
  label,
  placeholder,
  value,
  onCommit,
}: {
  label: string;
  placeholder: string;
  value: string;
  onCommit(value: string): void;
}) {
  const [text, setText] = useState(value);
  // The value last written, so that the address catching up does not overwrite newer typing.
  const written = useRef(value);
  const commit = useDebouncedCallback((next: string) => {
    written.current = next;
    onCommit(next);
  }, 400);
  useEffect(() => {
    // Changed elsewhere (clear filters, an entity's ID clicked, back in history): show it.
    if (value !== written.current) {
      written.current = value;
      commit.cancel();
      setText(value);
    }
  }, [value, commit]);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      w={190}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
      onBlur={() => commit.flush()}
    />
  );
}
