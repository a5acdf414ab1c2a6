/**
 * The task pane's script (for now a start-up check; issue 6 builds the real pane here). It runs in the
 * shared runtime page next to the custom functions and reaches Office only through ./host.
 */
import { whenOfficeReady } from "./host/officeReady";
import { loadedMessage } from "./loadedMessage";

const status = document.getElementById("status");

whenOfficeReady().then(
  (info) => {
    if (status) status.textContent = loadedMessage(info);
  },
  (error: unknown) => {
    if (status) status.textContent = `PlanCheck could not start: ${error instanceof Error ? error.message : String(error)}. Close the pane and open it again.`;
  },
);
