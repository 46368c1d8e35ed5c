export const id = 937;
export const ids = [937];
export const modules = {

/***/ 9937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsLogger: () => (/* binding */ actionsLogger),
/* harmony export */   redactedConfig: () => (/* binding */ redactedConfig),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4522);
/* harmony import */ var _lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7064);
/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 */



const actionsLogger = {
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warning: (m, a) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m, a),
    error: (m, a) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m, a),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
};
/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
function redactedConfig(config, secrets = []) {
    const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase()))]);
    return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}
async function runAction(def) {
    try {
        // Secret inputs are masked in every log line, whatever prints them.
        for (const name of def.secrets ?? []) {
            const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
            if (value)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        }
        const inputs = new _lib_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G({ raw: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined });
        const config = def.parse(inputs);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
        const result = await def.run(config, actionsLogger);
        for (const [name, value] of Object.entries(result.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, String(value));
        if (result.summary)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(result.summary, true).write();
        if (!result.passed)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(result.failure ?? `${def.name} failed`);
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e.message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
}


/***/ })

};
