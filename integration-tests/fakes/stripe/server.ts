import http from "node:http"
import { AddressInfo } from "node:net"
import { StripeHttpError, apiError, unauthorized } from "./errors"
import { checkExpandable, expand } from "./expand"
import { Faults } from "./faults"
import { parseForm } from "./form"
import { IdempotencyStore } from "./idempotency"
import { newId } from "./ids"
import { Router } from "./router"
import { API_VERSION, State } from "./state"
import { LoggedRequest, Params } from "./types"
import { validate } from "./validate"

export interface ServerDeps {
  apiKey: string
  state: State
  router: Router
  faults: Faults
  idempotency: IdempotencyStore
  requests: LoggedRequest[]
}

interface Answer {
  status: number
  body: unknown
  headers: Record<string, string>
}

/**
 * The HTTP side: logs each request, applies injected faults, checks the API
 * key, handles idempotency, runs the route and answers JSON like Stripe.
 */
export class FakeStripeServer {
  private readonly server: http.Server
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(private readonly deps: ServerDeps) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // a bug in the fake itself: answer like a Stripe 500 and say why
        console.error("fake stripe: internal error", error)
        if (!res.headersSent && !res.destroyed) {
          write(res, { status: 500, body: { error: apiError(String(error)).body }, headers: {} })
        }
      })
    })
  }

  async listen(host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject)
      this.server.listen(0, host, () => resolve())
    })
    return (this.server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    this.timers.forEach((t) => clearTimeout(t))
    this.timers.clear()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req)
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://fake.stripe")
    const idempotencyKey = header(req, "idempotency-key")
    let params: Params = {}
    let parseError: StripeHttpError | undefined
    try {
      params = parseForm(method === "POST" ? body : url.search.slice(1))
    } catch (error) {
      parseError = error as StripeHttpError
    }
    const logged: LoggedRequest = { method, path: url.pathname, params, ...(idempotencyKey ? { idempotencyKey } : {}) }
    this.deps.requests.push(logged)

    const fault = this.deps.faults.take(method, url.pathname)
    if (fault) {
      logged.fault = fault.mode
    }
    if (fault?.mode === "reset") {
      req.socket.destroy()
      return
    }
    if (fault?.mode === "500") {
      logged.status = 500
      write(res, { status: 500, body: { error: apiError().body }, headers: { "request-id": newId("req") } })
      return
    }
    const delayMs = fault?.mode === "delay" ? fault.delayMs ?? 0 : 0
    const answer = await this.answer(req, method, url.pathname, params, parseError, idempotencyKey, delayMs)
    logged.status = answer.status
    logged.replayed = answer.headers["idempotent-replayed"] === "true"
    if (fault?.mode === "commit-then-reset" || res.destroyed || req.socket.destroyed) {
      req.socket.destroy()
      return
    }
    write(res, answer)
  }

  private async answer(
    req: http.IncomingMessage,
    method: string,
    path: string,
    rawParams: Params,
    parseError: StripeHttpError | undefined,
    key: string | undefined,
    delayMs: number
  ): Promise<Answer> {
    const requestId = newId("req")
    const headers: Record<string, string> = {
      "request-id": requestId,
      "stripe-version": header(req, "stripe-version") ?? API_VERSION,
      ...(key && method === "POST" ? { "idempotency-key": key } : {}),
    }
    const fail = (error: StripeHttpError): Answer => ({ status: error.status, body: { error: error.body }, headers })

    const auth = header(req, "authorization")
    if (!auth) {
      return fail(
        unauthorized(
          "You did not provide an API key. You need to provide your API key in the Authorization header, " +
            "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
        )
      )
    }
    if (auth !== `Bearer ${this.deps.apiKey}`) {
      const given = auth.replace(/^Bearer /, "")
      return fail(unauthorized(`Invalid API Key provided: ${given.slice(0, 8)}****${given.slice(-4)}`))
    }
    const matched = this.deps.router.match(method, path)
    if (!matched) {
      return fail(
        new StripeHttpError(404, {
          type: "invalid_request_error",
          message:
            `Unrecognized request URL (${method}: ${path}). ` +
            "Please see https://stripe.com/docs or we can help at https://support.stripe.com/.",
        })
      )
    }
    if (parseError) {
      return fail(parseError)
    }

    const idempotent = method === "POST" && key !== undefined
    const fingerprint = IdempotencyStore.fingerprint(method, path, rawParams)
    if (idempotent) {
      const prior = this.deps.idempotency.lookup(key, fingerprint)
      if (prior.kind === "replay") {
        const { answer } = prior
        return {
          status: answer.status,
          body: answer.body,
          headers: { ...headers, "idempotent-replayed": "true", "original-request": answer.requestId },
        }
      }
      if (prior.kind === "mismatch") {
        return fail(
          new StripeHttpError(400, {
            type: "idempotency_error",
            message:
              "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
              `Try using a key other than '${key}' if you meant to execute a different request.`,
          })
        )
      }
      if (prior.kind === "in-progress") {
        return fail(
          new StripeHttpError(409, {
            type: "invalid_request_error",
            code: "idempotency_key_in_use",
            message: "There is currently another in-progress request using this Idempotency-Key. Please try again later.",
          })
        )
      }
      this.deps.idempotency.begin(key, fingerprint)
    }
    if (delayMs > 0) {
      await this.sleep(delayMs)
    }

    const { route, id } = matched
    const { state } = this.deps
    let answer: Answer
    let keep = true
    state.currentRequest = { id: requestId, idempotencyKey: key ?? null }
    try {
      const p = validate(rawParams, route.fields)
      checkExpandable(route.returns, p.expand)
      const result = route.handle({ state, p, id, path })
      answer = { status: 200, body: expand(state, structuredClone(result), p.expand), headers }
    } catch (error) {
      if (!(error instanceof StripeHttpError)) {
        if (idempotent) {
          this.deps.idempotency.forget(key)
        }
        throw error
      }
      keep = error.replayable
      answer = fail(error)
    } finally {
      state.currentRequest = { id: null, idempotencyKey: null }
    }
    if (idempotent) {
      if (keep) {
        this.deps.idempotency.save(key, { status: answer.status, body: answer.body, requestId })
      } else {
        this.deps.idempotency.forget(key)
      }
    }
    return answer
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

function write(res: http.ServerResponse, answer: Answer): void {
  const text = JSON.stringify(answer.body, null, 2)
  res.writeHead(answer.status, {
    ...answer.headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  })
  res.end(text)
}
