import { Fault } from "./types"

interface ArmedFault extends Fault {
  remaining: number
}

/** Injected failures, consumed by matching requests in the order they were injected. */
export class Faults {
  private armed: ArmedFault[] = []

  add(fault: Fault): void {
    if (fault.mode === "delay" && !(fault.delayMs && fault.delayMs > 0)) {
      throw new Error("injectFault: mode 'delay' needs a positive delayMs")
    }
    this.armed.push({ ...fault, remaining: fault.times ?? 1 })
  }

  /** The first armed fault matching the request, with one use taken from it. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.armed.find(
      (f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && matches(f.path, path)
    )
    if (fault) {
      fault.remaining--
    }
    return fault
  }

  clear(): void {
    this.armed = []
  }
}

function matches(pattern: RegExp, path: string): boolean {
  pattern.lastIndex = 0 // a /g or /y pattern keeps state between test() calls
  return pattern.test(path)
}
