import { useEffect, useState } from "preact/hooks";
import type { Workspace, WorkspaceState } from "./workspace";

/** The workspace's state, re-rendered on every change. */
export function useWorkspace(workspace: Workspace): WorkspaceState {
  const [state, setState] = useState(workspace.state);
  useEffect(() => {
    setState(workspace.state);
    return workspace.subscribe(() => setState(workspace.state));
  }, [workspace]);
  return state;
}
