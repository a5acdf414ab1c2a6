import type { Rag } from "../../../model";
import { count } from "../format";

export const RAG_ORDER: readonly { rag: Rag; label: string }[] = [
  { rag: "red", label: "Red (overdue)" },
  { rag: "amber", label: "Amber (due soon or blocked)" },
  { rag: "green", label: "Green (on track)" },
  { rag: "blue", label: "Blue (complete)" },
  { rag: "grey", label: "Grey (cancelled or not assessable)" },
];

const BAR = 22;
const LABEL = 150;
const WIDTH = 320;

/** A small horizontal bar chart of the ratings, drawn as inline SVG (no chart library). */
export function RagChart({ counts }: { counts: Record<Rag, number> }) {
  const max = Math.max(1, ...RAG_ORDER.map(({ rag }) => counts[rag]));
  const room = WIDTH - LABEL - 40;
  const description = RAG_ORDER.map(({ rag }) => `${count(counts[rag])} ${rag}`).join(", ");
  return (
    <svg class="rag-chart" viewBox={`0 0 ${WIDTH} ${RAG_ORDER.length * BAR}`} role="img" aria-label={`Actions by rating: ${description}`}>
      {RAG_ORDER.map(({ rag, label }, i) => {
        const width = Math.round((counts[rag] / max) * room);
        return (
          <g key={rag} transform={`translate(0 ${i * BAR})`}>
            <text x={0} y={BAR / 2 + 4} class="rag-chart-label">
              {label}
            </text>
            <rect x={LABEL} y={4} width={Math.max(width, counts[rag] > 0 ? 2 : 0)} height={BAR - 8} rx={2} class={`rag-fill ${rag}`} />
            <text x={LABEL + width + 6} y={BAR / 2 + 4} class="rag-chart-value">
              {count(counts[rag])}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
