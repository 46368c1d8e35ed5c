export const id = 369;
export const ids = [369];
export const modules = {

/***/ 28369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ sha256Files),
/* harmony export */   w: () => (/* binding */ sha256FilesOffThread)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
/** Content digests shared by the steps that record what data they read. */



/**
 * SHA-256 of the files' bytes concatenated in the order given: evaluation.json's `data.sha256`
 * and the built-in trainer's recorded `data.sha256` are the same digest for the same files.
 */
async function sha256Files(files) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of files) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(f, { highWaterMark: 1 << 20 }))
            h.update(chunk);
    }
    return h.digest('hex');
}
// The worker's program: plain CommonJS, nothing of modelgate's (it starts in a few milliseconds).
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const h = createHash('sha256');
const buf = Buffer.allocUnsafe(1 << 20);
for (const f of workerData) {
  const fd = openSync(f, 'r');
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
parentPort.postMessage(h.digest('hex'));
`;
/**
 * sha256Files on a thread of its own, so the digest costs the calling thread nothing (evaluate-model
 * reads the data on the other cores meanwhile, or computes metrics). If the thread fails, the
 * digest is computed here instead (and a read error is reported as sha256Files reports it).
 * `stop` ends the thread early (its digest is then never awaited).
 */
function sha256FilesOffThread(files) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(HASH_WORKER, { eval: true, workerData: [...files] });
    let settled = false;
    const digest = new Promise((resolve, reject) => {
        const here = () => {
            if (settled)
                return;
            settled = true;
            sha256Files(files).then(resolve, reject);
        };
        worker.once('message', (hex) => {
            settled = true;
            resolve(hex);
        });
        worker.once('error', here);
        worker.once('exit', here);
    });
    // Awaited later (after other work): a failure must not count as unhandled meanwhile.
    digest.catch(() => undefined);
    return {
        digest,
        stop: () => {
            settled = true;
            void worker.terminate();
        },
    };
}


/***/ })

};
