import { useState } from "preact/hooks";
import { MessageBar } from "./MessageBar";
import type { Message } from "./messages";

export interface StartProblemProps {
  message: Message;
  /** Where trying again can help: starts again (or reloads the page). None where it cannot (Excel too old). */
  onRetry?: () => unknown;
}

/** The pane when it could not start: what happened and what to do, and Retry where trying again can help. */
export function StartProblem({ message, onRetry }: StartProblemProps) {
  const [trying, setTrying] = useState(false);
  const retry = async () => {
    setTrying(true);
    try {
      await onRetry?.();
    } finally {
      setTrying(false);
    }
  };
  return (
    <main class="pane">
      <h1>PlanCheck</h1>
      <MessageBar message={message} />
      {onRetry && (
        <div class="button-row">
          <button type="button" class="primary" disabled={trying} onClick={retry}>
            {trying ? "Trying again…" : "Retry"}
          </button>
        </div>
      )}
    </main>
  );
}
