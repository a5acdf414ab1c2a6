/**
 * What the standalone page holds instead of Excel: the workbooks the officer opened (read in the browser,
 * never uploaded), the sheet on view, the selected cell, the highlighted cells and the flag columns added.
 * The browser host (browserHost.ts) changes it; the sheet view (WorkspaceView.tsx) shows it.
 */
import type { Grid } from "../../model";
import { readPickedFile, type PickedFile } from "../files/readPickedFile";
import type { CellMark, FlagColumnsRequest } from "../hostApi";

/** Sheets are listed as "file › sheet", so two workbooks' "Sheet1" stay apart. */
export const sheetLabel = (file: string, sheet: string): string => `${file} › ${sheet}`;

export interface OpenSheet {
  /** "file › sheet": the name the pane knows it by (findings and marks use it). */
  name: string;
  file: string;
  grid: Grid;
}

export interface WorkspaceState {
  sheets: readonly OpenSheet[];
  /** Files that could not be opened, with the reader's message (what is wrong and what to do). */
  failures: readonly { file: string; message: string }[];
  opening: boolean;
  active: string | null;
  selection: { sheet: string; cell: string } | null;
  marks: readonly CellMark[];
  flags: readonly FlagColumnsRequest[];
}

const EMPTY: WorkspaceState = { sheets: [], failures: [], opening: false, active: null, selection: null, marks: [], flags: [] };

export class Workspace {
  private current: WorkspaceState = EMPTY;
  private readonly listeners = new Set<() => void>();

  get state(): WorkspaceState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<WorkspaceState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Opens files one by one; a file opened again (same name) replaces the earlier copy and its flags. */
  async open(files: readonly PickedFile[]): Promise<void> {
    this.update({ opening: true });
    try {
      for (const file of files) {
        const read = await readPickedFile(file);
        const others = (s: { file: string }) => s.file !== file.name;
        const sheets = this.current.sheets.filter(others);
        const failures = this.current.failures.filter(others);
        const flags = this.current.flags.filter((f) => !f.sheet.startsWith(sheetLabel(file.name, "")));
        if ("error" in read) {
          this.update({ sheets, flags, failures: [...failures, { file: file.name, message: read.error.message }] });
          continue;
        }
        const added = read.sheets.map((grid) => ({ name: sheetLabel(file.name, grid.name), file: file.name, grid: { ...grid, name: sheetLabel(file.name, grid.name) } }));
        // Shown first: the workbook's fullest sheet (usually the plan, not its instructions or cover sheet).
        const fullest = added.reduce<OpenSheet | null>((best, s) => (!best || s.grid.rows.length > best.grid.rows.length ? s : best), null);
        const active = this.current.active && sheets.some((s) => s.name === this.current.active) ? this.current.active : (fullest?.name ?? null);
        this.update({ sheets: [...sheets, ...added], failures, flags, active });
      }
    } finally {
      this.update({ opening: false });
    }
  }

  sheet(name: string): OpenSheet | undefined {
    return this.current.sheets.find((s) => s.name === name);
  }

  show(sheet: string): void {
    this.update({ active: sheet });
  }

  select(sheet: string, cell: string): void {
    this.update({ active: sheet, selection: { sheet, cell } });
  }

  mark(marks: readonly CellMark[]): void {
    this.update({ marks });
  }

  /** Shows flag columns beside a table; flags added again for the same table replace the earlier ones. */
  addFlags(request: FlagColumnsRequest): void {
    const others = this.current.flags.filter((f) => !(f.sheet === request.sheet && f.headerRow === request.headerRow));
    this.update({ flags: [...others, request], active: request.sheet });
  }

  closeAll(): void {
    this.update(EMPTY);
  }
}
