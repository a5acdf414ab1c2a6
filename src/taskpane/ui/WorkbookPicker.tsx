import { useRef } from "preact/hooks";

export const WORKBOOK_TYPES = ".xlsx,.xlsm,.csv";

/**
 * A button that opens the file picker for several workbooks. The file input itself is visually hidden (but
 * labelled, for assistive technology and for tests that set its files); its value is cleared after each pick
 * so the same files can be picked again.
 */
export function WorkbookPicker({ text, label, primary, disabled, onFiles }: { text: string; label: string; primary?: boolean; disabled?: boolean; onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={primary ? "primary" : undefined} disabled={disabled} onClick={() => input.current?.click()}>
        {text}
      </button>
      <input
        ref={input}
        class="visually-hidden"
        type="file"
        multiple
        accept={WORKBOOK_TYPES}
        aria-label={label}
        tabIndex={-1}
        disabled={disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
