import { SingleBar } from "cli-progress";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const QUIET: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for runs that take longer than a second, and only on a terminal: never in
 * JSON mode or when stderr is piped, so scripts get clean output.
 */
export function createProgress(total: number, enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY || total < 2) return QUIET;
  let done = 0;
  let label = "";
  let bar: SingleBar | undefined;
  const timer = setTimeout(() => {
    bar = new SingleBar({ stream, format: "Combining [{bar}] {value}/{total} files  {label}", hideCursor: true, clearOnComplete: true });
    bar.start(total, done, { label });
  }, 1000);
  return {
    tick(next) {
      done++;
      label = next;
      bar?.update(done, { label });
    },
    stop() {
      clearTimeout(timer);
      bar?.stop();
    },
  };
}
