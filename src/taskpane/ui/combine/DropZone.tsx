import { useState } from "preact/hooks";
import { WorkbookPicker } from "../WorkbookPicker";

/** Pick several workbooks with the file picker, or drop them here. */
export function DropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? "drop-zone over" : "drop-zone"}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer?.files ?? []);
        if (!disabled && files.length > 0) onFiles(files);
      }}
    >
      <p>Drop district workbooks here (.xlsx, .xlsm or .csv), or</p>
      <WorkbookPicker text="Choose workbooks…" label="District workbooks to combine" disabled={disabled} onFiles={onFiles} />
    </div>
  );
}
