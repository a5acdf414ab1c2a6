import { useCallback, useState } from "preact/hooks";
import { problem, type Message } from "./messages";

/**
 * A tab's one-thing-at-a-time runner: while `work` runs, `busy` says what is happening (for the spinner
 * and to disable buttons); anything it throws becomes `message`, an error with what to do.
 */
export function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const run = useCallback(async <T,>(doing: string, label: string, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(label);
    setMessage(null);
    try {
      return await work();
    } catch (error) {
      setMessage(problem(error, doing));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, message, setMessage, run };
}
