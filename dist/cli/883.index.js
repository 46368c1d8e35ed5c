export const id = 883;
export const ids = [883];
export const modules = {

/***/ 92264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ isMessage),
/* harmony export */   WorkerLink: () => (/* binding */ WorkerLink),
/* harmony export */   ZO: () => (/* binding */ errorData)
/* harmony export */ });
/* unused harmony export fromErrorData */
/* harmony import */ var _tensors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24055);
/**
 * The messages between the primary and the workers of `modelgate serve --workers N` (node:cluster
 * IPC), and the worker's end of them. A worker asks the primary (`call`) for what concerns every
 * worker: an admin change (applied by each worker before the answer), the merged /metrics, the
 * merged observation window, the deploy record (held by the primary). The primary asks each worker
 * (`do`) to apply a change or report its numbers, and tells them whether all of them are ready.
 */

function errorData(e) {
    if (e instanceof _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI)
        return { message: e.message, status: e.status, kind: e.kind };
    return { message: e instanceof Error ? e.message : String(e), status: 500, kind: 'internal' };
}
function fromErrorData(e) {
    return new _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI(e.message, e.status, e.kind);
}
function isMessage(m) {
    return typeof m === 'object' && m !== null && typeof m.mg === 'string';
}
/** The worker's end of the IPC channel (process.send). */
class WorkerLink {
    send;
    everyone = false;
    nextId = 1;
    waiting = new Map();
    local;
    init;
    stopHandlers = [];
    constructor(send = (m) => process.send(m)) {
        this.send = send;
        let gotInit;
        this.init = new Promise((r) => (gotInit = r));
        process.on('message', (m) => {
            if (!isMessage(m))
                return;
            const msg = m;
            if (msg.mg === 'init')
                gotInit({ slot: msg.slot, state: msg.state });
            else if (msg.mg === 'all-ready')
                this.everyone = msg.value;
            else if (msg.mg === 'reply') {
                const w = this.waiting.get(msg.id);
                this.waiting.delete(msg.id);
                if (msg.error)
                    w?.reject(fromErrorData(msg.error));
                else
                    w?.resolve(msg.value);
            }
            else if (msg.mg === 'do')
                void this.handle(msg.id, msg.op, msg.args);
            else if (msg.mg === 'stop')
                for (const f of this.stopHandlers)
                    f();
        });
    }
    /** Says hello; the primary answers with this worker's slot and the deployment state to start from. */
    hello() {
        this.send({ mg: 'hello' });
        return this.init;
    }
    /** What this worker does when the primary asks (its server's own state and numbers). */
    serve(local) {
        this.local = local;
    }
    ready(url, shared) {
        this.send({ mg: 'ready', url, shared });
    }
    fatal(message, code) {
        this.send({ mg: 'fatal', message, code });
    }
    onStop(fn) {
        this.stopHandlers.push(fn);
    }
    allReady() {
        return this.everyone;
    }
    call(op, args) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            this.send({ mg: 'call', id, op, args });
        });
    }
    async handle(id, op, args) {
        try {
            if (!this.local)
                throw new _tensors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestError */ .GI('this worker is not serving yet', 503, 'unavailable');
            this.send({ mg: 'done', id, value: await this.local(op, args) });
        }
        catch (e) {
            this.send({ mg: 'done', id, error: errorData(e) });
        }
    }
}


/***/ }),

/***/ 20883:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPrimary: () => (/* binding */ runPrimary)
/* harmony export */ });
/* unused harmony exports MAX_RESTARTS, RESTART_WINDOW_MS, RestartBudget */
/* harmony import */ var node_cluster__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70139);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19044);
/* harmony import */ var _peers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92264);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85289);
/**
 * The primary process of `modelgate serve --workers N`: starts N worker processes with node:cluster
 * (they share the listening port; the primary accepts connections and hands them out in turn),
 * and keeps them consistent and whole. It loads no model itself.
 *
 * - Admin changes (load, weights, promote, rollback) come from whichever worker received the
 *   request; the primary applies them one at a time: first on one worker (a refusal there, e.g. a
 *   bad model file, is the answer and nothing changed), then on all the others, and answers only
 *   when every worker has acknowledged. A worker that fails a change the first one accepted is
 *   killed and restarted from the new state, so no request after the answer reaches the old state.
 * - /metrics and the observation window are gathered from every ready worker and merged; the
 *   deploy record is kept here.
 * - /v2/health/ready is 200 only while every worker is ready (the primary tells them).
 * - Workers start from the first worker's state, each version at its pinned source (a registry
 *   reference at the digest the first worker resolved; a tag may move meanwhile).
 * - A worker that exits is logged and restarted from the current deployment state (the primary
 *   keeps the last state a change produced), at most MAX_RESTARTS times within RESTART_WINDOW_MS;
 *   past that the primary stops every worker and exits with status 1, for the process manager.
 * - SIGTERM or SIGINT: every worker stops gracefully (finishes requests in flight, flushes its
 *   capture file); the primary exits 0 when they have.
 */




const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** At most `max` restarts within any `windowMs`: `allow(now)` counts one in when it fits. */
class RestartBudget {
    max;
    windowMs;
    times = [];
    constructor(max = MAX_RESTARTS, windowMs = RESTART_WINDOW_MS) {
        this.max = max;
        this.windowMs = windowMs;
    }
    allow(now) {
        while (this.times.length && this.times[0] <= now - this.windowMs)
            this.times.shift();
        if (this.times.length >= this.max)
            return false;
        this.times.push(now);
        return true;
    }
}
/** Runs the workers until SIGTERM/SIGINT (0), a worker's start-up failure (its exit code), or too many crashes (1). */
function runPrimary(config, { log, fail }) {
    const slots = new Map();
    let state = null;
    let record;
    let stopping = false;
    let started = false;
    let lastAllReady = false;
    const budget = new RestartBudget();
    let nextId = 1;
    const pending = new Map();
    let finish;
    const done = new Promise((r) => (finish = r));
    // Admin changes and worker (re)starts run one at a time: a starting worker gets the state that
    // no change is about to replace.
    let chain = Promise.resolve();
    const exclusive = (fn) => {
        const p = chain.then(fn);
        chain = p.then(() => undefined, () => undefined);
        return p;
    };
    const send = (w, m) => {
        if (w.isConnected())
            w.send(m);
    };
    const live = () => [...slots.entries()].sort((a, b) => a[0] - b[0]).filter(([, s]) => s.ready).map(([, s]) => s.worker);
    const allReady = () => !stopping && slots.size === config.workers && [...slots.values()].every((s) => s.ready);
    const tellReady = (force = false) => {
        const v = allReady();
        if (v === lastAllReady && !force)
            return;
        lastAllReady = v;
        for (const s of slots.values())
            send(s.worker, { mg: 'all-ready', value: v });
    };
    /** Asks one worker; a worker that exits first answers 503. */
    const ask = (w, op, args) => new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, { worker: w, resolve });
        if (w.isConnected())
            w.send({ mg: 'do', id, op, args });
        else
            resolve({ error: { message: 'a worker stopped; try again', status: 503, kind: 'unavailable' } });
    });
    const gather = async (op) => (await Promise.all(live().map((w) => ask(w, op)))).filter((o) => !o.error).map((o) => o.value);
    const admin = (args) => exclusive(async () => {
        const [first, ...rest] = live();
        if (!first)
            return { error: { message: 'no worker is ready; try again', status: 503, kind: 'unavailable' } };
        const r = await ask(first, 'admin', args);
        if (r.error)
            return r;
        const shared = r.value;
        // The others load the very version the first one loaded (a registry tag may move meanwhile).
        const theirs = args.action === 'load' ? { ...args, source: shared.sources.candidate } : args;
        const others = await Promise.all(rest.map((w) => ask(w, 'admin', theirs).then((o) => ({ w, o }))));
        for (const { w, o } of others) {
            if (!o.error)
                continue;
            log.log('error', 'a worker failed an admin change the others made; restarting it from the new state', { worker: slotOf(w), pid: w.process.pid, error: o.error.message });
            w.process.kill('SIGKILL');
        }
        state = shared;
        return { value: shared.state };
    });
    const answer = async (w, id, op, args) => {
        let out;
        try {
            if (op === 'admin')
                out = await admin(args);
            else if (op === 'metrics')
                out = { value: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeMetrics */ .Af)(await gather('metrics')) };
            else if (op === 'window')
                out = { value: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeWindows */ .Mf)(await gather('window')) };
            else if (op === 'window-reset')
                out = { value: (0,_window_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeWindows */ .Mf)(await gather('window-reset')) };
            else if (op === 'record-get')
                out = { value: { record } };
            else if (op === 'record-put')
                out = { value: (record = args) };
            else if (op === 'record-delete')
                out = { value: (record = undefined) };
            else
                out = { error: { message: `unknown operation ${op}`, status: 500, kind: 'internal' } };
        }
        catch (e) {
            out = { error: (0,_peers_js__WEBPACK_IMPORTED_MODULE_2__/* .errorData */ .ZO)(e) };
        }
        send(w, { mg: 'reply', id, ...out });
    };
    const slotOf = (w) => [...slots.entries()].find(([, s]) => s.worker === w)?.[0];
    /** Forks the worker of a slot; resolves when it listens, rejects with its message when it exits first. */
    const start = (slot) => new Promise((resolve, reject) => {
        const w = node_cluster__WEBPACK_IMPORTED_MODULE_0__.fork();
        slots.set(slot, { worker: w, ready: false });
        let fatal;
        let wasReady = false;
        w.on('message', (m) => {
            if (!(0,_peers_js__WEBPACK_IMPORTED_MODULE_2__/* .isMessage */ .K8)(m))
                return;
            const msg = m;
            if (msg.mg === 'hello')
                send(w, { mg: 'init', slot, state });
            else if (msg.mg === 'ready') {
                wasReady = true;
                // The first worker's versions, pinned, are where the others start from.
                state ??= msg.shared;
                slots.get(slot).ready = true;
                log.log('info', 'worker ready', { worker: slot, pid: w.process.pid });
                tellReady(true);
                resolve();
            }
            else if (msg.mg === 'fatal')
                fatal = { message: msg.message, code: msg.code };
            else if (msg.mg === 'call')
                void answer(w, msg.id, msg.op, msg.args);
            else if (msg.mg === 'done') {
                const p = pending.get(msg.id);
                pending.delete(msg.id);
                p?.resolve({ value: msg.value, error: msg.error });
            }
        });
        w.on('exit', (code, signal) => {
            for (const [id, p] of pending) {
                if (p.worker !== w)
                    continue;
                pending.delete(id);
                p.resolve({ error: { message: 'a worker stopped; try again', status: 503, kind: 'unavailable' } });
            }
            if (slots.get(slot)?.worker !== w)
                return;
            slots.get(slot).ready = false;
            tellReady();
            if (!wasReady) {
                reject(Object.assign(new Error(fatal?.message ?? `worker ${slot} exited (${signal ?? `status ${code}`}) before it was ready`), { code: fatal?.code ?? 1 }));
                return;
            }
            if (stopping)
                return;
            log.log('error', 'worker exited', { worker: slot, pid: w.process.pid, code, signal });
            restart(slot);
        });
    });
    const restart = (slot) => {
        if (!budget.allow(Date.now())) {
            log.log('error', `workers exited ${MAX_RESTARTS} times within ${RESTART_WINDOW_MS / 1000} s; stopping the server`, {});
            void stop(1);
            return;
        }
        void exclusive(() => start(slot)).then(() => log.log('warn', 'worker restarted', { worker: slot, pid: slots.get(slot)?.worker.process.pid }), (e) => {
            log.log('error', 'worker failed to restart', { worker: slot, error: e.message });
            if (!stopping)
                restart(slot);
        });
    };
    const stop = async (code) => {
        if (stopping)
            return;
        stopping = true;
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        tellReady(true);
        log.log('info', 'shutting down', { workers: slots.size });
        const exits = [...slots.values()].filter((s) => s.worker.process.exitCode === null && s.worker.process.signalCode === null).map((s) => new Promise((r) => s.worker.once('exit', () => r())));
        for (const s of slots.values())
            send(s.worker, { mg: 'stop' });
        // Workers time out their own in-flight requests after shutdown-timeout-ms (and shadows after as
        // long again); a worker still there well after that is killed.
        const timer = setTimeout(() => {
            for (const s of slots.values())
                if (s.worker.process.exitCode === null)
                    s.worker.process.kill('SIGKILL');
        }, 2 * config.shutdownTimeoutMs + 5_000);
        await Promise.all(exits);
        clearTimeout(timer);
        log.log('info', 'stopped');
        finish(code);
    };
    const onSignal = () => void stop(0);
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    // The first worker alone (a bad setting or model is reported once; a registry version is pulled
    // into the cache once), then the others together.
    void exclusive(async () => {
        await start(1);
        await Promise.all(Array.from({ length: config.workers - 1 }, (_, i) => start(i + 2)));
    }).then(() => {
        started = true;
        log.log('info', 'workers ready', { workers: config.workers });
    }, async (e) => {
        if (started)
            return;
        fail(e.message);
        await stop(e.code ?? 1);
    });
    return done;
}


/***/ })

};
