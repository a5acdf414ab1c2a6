import type { Message } from "./messages";

const ICONS: Record<Message["intent"], string> = { error: "✕", warning: "!", success: "✓", info: "i" };

/** A Fluent-style message bar: errors are announced at once (role="alert"), the rest politely. */
export function MessageBar({ message, onDismiss }: { message: Message | null; onDismiss?: () => void }) {
  if (!message) return null;
  return (
    <div class={`message-bar ${message.intent}`} role={message.intent === "error" ? "alert" : "status"}>
      <span class="message-icon" aria-hidden="true">
        {ICONS[message.intent]}
      </span>
      <div class="message-body">
        <p class="message-text">{message.text}</p>
        {message.action && <p class="message-action">{message.action}</p>}
      </div>
      {onDismiss && (
        <button type="button" class="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
