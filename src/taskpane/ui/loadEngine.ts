/**
 * Loads the analysis engine (engine.ts, chunks/analysis…) once, for every tab. The Check tab's template
 * picker asks for it as soon as the pane is drawn (its built-in templates come with it), so the download
 * starts right after the first paint and is usually done before the officer's first Check; a Check, Flags or
 * Combine started sooner waits for the same download. A download that fails is not remembered: the next use
 * tries again, and the tab's message bar says what happened (messages.ts knows a chunk that did not load).
 */
import { useEffect, useState } from "preact/hooks";

export type Engine = typeof import("./engine");

let loading: Promise<Engine> | null = null;
let loaded: Engine | null = null;
const waiting = new Set<(engine: Engine) => void>();

/** The engine: at once when it is here, else once its chunk has downloaded and run. */
export function loadEngine(): Promise<Engine> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= import(/* webpackChunkName: "analysis" */ "./engine").then(
    (engine) => {
      loaded = engine;
      for (const notify of waiting) notify(engine);
      waiting.clear();
      return engine;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The engine as a component sees it while drawing. */
export type EngineState = { kind: "loading" } | { kind: "ready"; engine: Engine } | { kind: "failed" };

/**
 * The engine for drawing, asked for after the component first draws. A failed download is "failed" until a
 * later use (a Check, whose message bar says what went wrong) loads it: then "ready".
 */
export function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>(loaded ? { kind: "ready", engine: loaded } : { kind: "loading" });
  useEffect(() => {
    if (loaded) {
      setState({ kind: "ready", engine: loaded });
      return;
    }
    const ready = (engine: Engine) => setState({ kind: "ready", engine });
    waiting.add(ready);
    loadEngine().catch(() => setState((now) => (now.kind === "ready" ? now : { kind: "failed" })));
    return () => void waiting.delete(ready);
  }, []);
  return state;
}
