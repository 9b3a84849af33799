/**
 * Children that report as they go: one JSON event a line on stdout. A child
 * whose current step runs past its cap is stopped, and what it reported until
 * then is kept, so one very slow figure cannot hold up the whole run.
 */
import { spawn } from "node:child_process";

export type Watched<Event> = {
  events: Event[];
  /** Set when the child was stopped: the step it was in and how long that step had run. */
  stopped?: { step: Event | undefined; ms: number };
};

/**
 * Runs `node --import tsx <args>`. `isStart` says which events begin a step;
 * a step still running `capMs` after its start stops the child.
 */
export function watchChild<Event>(
  args: string[],
  { capMs, isStart, env = {} }: { capMs: number; isStart: (event: Event) => boolean; env?: Record<string, string> },
): Promise<Watched<Event>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const events: Event[] = [];
    let step: Event | undefined;
    let stepStarted = performance.now();
    let stopped: Watched<Event>["stopped"];
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      let end: number;
      while ((end = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, end).trim();
        pending = pending.slice(end + 1);
        if (!line.startsWith("{")) continue;
        const event = JSON.parse(line) as Event;
        events.push(event);
        if (isStart(event)) {
          step = event;
          stepStarted = performance.now();
        } else step = undefined;
      }
    });
    const timer = setInterval(() => {
      if (step !== undefined && performance.now() - stepStarted > capMs) {
        stopped = { step, ms: performance.now() - stepStarted };
        child.kill("SIGKILL");
      }
    }, 250);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code === 0 || stopped) resolve({ events, stopped });
      else reject(new Error(`${args.join(" ")} exited with ${code}`));
    });
  });
}
