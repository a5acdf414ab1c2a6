import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";

export interface Tab<Id extends string> {
  id: Id;
  label: string;
}

const KEY_MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * An ARIA tab list (WAI-ARIA Authoring Practices, automatic activation): one tab stop, arrow keys move
 * between tabs and select them, Home and End go to the first and last.
 */
export function TabList<Id extends string>({ label, tabs, selected, onSelect }: { label: string; tabs: readonly Tab<Id>[]; selected: Id; onSelect: (id: Id) => void }) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(index, tabs.length);
    onSelect(tabs[next].id);
    buttons.current[next]?.focus();
  };
  return (
    <div class="tab-list" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          class="tab"
          aria-selected={tab.id === selected}
          aria-controls={`panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** A tab's panel; hidden panels stay mounted so each tab keeps its results while another is shown. */
export function TabPanel({ id, selected, children }: { id: string; selected: boolean; children: ComponentChildren }) {
  return (
    <section class="tab-panel" role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} tabIndex={0} hidden={!selected}>
      {children}
    </section>
  );
}
