export const id = 698;
export const ids = [698];
export const modules = {

/***/ 7302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ subsetPaired),
/* harmony export */   Zj: () => (/* binding */ predictionsFile),
/* harmony export */   aM: () => (/* binding */ loadPaired)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4522);
/* harmony import */ var _data_csv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5214);
/* harmony import */ var _data_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6043);
/**
 * Both models' predictions on the same rows, aligned by data row index: what the paired tests of
 * compare-to-baseline run on. Reads the predictions.csv files evaluate-model writes.
 */





/** The predictions file of an evaluation: as recorded, else next to the evaluation.json. */
function predictionsFile(ev, evaluationPath) {
    const p = ev.predictions;
    if (!p)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${evaluationPath}: records no predictions file`, evaluationPath);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        return p;
    // Downloaded artifacts keep the files together but not the paths they were written to.
    const beside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(evaluationPath), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside))
        return beside;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${evaluationPath}: its predictions file ${p} was not found (also looked beside the evaluation)`, evaluationPath);
}
function parseCsv(path) {
    const rows = [];
    const lines = [];
    const parser = new _data_csv_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvParser */ .C({
        file: path,
        onRecord: (fields, line) => {
            rows.push(fields);
            lines.push(line);
        },
    });
    parser.write((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    parser.end();
    if (rows.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${path}: empty predictions file`, path);
    return { header: rows[0], rows: rows.slice(1), lines: lines.slice(1) };
}
/** A value from a predictions file quoted for a one-line message. */
function shown(v) {
    const s = (v ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return `'${s.length > 40 ? `${s.slice(0, 39)}…` : s}'`;
}
/**
 * A cell of a predictions file as a number: a probability in [0, 1], or any finite number. A
 * predictions file is an artifact (from a pull request's run, perhaps): a cell that is not what
 * evaluate-model writes is refused with the file and line, never tested as NaN.
 */
function cellNumber(p, i, col, file, what, probability) {
    const v = p.rows[i][col];
    const x = v === undefined || v.trim() === '' ? NaN : Number(v);
    if (probability ? !(x >= 0 && x <= 1) : !Number.isFinite(x)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}:${p.lines[i]}: ${what} ${shown(v)} is not ${probability ? 'a probability in [0, 1]' : 'a finite number'}`, file, p.lines[i]);
    }
    return x;
}
function loadPaired(candidate, candidatePath, baseline, baselinePath) {
    const cFile = predictionsFile(candidate, candidatePath);
    const bFile = predictionsFile(baseline, baselinePath);
    const c = parseCsv(cFile);
    const b = parseCsv(bFile);
    const col = (p, name, file) => {
        const i = p.header.indexOf(name);
        if (i < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}: no '${name}' column (header: ${p.header.join(', ')})`, file);
        return i;
    };
    const bRow = col(b, 'row', bFile);
    const byRow = new Map();
    b.rows.forEach((r, i) => byRow.set(r[bRow], i));
    const n = c.rows.length;
    if (b.rows.length !== n)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${cFile} has ${n} rows, ${bFile} ${b.rows.length}: the two evaluations did not see the same rows`, cFile);
    const task = candidate.task;
    const y = new Float64Array(n);
    const cand = new Float64Array(n);
    const base = new Float64Array(n);
    const cRow = col(c, 'row', cFile);
    const cLabel = col(c, 'label', cFile);
    const bLabel = col(b, 'label', bFile);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = byRow.get(c.rows[i][cRow]);
        if (j === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${bFile}: has no row ${c.rows[i][cRow]}, which ${cFile} has`, bFile);
        if (b.rows[j][bLabel] !== c.rows[i][cLabel])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`row ${c.rows[i][cRow]}: label '${c.rows[i][cLabel]}' in ${cFile} but '${b.rows[j][bLabel]}' in ${bFile}`, cFile);
        order[i] = j;
    }
    let candidateLoss;
    let baselineLoss;
    if (task === 'binary') {
        const pos = candidate.positiveLabel;
        // Labels are written as labelKey() of the cell, so the classes are compared the same way.
        const classes = candidate.classes.length === 2 ? candidate.classes.map((k) => (0,_data_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .labelKey */ .kJ)(k) ?? k) : null;
        if (pos === null || !classes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${candidatePath}: a binary evaluation needs its two classes and positiveLabel for paired tests`, candidatePath);
        const cs = col(c, 'score', cFile);
        const bs = col(b, 'score', bFile);
        for (let i = 0; i < n; i++) {
            const label = c.rows[i][cLabel];
            if (!classes.includes(label))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${cFile}:${c.lines[i]}: label ${shown(label)} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, cFile, c.lines[i]);
            y[i] = label === pos ? 1 : 0;
            cand[i] = cellNumber(c, i, cs, cFile, 'score', true);
            base[i] = cellNumber(b, order[i], bs, bFile, 'score', true);
        }
    }
    else if (task === 'regression') {
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        for (let i = 0; i < n; i++) {
            y[i] = cellNumber(c, i, cLabel, cFile, 'label', false);
            cand[i] = cellNumber(c, i, cp, cFile, 'prediction', false);
            base[i] = cellNumber(b, order[i], bp, bFile, 'prediction', false);
        }
    }
    else {
        const classes = candidate.classes;
        if (JSON.stringify(classes) !== JSON.stringify(baseline.classes))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${candidatePath} and ${baselinePath} have different classes`, candidatePath);
        // Labels are written as labelKey() of the cell, predictions as the class name: either form maps.
        const idx = new Map([...classes.map((k, i) => [(0,_data_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .labelKey */ .kJ)(k) ?? k, i]), ...classes.map((k, i) => [k, i])]);
        const cp = col(c, 'prediction', cFile);
        const bp = col(b, 'prediction', bFile);
        const cProb = classes.map((k) => col(c, `p_${k}`, cFile));
        const bProb = classes.map((k) => col(b, `p_${k}`, bFile));
        candidateLoss = new Float64Array(n);
        baselineLoss = new Float64Array(n);
        const eps = 2.220446049250313e-16;
        const classOf = (p, r, column, file, what) => {
            const k = idx.get(p.rows[r][column]);
            if (k === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(`${file}:${p.lines[r]}: ${what} ${shown(p.rows[r][column])} is not one of the evaluation's classes (${classes.map(shown).join(', ')})`, file, p.lines[r]);
            return k;
        };
        for (let i = 0; i < n; i++) {
            const label = classOf(c, i, cLabel, cFile, 'label');
            y[i] = label;
            cand[i] = classOf(c, i, cp, cFile, 'prediction');
            base[i] = classOf(b, order[i], bp, bFile, 'prediction');
            const pc = cellNumber(c, i, cProb[label], cFile, `p_${classes[label]}`, true);
            const pb = cellNumber(b, order[i], bProb[label], bFile, `p_${classes[label]}`, true);
            candidateLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pc)));
            baselineLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, pb)));
        }
    }
    const slices = new Map();
    c.header.forEach((h, i) => {
        if (h.startsWith('slice:'))
            slices.set(h.slice(6), c.rows.map((r) => r[i]));
    });
    return { task, n, y, candidate: cand, baseline: base, candidateLoss, baselineLoss, slices };
}
/** The rows of `p` where `keep` holds. */
function subsetPaired(p, keep) {
    let k = 0;
    const all = new Uint32Array(p.n);
    for (let i = 0; i < p.n; i++)
        if (keep(i))
            all[k++] = i;
    const idx = all.subarray(0, k);
    const pick = (a) => {
        const out = new Float64Array(k);
        for (let j = 0; j < k; j++)
            out[j] = a[idx[j]];
        return out;
    };
    return {
        task: p.task,
        n: idx.length,
        y: pick(p.y),
        candidate: pick(p.candidate),
        baseline: pick(p.baseline),
        candidateLoss: p.candidateLoss && pick(p.candidateLoss),
        baselineLoss: p.baselineLoss && pick(p.baselineLoss),
        slices: new Map(),
    };
}


/***/ }),

/***/ 8424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ assertArtifact)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
;// CONCATENATED MODULE: ./.build/js/src/schemas/data-report.schema.json
const data_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data-report.schema.json","title":"modelgate data-report.json","description":"What validate-data found: rows, column summaries, violations, drift.","type":"object","required":["kind","schemaVersion","passed","rows","columns","violations","drift"],"properties":{"kind":{"const":"data-report"},"schemaVersion":{"const":1},"passed":{"type":"boolean"},"failOn":{"enum":["any","violations","drift","never"]},"sources":{"type":"array","items":{"type":"string"}},"format":{"enum":["csv","tsv","jsonl","parquet","profile"]},"shard":{"type":["string","null"]},"schema":{"type":["string","null"]},"rows":{"type":"integer","minimum":0},"columns":{"type":"array","items":{"type":"object","required":["name","type","count","nulls","distinct","min","max","mean","std","quantiles","topValues"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","empty"]},"count":{"type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"distinct":{"type":"integer","minimum":0},"distinctExact":{"type":"boolean"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"quantiles":{"type":["object","null"],"additionalProperties":{"type":"number"}},"histogram":{"type":["object","null"],"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"counts":{"type":"array","items":{"type":"number"}}}},"topValues":{"type":"array","items":{"type":"object","required":["value","count"],"properties":{"value":{"type":["string","number"]},"count":{"type":"number","description":"exact, or with estimated: an upper bound (the true count is in [count - error, count])"},"error":{"type":"number","minimum":0},"estimated":{"const":true}}}}}}},"violations":{"type":"object","required":["count","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array","items":{"type":"object","required":["row","line","column","rule","message"],"properties":{"row":{"type":["integer","null"]},"line":{"type":["integer","null"]},"file":{"type":["string","null"]},"column":{"type":["string","null"]},"rule":{"type":"string"},"message":{"type":"string"},"values":{"type":"object"}}}}}},"reference":{"type":["object","null"],"required":["source","kind","rows"],"properties":{"source":{"type":"string"},"kind":{"enum":["dataset","profile"]},"rows":{"type":"integer"}}},"drift":{"type":"array","items":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"],"description":"null when not a finite number; reason says how the result was decided"},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"integer"},"currentCount":{"type":"integer"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"},"maxItems":10,"description":"categories in the current data the reference never had (exact counts only)"},"reason":{"type":"string"},"explanation":{"type":"string"},"histogram":{"description":"Numeric columns: both sides binned on the same equal-width edges over their joint range, from the sketches (counts).","type":"object","required":["edges","reference","current"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"driftSkipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"datasetDrift":{"type":["object","null"],"required":["share","threshold","drifted"],"properties":{"share":{"type":"number"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"driftedColumns":{"type":"integer"},"testedColumns":{"type":"integer"}}},"schemaDrift":{"type":["object","null"],"required":["newColumns","missingColumns"],"properties":{"newColumns":{"type":"array","items":{"type":"string"}},"missingColumns":{"type":"array","items":{"type":"string"}},"typeChanges":{"type":"array","items":{"type":"object","required":["column","reference","current"],"properties":{"column":{"type":"string"},"reference":{"type":"string"},"current":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/profile.schema.json","title":"modelgate profile.json","description":"A dataset profile made of mergeable sketches: profiles of shards merge into the profile of the whole.","type":"object","required":["kind","schemaVersion","rows","columns"],"properties":{"kind":{"const":"profile"},"schemaVersion":{"const":1},"rows":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"type":"string"}},"columns":{"type":"array","items":{"type":"object","required":["name","nulls","numbers","integers","strings","booleans","nonFinite","moments","quantiles","distinct","top"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","empty"]},"nulls":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"integers":{"type":"integer","minimum":0},"strings":{"type":"integer","minimum":0},"booleans":{"type":"integer","minimum":0},"nonFinite":{"type":"integer","minimum":0},"moments":{"type":"object","required":["type","count","mean","m2"],"properties":{"type":{"const":"moments"},"count":{"type":"integer"},"mean":{"type":["number","null"]},"m2":{"type":["number","null"],"description":"null: overflowed the double range"}}},"quantiles":{"type":"object","required":["type"],"properties":{"type":{"const":"ddsketch"}}},"distinct":{"type":"object","required":["type"],"properties":{"type":{"const":"hll"}}},"top":{"type":"object","required":["type","items"],"properties":{"type":{"const":"spacesaving"},"items":{"type":"array"}}},"topTracked":{"type":"boolean","description":"false when the column holds numbers and has more distinct values than Space-Saving\'s capacity: its top values are not tracked and top has no items. Absent means true."}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/evaluation.schema.json
const evaluation_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evaluation.schema.json","title":"modelgate evaluation.json","description":"What evaluate-model measured: metrics with confidence intervals, slices, calibration, latency, and the mergeable state that shards combine through.","type":"object","required":["kind","schemaVersion","task","rows","model","data","confidence","metrics","slices","latency","predictions"],"$defs":{"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"method":{"type":"string"},"reason":{"type":"string"}}},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}}},"properties":{"kind":{"const":"evaluation"},"schemaVersion":{"const":1},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"model":{"type":"object","required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer"}}},"data":{"type":"object","required":["sha256"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"},"shard":{"type":["string","null"]}}},"label":{"type":"string"},"classes":{"type":"array","items":{"type":"string"}},"positiveLabel":{"type":["string","null"]},"threshold":{"type":["number","null"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrap":{"type":"object"},"metrics":{"$ref":"#/$defs/metrics"},"tables":{"type":"object","properties":{"confusion":{"type":"array","description":"confusion[true][predicted], classes in `classes` order.","items":{"type":"array","items":{"type":"number","minimum":0}}},"perClass":{"type":"array","items":{"type":"object","required":["class","support","precision","recall","f1"],"properties":{"class":{"type":"string"},"support":{"type":"number"},"predicted":{"type":"number"},"precision":{"type":"number"},"recall":{"type":"number"},"f1":{"type":"number"}}}},"curves":{"description":"Binary: ROC and precision-recall curves, downsampled so that every point of the full curve is within maxError of a kept point in each coordinate.","type":"object","required":["roc","pr","maxError"],"properties":{"roc":{"type":"object","required":["fpr","tpr"],"properties":{"fpr":{"type":"array","items":{"type":"number"}},"tpr":{"type":"array","items":{"type":"number"}}}},"pr":{"type":"object","required":["recall","precision"],"properties":{"recall":{"type":"array","items":{"type":"number"}},"precision":{"type":"array","items":{"type":"number"}}}},"maxError":{"type":"number","minimum":0}}}}},"slices":{"type":"array","items":{"type":"object","required":["column","value","rows"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer"},"metrics":{"$ref":"#/$defs/metrics"},"skipped":{"type":"string"}}}},"latency":{"type":"object","required":["p50Ms","p95Ms","rowsPerSecond"],"properties":{"p50Ms":{"type":"number"},"p95Ms":{"type":"number"},"p99Ms":{"type":"number"},"rowsPerSecond":{"type":"number"},"batchMs":{"type":"array","items":{"type":"number","minimum":0}}}},"predictions":{"type":["string","null"]},"notes":{"type":"array","items":{"type":"string"}},"state":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/comparison.schema.json","title":"modelgate comparison.json","description":"compare-to-baseline\'s decision: every gate with its delta, interval, p-value and test.","type":"object","required":["kind","schemaVersion","passed","gates","correction","policy","confidence"],"properties":{"kind":{"const":"comparison"},"schemaVersion":{"const":1},"passed":{"type":["boolean","null"]},"verdict":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"]},"confidence":{"type":"number"},"correction":{"enum":["holm","bh","none"]},"paired":{"type":"boolean"},"pairing":{"type":"string"},"rows":{"type":"integer"},"candidate":{"type":"object"},"baseline":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","required":["metric","rule","baseline","candidate","delta","ci","pValue","test","passed","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":"object","required":["column","value"],"properties":{"column":{"type":"string"},"value":{"type":"string"}}},"rule":{"type":"string"},"baseline":{"type":["number","null"]},"candidate":{"type":["number","null"]},"delta":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}},"pValue":{"type":["number","null"]},"adjustedPValue":{"type":["number","null"]},"test":{"type":"string"},"passed":{"type":"boolean"},"reason":{"type":"string"},"underpowered":{"type":"boolean","description":"A passed gate whose interval is wider than its margin: the reason says how many rows would resolve it. Never set on a failed gate."},"warning":{"type":"string","description":"A passed min/max gate whose point value is beyond the bound while the interval reaches it (min-policy: interval under detect-regression)."},"override":{"type":"object"}}}},"metrics":{"type":"array"},"notes":{"type":"array","items":{"type":"string"}},"dataValidation":{"type":"object","description":"The data validation of the same run (from data-report), part of the verdict: when it failed, passed is false.","required":["passed","violations","drifted"],"properties":{"passed":{"type":"boolean"},"violations":{"type":"integer","minimum":0},"drifted":{"type":"array","items":{"type":"string"}}}},"override":{"type":"object"},"pullRequest":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/deployment.schema.json
const deployment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/deployment.schema.json","title":"modelgate deployment.json","description":"deploy\'s record of one rollout: the strategy, every step with its weight, window and judgement, and the decision with its reason.","type":"object","required":["kind","schemaVersion","model","strategy","target","settings","steps","decision","reason","startedAt","finishedAt"],"additionalProperties":false,"properties":{"kind":{"const":"deployment"},"schemaVersion":{"const":1},"model":{"type":"string","minLength":1},"strategy":{"enum":["direct","blue-green","canary","shadow"]},"environment":{"type":"string"},"target":{"type":"object","required":["kind","location"],"additionalProperties":false,"properties":{"kind":{"type":"string"},"location":{"type":"string"}}},"settings":{"type":"object","required":["steps","intervalSeconds","minSamples","confidence","tolerance","thresholds","metrics"],"additionalProperties":false,"properties":{"steps":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":100}},"intervalSeconds":{"type":"number","minimum":0},"terminationWaitSeconds":{"type":"number","minimum":0},"minSamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"tolerance":{"type":"number","minimum":0},"thresholds":{"type":"object","required":["pass","marginal"],"additionalProperties":false,"properties":{"pass":{"type":"number"},"marginal":{"type":"number"}}},"groups":{"type":"object","additionalProperties":{"type":"number"}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","direction","group","critical"],"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"source":{"type":"string"},"direction":{"enum":["increase","decrease","either"]},"group":{"type":"string"},"critical":{"type":"boolean"},"allowedIncrease":{"type":"number"},"allowedDecrease":{"type":"number"},"minAgreement":{"type":"number"}}}}}},"steps":{"type":"array","items":{"type":"object","required":["index","phase","weight","startedAt","finishedAt","outcome","reason"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":0},"phase":{"enum":["load","smoke","canary","bake","switch","termination","shadow","direct","promote"]},"weight":{"type":"number","minimum":0,"maximum":100},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"outcome":{"enum":["pass","marginal","fail","no-data","ok","failed"]},"reason":{"type":"string"},"score":{"type":"number"},"judgement":{"type":"object","required":["groups","metrics"],"additionalProperties":false,"properties":{"groups":{"type":"array","items":{"type":"object","required":["name","weight","score","pass","high","low","noData"],"additionalProperties":false,"properties":{"name":{"type":"string"},"weight":{"type":"number"},"score":{"type":["number","null"]},"pass":{"type":"integer"},"high":{"type":"integer"},"low":{"type":"integer"},"noData":{"type":"integer"}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","group","critical","direction","classification","reason","test","stable","candidate","estimate","ci","pValue"],"additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"group":{"type":"string"},"critical":{"type":"boolean"},"direction":{"enum":["increase","decrease","either"]},"classification":{"enum":["pass","high","low","no-data"]},"reason":{"type":"string"},"test":{"enum":["hodges-lehmann","fisher-exact","wilson"]},"stable":{"$ref":"#/$defs/side"},"candidate":{"$ref":"#/$defs/side"},"estimate":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"pValue":{"type":["number","null"],"minimum":0,"maximum":1}}}}}}}}},"decision":{"enum":["promoted","rolled-back","no-data","passed"]},"reason":{"type":"string"},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"resumed":{"type":"object","required":["id","phase","model","action"],"additionalProperties":false,"properties":{"id":{"type":"string"},"phase":{"type":"string"},"model":{"type":"string"},"action":{"enum":["continued","rolled-back"]}}},"github":{"type":"object","description":"The GitHub deployment this rollout reported to, when one was created.","required":["deploymentId","environment"],"additionalProperties":false,"properties":{"deploymentId":{"type":"integer"},"environment":{"type":"string"},"logUrl":{"type":"string"}}}},"$defs":{"side":{"type":"object","required":["n","value"],"additionalProperties":false,"properties":{"n":{"type":"integer","minimum":0},"value":{"type":["number","null"]}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/validate.js
/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */







const SCHEMAS = { 'data-report': data_report_schema_namespaceObject, profile: profile_schema_namespaceObject, evaluation: evaluation_schema_namespaceObject, comparison: comparison_schema_namespaceObject, deployment: deployment_schema_namespaceObject };
let ajv;
const compiled = new Map();
function validator(kind) {
    let v = compiled.get(kind);
    if (!v) {
        ajv ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
        v = ajv.compile(SCHEMAS[kind]);
        compiled.set(kind, v);
    }
    return v;
}
/**
 * Checks `value` against the schema of `kind`. Reading, a mismatch is the user's (a DataError naming
 * the file and the first offending field); writing, it is a bug in modelgate (a plain Error).
 */
function assertArtifact(kind, value, source, direction = 'read') {
    const v = validator(kind);
    if (!v(value)) {
        const e = v.errors[0];
        const message = `${source}: not a valid ${kind} (schemaVersion 1): ${e.instancePath || '/'} ${e.message}`;
        if (direction === 'write')
            throw new Error(`internal error, refusing to write an invalid artifact: ${message}`);
        throw new errors/* DataError */.fL(message, source);
    }
}


/***/ })

};
