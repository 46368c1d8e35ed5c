export const id = 32;
export const ids = [32];
export const modules = {

/***/ 4032:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(1938);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./.build/js/src/schemas/data-report.schema.json
const data_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/data-report.schema.json","title":"modelgate data-report.json","description":"What validate-data found: rows, column summaries, violations, drift.","type":"object","required":["kind","schemaVersion","passed","rows","columns","violations","drift"],"properties":{"kind":{"const":"data-report"},"schemaVersion":{"const":1},"passed":{"type":"boolean"},"failOn":{"enum":["any","violations","drift","never"]},"sources":{"type":"array","items":{"type":"string"}},"format":{"enum":["csv","tsv","jsonl","parquet","profile"]},"shard":{"type":["string","null"]},"schema":{"type":["string","null"]},"rows":{"type":"integer","minimum":0},"columns":{"type":"array","items":{"type":"object","required":["name","type","count","nulls","distinct","min","max","mean","std","quantiles","topValues"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"count":{"type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"distinct":{"type":"integer","minimum":0},"distinctExact":{"type":"boolean"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"quantiles":{"type":["object","null"],"additionalProperties":{"type":"number"}},"histogram":{"type":["object","null"],"required":["edges","counts"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"counts":{"type":"array","items":{"type":"number"}}}},"topValues":{"type":"array","items":{"type":"object","required":["value","count"],"properties":{"value":{"type":["string","number"]},"count":{"type":"number","description":"exact, or with estimated: an upper bound (the true count is in [count - error, count])"},"error":{"type":"number","minimum":0},"estimated":{"const":true}}}},"time":{"description":"date and date-time columns: extremes (ISO 8601) and counts per period from the first value\'s to the last\'s, empty periods included","type":"object","required":["min","max","zone","unit","periods"],"properties":{"min":{"type":"string"},"max":{"type":"string"},"zone":{"enum":["utc","none","mixed",null],"description":"utc: every timestamp had a zone (shown in UTC); none: wall-clock times (no zone); mixed; null for dates"},"unit":{"enum":["day","week","month","year"]},"periods":{"type":"array","items":{"type":"object","required":["start","count"],"properties":{"start":{"type":"string","description":"YYYY-MM-DD, the first day of the period"},"count":{"type":"integer","minimum":0}}}}}}}}},"violations":{"type":"object","required":["count","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array","items":{"type":"object","required":["row","line","column","rule","message"],"properties":{"row":{"type":["integer","null"]},"line":{"type":["integer","null"]},"file":{"type":["string","null"]},"column":{"type":["string","null"]},"rule":{"type":"string"},"message":{"type":"string"},"values":{"type":"object"}}}}}},"reference":{"type":["object","null"],"required":["source","kind","rows"],"properties":{"source":{"type":"string"},"kind":{"enum":["dataset","profile"]},"rows":{"type":"integer"}}},"drift":{"type":"array","items":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"],"description":"null when not a finite number; reason says how the result was decided"},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"integer"},"currentCount":{"type":"integer"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"},"maxItems":10,"description":"categories in the current data the reference never had (exact counts only)"},"reason":{"type":"string"},"explanation":{"type":"string"},"histogram":{"description":"Numeric columns: both sides binned on the same equal-width edges over their joint range, from the sketches (counts).","type":"object","required":["edges","reference","current"],"properties":{"edges":{"type":"array","items":{"type":"number"}},"reference":{"type":"array","items":{"type":"number"}},"current":{"type":"array","items":{"type":"number"}}}}}}},"timeCoverage":{"description":"date and date-time columns present on both sides: the period each dataset spans and their overlap (time columns are not tested for drift by default)","type":"array","items":{"type":"object","required":["column","reference","current","overlap"],"properties":{"column":{"type":"string"},"reference":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"current":{"type":"object","required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}}},"overlap":{"type":["object","null"],"required":["min","max"],"properties":{"min":{"type":"string"},"max":{"type":"string"}},"description":"the period both span, null when they do not overlap"},"currentShare":{"type":"number","minimum":0,"maximum":1,"description":"share of the current values that fall within the reference\'s span (by day)"}}}},"driftSkipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"datasetDrift":{"type":["object","null"],"required":["share","threshold","drifted"],"properties":{"share":{"type":"number"},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"driftedColumns":{"type":"integer"},"testedColumns":{"type":"integer"}}},"bias":{"description":"With `sensitive`: SageMaker Clarify\'s pre-training measures of the labels per group value (against all other rows), with intervals.","type":"object","required":["label","positiveLabel","confidence","features"],"properties":{"label":{"type":"string"},"positiveLabel":{"type":"string"},"confidence":{"type":"number"},"unlabeled":{"type":"integer"},"method":{"type":"string"},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups"],"properties":{"name":{"type":"string"},"columns":{"type":"array","items":{"type":"string"}},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","classImbalance","positiveProportionDifference"],"properties":{"value":{"type":"string"},"rows":{"type":"integer"},"positives":{"type":"integer"},"classImbalance":{"type":"object","required":["value","ci"],"properties":{"value":{"type":"number"},"ci":{"type":["array","null"],"items":{"type":"number"}}}},"positiveProportionDifference":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}}}}}}}}}}}},"schemaDrift":{"type":["object","null"],"required":["newColumns","missingColumns"],"properties":{"newColumns":{"type":"array","items":{"type":"string"}},"missingColumns":{"type":"array","items":{"type":"string"}},"typeChanges":{"type":"array","items":{"type":"object","required":["column","reference","current"],"properties":{"column":{"type":"string"},"reference":{"type":"string"},"current":{"type":"string"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/profile.schema.json
const profile_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/profile.schema.json","title":"modelgate profile.json","description":"A dataset profile made of mergeable sketches: profiles of shards merge into the profile of the whole.","type":"object","required":["kind","schemaVersion","rows","columns"],"properties":{"kind":{"const":"profile"},"schemaVersion":{"const":1},"rows":{"type":"integer","minimum":0},"sources":{"type":"array","items":{"type":"string"}},"columns":{"type":"array","items":{"type":"object","required":["name","nulls","numbers","integers","strings","booleans","nonFinite","moments","quantiles","distinct","top"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","boolean","string","date","date-time","empty"]},"nulls":{"type":"integer","minimum":0},"numbers":{"type":"integer","minimum":0},"integers":{"type":"integer","minimum":0},"strings":{"type":"integer","minimum":0},"booleans":{"type":"integer","minimum":0},"nonFinite":{"type":"integer","minimum":0},"moments":{"type":"object","required":["type","count","mean","m2"],"properties":{"type":{"const":"moments"},"count":{"type":"integer"},"mean":{"type":["number","null"]},"m2":{"type":["number","null"],"description":"null: overflowed the double range"}}},"quantiles":{"type":"object","required":["type"],"properties":{"type":{"const":"ddsketch"}}},"distinct":{"type":"object","required":["type"],"properties":{"type":{"const":"hll"}}},"top":{"type":"object","required":["type","items"],"properties":{"type":{"const":"spacesaving"},"items":{"type":"array"}}},"topTracked":{"type":"boolean","description":"false when the column holds numbers and has more distinct values than Space-Saving\'s capacity: its top values are not tracked and top has no items. Absent means true."},"time":{"description":"Present when the column held dates or timestamps (epoch milliseconds; wall-clock times without a zone are kept as UTC): counts, extremes and counts per day (per month beyond 20000 days, per year beyond 20000 months). Merges exactly.","type":"object","required":["type","count","dates","naive","min","max","unit","counts"],"additionalProperties":false,"properties":{"type":{"const":"periods"},"count":{"type":"integer","minimum":0},"dates":{"type":"integer","minimum":0,"description":"values that were dates without a time of day"},"naive":{"type":"integer","minimum":0,"description":"timestamps without a zone"},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"unit":{"enum":["day","month","year"]},"counts":{"type":"array","items":{"type":"array","prefixItems":[{"type":"integer"},{"type":"integer","minimum":1}],"minItems":2,"maxItems":2},"description":"[key, count] sorted by key: days since 1970-01-01, year*12+month-1, or the year"}}}}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/evaluation.schema.json
const evaluation_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evaluation.schema.json","title":"modelgate evaluation.json","description":"What evaluate-model measured: metrics with confidence intervals, slices, calibration, latency, and the mergeable state that shards combine through.","type":"object","required":["kind","schemaVersion","task","rows","model","data","confidence","metrics","slices","latency","predictions"],"$defs":{"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"method":{"type":"string"},"reason":{"type":"string"}}},"rate":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]}}},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}}},"properties":{"kind":{"const":"evaluation"},"schemaVersion":{"const":1},"task":{"enum":["binary","multiclass","regression"]},"rows":{"type":"integer","minimum":0},"model":{"type":"object","required":["path","sha256"],"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"bytes":{"type":"integer"}}},"data":{"type":"object","required":["sha256"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"sha256":{"type":"string"},"shard":{"type":["string","null"]}}},"label":{"type":"string"},"classes":{"type":"array","items":{"type":"string"}},"positiveLabel":{"type":["string","null"]},"threshold":{"type":["number","null"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"bootstrap":{"type":"object"},"metrics":{"$ref":"#/$defs/metrics"},"tables":{"type":"object","properties":{"confusion":{"type":"array","description":"confusion[true][predicted], classes in `classes` order.","items":{"type":"array","items":{"type":"number","minimum":0}}},"perClass":{"type":"array","items":{"type":"object","required":["class","support","precision","recall","f1"],"properties":{"class":{"type":"string"},"support":{"type":"number"},"predicted":{"type":"number"},"precision":{"type":"number"},"recall":{"type":"number"},"f1":{"type":"number"}}}},"curves":{"description":"Binary: ROC and precision-recall curves, downsampled so that every point of the full curve is within maxError of a kept point in each coordinate.","type":"object","required":["roc","pr","maxError"],"properties":{"roc":{"type":"object","required":["fpr","tpr"],"properties":{"fpr":{"type":"array","items":{"type":"number"}},"tpr":{"type":"array","items":{"type":"number"}}}},"pr":{"type":"object","required":["recall","precision"],"properties":{"recall":{"type":"array","items":{"type":"number"}},"precision":{"type":"array","items":{"type":"number"}}}},"maxError":{"type":"number","minimum":0}}}}},"slices":{"type":"array","items":{"type":"object","required":["column","value","rows"],"properties":{"column":{"type":"string"},"value":{"type":"string"},"rows":{"type":"integer"},"metrics":{"$ref":"#/$defs/metrics"},"skipped":{"type":"string"}}}},"fairness":{"description":"With `sensitive` (binary tasks): per sensitive feature, the groups\' rates with Wilson intervals and fairlearn\'s measures across groups with bootstrap intervals. See the README\'s fairness section.","type":"object","required":["confidence","resamples","seed","minGroupRows","methods","features"],"properties":{"confidence":{"type":"number"},"resamples":{"type":"integer"},"seed":{"type":"integer"},"minGroupRows":{"type":"integer"},"methods":{"type":"object","properties":{"groups":{"type":"string"},"measures":{"type":"string"}}},"features":{"type":"array","items":{"type":"object","required":["name","columns","groups","pooled","measures","fourFifths","notes"],"properties":{"name":{"type":"string","description":"A column, or `a*b` for the intersection of two."},"columns":{"type":"array","items":{"type":"string"},"minItems":1,"maxItems":2},"groups":{"type":"array","items":{"type":"object","required":["value","rows","positives","selectionRate","truePositiveRate","falsePositiveRate","precision","accuracy"],"properties":{"value":{"type":"string","description":"The group\'s value; an intersection\'s two values joined by \' & \'; \'(other)\' for pooled values."},"rows":{"type":"integer"},"positives":{"type":"integer"},"selectionRate":{"$ref":"#/$defs/rate"},"truePositiveRate":{"$ref":"#/$defs/rate"},"falsePositiveRate":{"$ref":"#/$defs/rate"},"precision":{"$ref":"#/$defs/rate"},"accuracy":{"$ref":"#/$defs/rate"}}}},"pooled":{"type":"array","items":{"type":"string"}},"measures":{"type":"object","required":["demographic_parity_difference","demographic_parity_ratio","equalized_odds_difference","equalized_odds_ratio","equal_opportunity_difference","disparate_impact_ratio"],"additionalProperties":false,"properties":{"demographic_parity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"demographic_parity_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equalized_odds_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"equal_opportunity_difference":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}},"disparate_impact_ratio":{"type":"object","required":["value","ci","groups","rate"],"properties":{"value":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"groups":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2}]},"rate":{"type":"string"}}}}},"fourFifths":{"type":["boolean","null"]},"notes":{"type":"array","items":{"type":"string"}}}}}}},"importance":{"description":"With `importance`: permutation feature importance (scikit-learn\'s permutation_importance) on a sample of the evaluation rows; features sorted by mean, descending.","type":"object","required":["method","metric","repeats","rows","seed","features"],"properties":{"method":{"const":"permutation"},"metric":{"type":"string"},"repeats":{"type":"integer","minimum":1},"rows":{"type":"integer"},"seed":{"type":"integer"},"features":{"type":"array","items":{"type":"object","required":["name","mean","std","low","high"],"properties":{"name":{"type":"string"},"mean":{"type":"number"},"std":{"type":"number"},"low":{"type":"number"},"high":{"type":"number"}}}}}},"latency":{"type":"object","required":["p50Ms","p95Ms","rowsPerSecond"],"properties":{"p50Ms":{"type":"number"},"p95Ms":{"type":"number"},"p99Ms":{"type":"number"},"rowsPerSecond":{"type":"number"},"batchMs":{"type":"array","items":{"type":"number","minimum":0}}}},"predictions":{"type":["string","null"]},"notes":{"type":"array","items":{"type":"string"}},"timeRange":{"description":"With split-by: the span of the rows evaluated (those at or after splitAt) and the rows left out","type":"object","required":["column","splitAt","side","min","max","otherSide","noTime"],"properties":{"column":{"type":"string"},"splitAt":{"type":"string"},"side":{"enum":["before","from"]},"min":{"type":["string","null"]},"max":{"type":["string","null"]},"otherSide":{"type":"integer","minimum":0},"noTime":{"type":"integer","minimum":0}}},"feed":{"description":"The data columns fed to the model: mode tensor (the columns, in order, fill the one float input named by input) or columns (one model input per column, by name; input is null)","type":"object","required":["mode","input","features"],"additionalProperties":false,"properties":{"mode":{"enum":["tensor","columns"]},"input":{"type":["string","null"]},"features":{"type":"array","items":{"type":"string"}}}},"state":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/comparison.schema.json
const comparison_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/comparison.schema.json","title":"modelgate comparison.json","description":"compare-to-baseline\'s decision: every gate with its delta, interval, p-value and test.","type":"object","required":["kind","schemaVersion","passed","gates","correction","policy","confidence"],"properties":{"kind":{"const":"comparison"},"schemaVersion":{"const":1},"passed":{"type":["boolean","null"]},"verdict":{"type":"string"},"policy":{"enum":["detect-regression","prove-non-inferiority"]},"confidence":{"type":"number"},"correction":{"enum":["holm","bh","none"]},"paired":{"type":"boolean"},"pairing":{"type":"string"},"rows":{"type":"integer"},"candidate":{"type":"object"},"baseline":{"type":["object","null"]},"gates":{"type":"array","items":{"type":"object","required":["metric","rule","baseline","candidate","delta","ci","pValue","test","passed","reason"],"properties":{"metric":{"type":"string"},"slice":{"type":"object","required":["column","value"],"properties":{"column":{"type":"string"},"value":{"type":"string"}}},"sensitive":{"type":"string","description":"A fairness gate: the sensitive feature it judged (a column, or a*b)."},"groups":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":2,"description":"A fairness gate: the candidate\'s groups with the lower and the higher rate."},"rule":{"type":"string"},"baseline":{"type":["number","null"]},"candidate":{"type":["number","null"]},"delta":{"type":["number","null"]},"ci":{"type":["array","null"],"items":{"type":"number"}},"pValue":{"type":["number","null"]},"adjustedPValue":{"type":["number","null"]},"test":{"type":"string"},"passed":{"type":"boolean"},"reason":{"type":"string"},"underpowered":{"type":"boolean","description":"A passed gate whose interval is wider than its margin: the reason says how many rows would resolve it. Never set on a failed gate."},"warning":{"type":"string","description":"A passed min/max gate whose point value is beyond the bound while the interval reaches it (min-policy: interval under detect-regression)."},"override":{"type":"object"}}}},"metrics":{"type":"array"},"notes":{"type":"array","items":{"type":"string"}},"dataValidation":{"type":"object","description":"The data validation of the same run (from data-report), part of the verdict: when it failed, passed is false.","required":["passed","violations","drifted"],"properties":{"passed":{"type":"boolean"},"violations":{"type":"integer","minimum":0},"drifted":{"type":"array","items":{"type":"string"}}}},"override":{"type":"object"},"pullRequest":{"type":"object"}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/deployment.schema.json
const deployment_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/deployment.schema.json","title":"modelgate deployment.json","description":"deploy\'s record of one rollout: the strategy, every step with its weight, window and judgement, and the decision with its reason.","type":"object","required":["kind","schemaVersion","model","strategy","target","settings","steps","decision","reason","startedAt","finishedAt"],"additionalProperties":false,"properties":{"kind":{"const":"deployment"},"schemaVersion":{"const":1},"model":{"type":"string","minLength":1},"strategy":{"enum":["direct","blue-green","canary","shadow"]},"environment":{"type":"string"},"target":{"type":"object","required":["kind","location"],"additionalProperties":false,"properties":{"kind":{"type":"string"},"location":{"type":"string"}}},"settings":{"type":"object","required":["steps","intervalSeconds","minSamples","confidence","tolerance","thresholds","metrics"],"additionalProperties":false,"properties":{"steps":{"type":"array","items":{"type":"number","exclusiveMinimum":0,"maximum":100}},"intervalSeconds":{"type":"number","minimum":0},"maxIntervalSeconds":{"type":"number","minimum":0},"warmupSeconds":{"type":"number","minimum":0},"terminationWaitSeconds":{"type":"number","minimum":0},"minSamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"tolerance":{"type":"number","minimum":0},"thresholds":{"type":"object","required":["pass","marginal"],"additionalProperties":false,"properties":{"pass":{"type":"number"},"marginal":{"type":"number"}}},"groups":{"type":"object","additionalProperties":{"type":"number"}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","direction","group","critical"],"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"source":{"type":"string"},"direction":{"enum":["increase","decrease","either"]},"group":{"type":"string"},"critical":{"type":"boolean"},"allowedIncrease":{"type":"number"},"allowedDecrease":{"type":"number"},"minAgreement":{"type":"number"}}}}}},"steps":{"type":"array","items":{"type":"object","required":["index","phase","weight","startedAt","finishedAt","outcome","reason"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":0},"phase":{"enum":["load","smoke","canary","bake","switch","termination","shadow","direct","promote"]},"weight":{"type":"number","minimum":0,"maximum":100},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"outcome":{"enum":["pass","marginal","fail","no-data","ok","failed"]},"reason":{"type":"string"},"score":{"type":"number"},"windowSeconds":{"type":"number","minimum":0},"judgement":{"type":"object","required":["groups","metrics"],"additionalProperties":false,"properties":{"groups":{"type":"array","items":{"type":"object","required":["name","weight","score","pass","high","low","noData"],"additionalProperties":false,"properties":{"name":{"type":"string"},"weight":{"type":"number"},"score":{"type":["number","null"]},"pass":{"type":"integer"},"high":{"type":"integer"},"low":{"type":"integer"},"noData":{"type":"integer"}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","kind","group","critical","direction","classification","reason","test","stable","candidate","estimate","ci","pValue"],"additionalProperties":false,"properties":{"name":{"type":"string"},"kind":{"enum":["continuous","proportion","agreement"]},"group":{"type":"string"},"critical":{"type":"boolean"},"direction":{"enum":["increase","decrease","either"]},"classification":{"enum":["pass","high","low","no-data"]},"reason":{"type":"string"},"test":{"enum":["hodges-lehmann","fisher-exact","wilson"]},"stable":{"$ref":"#/$defs/side"},"candidate":{"$ref":"#/$defs/side"},"estimate":{"type":["number","null"]},"ci":{"oneOf":[{"type":"null"},{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2}]},"pValue":{"type":["number","null"],"minimum":0,"maximum":1}}}}}}}}},"decision":{"enum":["promoted","rolled-back","no-data","passed"]},"reason":{"type":"string"},"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"resumed":{"type":"object","required":["id","phase","model","action"],"additionalProperties":false,"properties":{"id":{"type":"string"},"phase":{"type":"string"},"model":{"type":"string"},"action":{"enum":["continued","rolled-back"]}}},"github":{"type":"object","description":"The GitHub deployment this rollout reported to, when one was created.","required":["deploymentId","environment"],"additionalProperties":false,"properties":{"deploymentId":{"type":"integer"},"environment":{"type":"string"},"logUrl":{"type":"string"}}}},"$defs":{"side":{"type":"object","required":["n","value"],"additionalProperties":false,"properties":{"n":{"type":"integer","minimum":0},"value":{"type":["number","null"]}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/monitor-report.schema.json
const monitor_report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/monitor-report.schema.json","title":"modelgate monitor-report.json","description":"What monitor read (a window of production data), tested against the registered version (feature drift, prediction drift, data quality, decay with labels) and found (none, warn, act).","type":"object","required":["kind","schemaVersion","finding","reasons","driftedColumns","at","model","window","drift","predictionDrift","quality","decay","thresholds","notes"],"$defs":{"level":{"enum":["none","warn","act"]},"interval":{"type":["array","null"],"items":{"type":"number"},"minItems":2,"maxItems":2},"drift":{"type":"object","required":["column","test","statistic","threshold","drifted","method","explanation"],"properties":{"column":{"type":"string"},"kind":{"enum":["numeric","categorical"]},"test":{"enum":["ks","chi-square","wasserstein","jensen-shannon","psi"]},"statistic":{"type":["number","null"]},"pValue":{"type":"number","minimum":0,"maximum":1},"threshold":{"type":"number"},"drifted":{"type":"boolean"},"method":{"enum":["exact","sketch"]},"errorBound":{"type":"number"},"referenceCount":{"type":"number"},"currentCount":{"type":"number"},"moved":{"type":"array","items":{"type":"object","required":["label","reference","current"],"properties":{"label":{"type":"string"},"reference":{"type":"number"},"current":{"type":"number"}}}},"newValues":{"type":"array","items":{"type":"string"}},"reason":{"type":"string"},"explanation":{"type":"string"}}},"metric":{"type":"object","required":["value","ci"],"properties":{"value":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"method":{"type":"string"},"reason":{"type":"string"}}}},"properties":{"kind":{"const":"monitor-report"},"schemaVersion":{"const":1},"finding":{"$ref":"#/$defs/level"},"reasons":{"type":"array","items":{"type":"object","required":["level","check","message"],"properties":{"level":{"enum":["warn","act"]},"check":{"enum":["feature-drift","missing-features","prediction-drift","quality","decay"]},"message":{"type":"string"}}}},"driftedColumns":{"type":"array","items":{"type":"string"}},"at":{"type":"string","description":"When the run happened, ISO 8601."},"model":{"type":"object","required":["reference","version","digest","name","task"],"properties":{"reference":{"type":"string"},"version":{"type":["string","null"]},"digest":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"name":{"type":"string"},"task":{"enum":["binary","multiclass","regression",null]}}},"window":{"type":"object","required":["sources","timeColumn","from","to","rows","rowsRead","shadowDropped","otherVersionDropped"],"properties":{"sources":{"type":"array","items":{"type":"string"}},"timeColumn":{"type":["string","null"]},"from":{"type":["string","null"],"description":"Start of the window (exclusive), ISO time; null: from the first row."},"to":{"type":["string","null"],"description":"End of the window (inclusive), ISO time; null without a time column."},"rows":{"type":"integer","minimum":1},"rowsRead":{"type":"integer","minimum":0},"shadowDropped":{"type":"integer","minimum":0},"otherVersionDropped":{"type":"integer","minimum":0,"description":"Capture rows answered by another version (a split\'s candidate), left out."}}},"drift":{"type":"object","required":["features","importance","columns","skipped","drifted","tested","share","missingFeatures"],"properties":{"features":{"type":"array","items":{"type":"string"}},"importance":{"type":"object","required":["source","method","top"],"properties":{"source":{"enum":["evaluation","none"]},"method":{"type":["string","null"]},"top":{"type":"array","items":{"type":"string"}},"note":{"type":"string"}}},"columns":{"type":"array","items":{"$ref":"#/$defs/drift"}},"skipped":{"type":"array","items":{"type":"object","required":["column","reason"],"properties":{"column":{"type":"string"},"reason":{"type":"string"}}}},"drifted":{"type":"integer","minimum":0},"tested":{"type":"integer","minimum":0},"share":{"type":"number","minimum":0,"maximum":1},"missingFeatures":{"type":"array","items":{"type":"string"}}}},"predictionDrift":{"type":"object","required":["reference","classes","score","skipped"],"properties":{"reference":{"enum":["predictions","confusion",null]},"classes":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"score":{"oneOf":[{"$ref":"#/$defs/drift"},{"type":"null"}]},"skipped":{"type":"array","items":{"type":"string"}}}},"quality":{"type":"object","required":["schema","violations"],"properties":{"schema":{"enum":["registered","inferred"]},"violations":{"type":"object","required":["count","byRule","samples"],"properties":{"count":{"type":"integer","minimum":0},"byRule":{"type":"object","additionalProperties":{"type":"integer"}},"samples":{"type":"array"}}}}},"decay":{"type":["object","null"],"required":["labels","labelColumn","labelled","unlabelled","unmatched","metrics","tests","untested","correction","alpha"],"properties":{"labels":{"type":"string"},"labelColumn":{"type":"string"},"labelled":{"type":"integer","minimum":0},"unlabelled":{"type":"integer","minimum":0},"unmatched":{"type":"integer","minimum":0},"metrics":{"type":"object","additionalProperties":{"$ref":"#/$defs/metric"}},"tests":{"type":"array","items":{"type":"object","required":["metric","reference","current","difference","ci","test","pValue","pValueAdjusted","decayed"],"properties":{"metric":{"type":"string"},"reference":{"type":["number","null"]},"current":{"type":["number","null"]},"difference":{"type":["number","null"]},"ci":{"$ref":"#/$defs/interval"},"test":{"type":"string"},"pValue":{"type":"number","minimum":0,"maximum":1},"pValueAdjusted":{"type":"number","minimum":0,"maximum":1},"decayed":{"type":"boolean"}}}},"untested":{"type":"array","items":{"type":"object","required":["metric","reason"],"properties":{"metric":{"type":"string"},"reason":{"type":"string"}}}},"correction":{"const":"holm"},"alpha":{"type":"number"},"skipped":{"type":"string"}}},"thresholds":{"type":"object"},"notes":{"type":"array","items":{"type":"string"}}}}');
;// CONCATENATED MODULE: ./.build/js/src/schemas/validate.js
/**
 * Artifacts are validated against their JSON Schemas at every boundary: before a step writes one
 * and when a step reads one. The schemas are plain JSON files beside this module, published so
 * editors and other tools can use them.
 */








const SCHEMAS = { 'data-report': data_report_schema_namespaceObject, profile: profile_schema_namespaceObject, evaluation: evaluation_schema_namespaceObject, comparison: comparison_schema_namespaceObject, deployment: deployment_schema_namespaceObject, 'monitor-report': monitor_report_schema_namespaceObject };
let ajv;
const compiled = new Map();
/**
 * Compiles one of modelgate's own schemas (an artifact's, an experiment run's) on one shared Ajv,
 * strict. A command compiles its schemas once per process, and compiling is most of what a check
 * costs, so the schemas are not checked against the draft 2020-12 meta-schema here (compiling the
 * meta-schema took longer than the schema; test/unit/schemas.test.ts checks every committed schema
 * against it) and the generated code skips Ajv's optimising pass.
 */
function compileOwnSchema(schema) {
    ajv ??= new _2020.Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
    return ajv.compile(schema);
}
function validator(kind) {
    let v = compiled.get(kind);
    if (!v) {
        v = compileOwnSchema(SCHEMAS[kind]);
        compiled.set(kind, v);
    }
    return v;
}
/**
 * Compiles the schema of `kind` now, so that a later check does not (a pass that waits on its
 * worker threads does this meanwhile).
 */
function prepareArtifact(kind) {
    validator(kind);
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

// EXTERNAL MODULE: ./.build/js/src/lib/objects.js
var objects = __webpack_require__(9477);
// EXTERNAL MODULE: ./.build/js/src/stats/distributions.js
var distributions = __webpack_require__(1638);
;// CONCATENATED MODULE: ./.build/js/src/stats/drift.js
/**
 * Drift statistics between a reference and a current sample: pure functions over numbers that
 * reproduce scipy / numpy (versions recorded in test/fixtures/stats/drift-goldens.json, generated
 * by scripts/fixtures/drift_goldens.py), with the tolerances stated on each function.
 *
 * Tests return a result object with `statistic` and `pvalue`; distances return the number, as
 * scipy does. Inputs are never mutated; samples are copied into Float64Arrays. Every function is
 * O(n log n) or better in the sample sizes, except the exact two-sample KS p-value, whose cost is
 * bounded by the 'auto' rule of `ks2samp`. Invalid input throws a RangeError naming the argument.
 */

/** scipy's MAX_AUTO_N: 'auto' computes the exact p-value when max(n1, n2) is at most this... */
const KS_EXACT_MAX_N = 10000;
/** ...and the lattice band has at most this many cells (about 0.1 s). */
const KS_EXACT_MAX_WORK = 2.5e7;
/** Lattice cells the exact two-sample p-value visits for D = h / lcm(n1, n2). */
function exactWork(n1, n2, h) {
    if (n1 === n2)
        return n1;
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    return m * Math.min(n + 1, 2 * Math.ceil(h / (m / (0,distributions/* gcd */.p_)(m, n))) + 2);
}
function fail(fn, message) {
    throw new RangeError(`${fn}: ${message}`);
}
/** a[i] itself when it is a number other than NaN (null or a string is not silently 0 or NaN). */
function number(v, fn, name, i) {
    if (typeof v !== 'number')
        fail(fn, `${name}[${i}] is not a number (${v === null ? 'null' : typeof v})`);
    if (Number.isNaN(v))
        fail(fn, `${name}[${i}] is NaN; drop missing values first`);
    return v;
}
/** Copy of `a` as a Float64Array; throws on NaN (and on ±Infinity unless `allowInfinite`). */
function toFloat64(a, fn, name, allowInfinite = false) {
    if (a === null || a === undefined || typeof a.length !== 'number')
        fail(fn, `${name} must be an array of numbers`);
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) {
        const v = number(a[i], fn, name, i);
        if (!allowInfinite && !Number.isFinite(v))
            fail(fn, `${name}[${i}] is not finite`);
        out[i] = v;
    }
    return out;
}
/** Copy of non-negative finite weights, counts or shares. */
function nonNegative(a, fn, name) {
    const out = toFloat64(a, fn, name);
    for (let i = 0; i < out.length; i++)
        if (out[i] < 0)
            fail(fn, `${name}[${i}] is negative (${out[i]})`);
    return out;
}
/** Neumaier-compensated sum: error O(ε) independent of length, close to numpy's pairwise sum. */
function sum(a) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < a.length; i++) {
        const v = a[i];
        const t = s + v;
        c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
        s = t;
    }
    return Number.isFinite(s) ? s + c : s;
}
/** Round half to even, as numpy's np.round. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided (scipy.stats.ks_2samp, alternative='two-sided').
 *
 * statistic: D = max_t |F_x(t) - F_y(t)| with right-continuous empirical CDFs evaluated at every
 * pooled value (ties handled as scipy does); bit-identical to scipy. When the exact p-value is
 * computed, D is reported as round(D·lcm)/lcm like scipy.
 *
 * method:
 * - 'exact': P(D_{n1,n2} >= D) under H0, counting the monotone lattice paths from (0,0) to (n1,n2)
 *   that leave the band |i/n1 - j/n2| < D (Hodges 1958, Viehmann 2021's recursion for n1 ≠ n2; the
 *   reflection sum for n1 = n2), the same arithmetic as scipy: agrees with scipy method='exact' to
 *   1e-11 relative (tested; bit-identical in every golden case). Cost O(n) for n1 = n2, else up to
 *   O(n1·n2·D) — with an explicit 'exact' there is no cap beyond scipy's: it falls back to
 *   'asymp' only when lcm(n1, n2) >= 2^31 - 1 or on floating-point failure.
 * - 'asymp': kstwo.sf(D, round(n1·n2/(n1+n2))), the exact one-sample Kolmogorov distribution at the
 *   effective size n_e (half to even, as numpy). kstwo.sf is computed as scipy does (Simard &
 *   L'Ecuyer 2011: Durbin matrix and Pomeranz recursion for n_e <= 140, 2·smirnov for large D,
 *   Durbin or the Pelz-Good asymptotic series otherwise; see distributions.ts), and agrees with
 *   scipy method='asymp' to 1e-12 relative (tested; at most 2e-14 in the goldens, which reach
 *   n_e = 111111). It is itself an approximation of the two-sample null distribution, as in scipy.
 * - 'auto' (default): 'exact' when max(n1, n2) <= 10000 (scipy's MAX_AUTO_N) and the lattice band
 *   has at most 2.5e7 cells (about 0.1 s; the band has ~2·D·n1·n2 cells, so without this cap
 *   disjoint samples of 10000 would take ~0.5 s), else 'asymp'. The cap can only be exceeded when
 *   n_e·D² > 77 (e.g. n1 ≈ n2 ≈ 10000 and D > 0.125), where both p-values are below 1e-60, so
 *   'auto' still returns scipy's default p-value to 1e-60 absolute there (tested at the boundary).
 *
 * Inputs may be unsorted and are not mutated. NaN anywhere, or an empty sample, throws.
 */
function ks2samp(x, y, opts = {}) {
    const method = opts.method ?? 'auto';
    if (method !== 'auto' && method !== 'exact' && method !== 'asymp')
        fail('ks2samp', `method must be 'auto', 'exact' or 'asymp', got ${JSON.stringify(method)}`);
    const a = toFloat64(x, 'ks2samp', 'x', true).sort();
    const b = toFloat64(y, 'ks2samp', 'y', true).sort();
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0)
        fail('ks2samp', 'x must not be empty');
    if (n2 === 0)
        fail('ks2samp', 'y must not be empty');
    // Walk the pooled values in order; after consuming every copy of v, i/n1 - j/n2 = F_x(v) - F_y(v).
    // Once either sample is exhausted |F_x - F_y| only shrinks, so the walk can stop there.
    let dPlus = 0;
    let dMinus = 0;
    for (let i = 0, j = 0; i < n1 && j < n2;) {
        const v = a[i] <= b[j] ? a[i] : b[j];
        while (i < n1 && a[i] === v)
            i++;
        while (j < n2 && b[j] === v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > dPlus)
            dPlus = diff;
        else if (-diff > dMinus)
            dMinus = -diff;
    }
    let d = Math.max(dPlus, dMinus);
    const g = (0,distributions/* gcd */.p_)(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const cheap = Math.max(n1, n2) <= KS_EXACT_MAX_N && exactWork(n1, n2, h) <= KS_EXACT_MAX_WORK;
    let mode = method === 'auto' ? (cheap ? 'exact' : 'asymp') : method;
    if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g))
        mode = 'asymp';
    if (mode === 'exact') {
        d = h / lcm;
        const p = (0,distributions/* smirnov2Sf */.gb)(n1, n2, h);
        if (p >= 0 && p <= 1)
            return { statistic: d, pvalue: p, method: 'exact' };
    }
    const en = (Math.max(n1, n2) * Math.min(n1, n2)) / (n1 + n2);
    return { statistic: d, pvalue: (0,distributions/* clip01 */.m2)((0,distributions/* kstwoSf */.CN)(roundHalfEven(en), d)), method: 'asymp' };
}
/**
 * Pearson's chi-square goodness-of-fit test (scipy.stats.chisquare with ddof=0): statistic
 * X² = Σ (o - e)² / e and the asymptotic upper-tail p-value P(χ²_df >= X²), df = k - 1.
 *
 * `fExp` defaults to the uniform expectation (mean of fObs). As in scipy the two totals must
 * agree to a relative tolerance of 1e-8 (scale the expected counts to the observed total).
 * Categories where both observed and expected are 0 contribute nothing and are not counted in
 * df (scipy returns nan there). An expected 0 with a positive observation gives X² = Infinity and
 * p = 0. With a single remaining category (df = 0) the samples cannot differ: p = 1.
 * Matches scipy: statistic to 1e-13 relative, p-value to 1e-12 relative (tested up to df = 5999).
 */
function chisquare(fObs, fExp) {
    const obs = nonNegative(fObs, 'chisquare', 'fObs');
    const k = obs.length;
    if (k === 0)
        fail('chisquare', 'fObs must not be empty');
    const obsSum = sum(obs);
    if (!(obsSum > 0))
        fail('chisquare', 'fObs must have a positive total');
    let exp;
    if (fExp === undefined) {
        exp = new Float64Array(k).fill(obsSum / k);
    }
    else {
        exp = nonNegative(fExp, 'chisquare', 'fExp');
        if (exp.length !== k)
            fail('chisquare', `fExp has ${exp.length} categories but fObs has ${k}`);
        const expSum = sum(exp);
        const rel = Math.abs(obsSum - expSum) / Math.min(obsSum, expSum);
        if (!(rel <= 1e-8))
            fail('chisquare', `the totals of fObs (${obsSum}) and fExp (${expSum}) must agree to a relative tolerance of 1e-8; scale fExp to the observed total`);
    }
    const terms = new Float64Array(k);
    let cells = 0;
    for (let i = 0; i < k; i++) {
        if (obs[i] === 0 && exp[i] === 0)
            continue;
        cells++;
        terms[i] = (obs[i] - exp[i]) ** 2 / exp[i];
    }
    const statistic = sum(terms);
    const df = cells - 1;
    const pvalue = statistic === Infinity ? 0 : df === 0 ? 1 : (0,distributions/* chi2Sf */.wv)(statistic, df);
    return { statistic, pvalue, df };
}
/** Sorted copy of values, with weights permuted alongside (or null when unweighted). */
function sortedWithWeights(values, weights, name) {
    const v = toFloat64(values, 'wassersteinDistance', name);
    if (v.length === 0)
        fail('wassersteinDistance', `${name} must not be empty`);
    if (weights === undefined)
        return [v.sort(), null];
    const wName = `${name}Weights`;
    const w = nonNegative(weights, 'wassersteinDistance', wName);
    if (w.length !== v.length)
        fail('wassersteinDistance', `${wName} has ${w.length} entries but ${name} has ${v.length}`);
    const total = sum(w);
    if (!(total > 0 && total < Infinity))
        fail('wassersteinDistance', `${wName} must have a positive, finite total`);
    // Argsort. A plain array sorts with a comparator ~4x faster than a Uint32Array in V8.
    const order = Array.from({ length: v.length }, (_, i) => i);
    order.sort((i, j) => v[i] - v[j]);
    const vs = new Float64Array(v.length);
    const ws = new Float64Array(v.length);
    for (let i = 0; i < order.length; i++) {
        vs[i] = v[order[i]];
        ws[i] = w[order[i]];
    }
    return [vs, ws];
}
/**
 * First Wasserstein (earth mover's) distance between two 1-D distributions,
 * ∫ |U(t) - V(t)| dt over their (weighted) empirical CDFs (scipy.stats.wasserstein_distance).
 *
 * Weights are optional and need not be normalized (e.g. histogram or sketch counts at bin
 * centres); they must be non-negative with a positive finite total. Values must be finite.
 * Matches scipy to 1e-13 relative. O((n + m) log(n + m)).
 */
function wassersteinDistance(u, v, uWeights, vWeights) {
    const [a, wa] = sortedWithWeights(u, uWeights, 'u');
    const [b, wb] = sortedWithWeights(v, vWeights, 'v');
    let ta = a.length;
    let tb = b.length;
    if (wa) {
        ta = 0; // the cumulative sum's last entry, as scipy normalizes by it
        for (let i = 0; i < wa.length; i++)
            ta += wa[i];
    }
    if (wb) {
        tb = 0;
        for (let i = 0; i < wb.length; i++)
            tb += wb[i];
    }
    // Between consecutive pooled values the CDFs are flat: add |U - V| times the gap.
    let ca = 0;
    let cb = 0;
    let s = 0;
    let c = 0;
    let prev = Math.min(a[0], b[0]);
    for (let i = 0, j = 0; i < a.length || j < b.length;) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        const term = Math.abs(ca / ta - cb / tb) * (x - prev);
        const t = s + term; // Neumaier-compensated running sum; terms are non-negative
        c += s >= term ? s - t + term : term - t + s;
        s = t;
        for (; i < a.length && a[i] === x; i++)
            ca += wa ? wa[i] : 1;
        for (; j < b.length && b[j] === x; j++)
            cb += wb ? wb[j] : 1;
        prev = x;
    }
    return s + c;
}
/** Validated copies of two aligned non-negative vectors. */
function pairOfDistributions(p, q, fn, names) {
    const a = nonNegative(p, fn, names[0]);
    const b = nonNegative(q, fn, names[1]);
    if (a.length === 0)
        fail(fn, `${names[0]} must not be empty`);
    if (a.length !== b.length)
        fail(fn, `${names[0]} has ${a.length} entries but ${names[1]} has ${b.length}`);
    return [a, b];
}
/** Relative entropy term x log(x / y) (scipy.special.rel_entr) for x, y >= 0. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    return x === 0 ? 0 : Infinity;
}
/**
 * Jensen-Shannon DISTANCE (the square root of the JS divergence) between two discrete
 * distributions (scipy.spatial.distance.jensenshannon): p and q are first divided by their
 * totals, then sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2, natural log unless `base` is
 * given (Evidently uses base 2). Between 0 and sqrt(ln 2) (1 in base 2). A divergence that rounds
 * below zero is taken as 0 (scipy would return nan). Matches scipy to 1e-13 relative.
 */
function jensenShannonDistance(p, q, base) {
    const [a, b] = pairOfDistributions(p, q, 'jensenShannonDistance', ['p', 'q']);
    if (base !== undefined && !(base > 0 && base !== 1))
        fail('jensenShannonDistance', `base must be a positive number other than 1, got ${base}`);
    const sa = sum(a);
    const sb = sum(b);
    if (!(sa > 0))
        fail('jensenShannonDistance', 'p must have a positive total');
    if (!(sb > 0))
        fail('jensenShannonDistance', 'q must have a positive total');
    let left = 0;
    let right = 0;
    for (let i = 0; i < a.length; i++) {
        const pi = a[i] / sa;
        const qi = b[i] / sb;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    let js = left + right;
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(Math.max(js / 2, 0));
}
/**
 * Evidently's replacement for empty bins, applied to each vector separately: a share of 0
 * becomes 0.0001, or (smallest non-zero share) / 1e6 when that smallest share is itself <= 0.0001.
 */
function fillZeroShares(s) {
    let min = Infinity;
    for (const v of s)
        if (v > 0 && v < min)
            min = v;
    const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
    for (let i = 0; i < s.length; i++)
        if (s[i] === 0)
            s[i] = fill;
}
/**
 * Population Stability Index Σ (c - r) · ln(c / r) over aligned bins or categories, given the
 * reference and current SHARES (each summing to 1, e.g. counts / total). Zero shares are replaced
 * as Evidently does before the sum: by 0.0001, or by (smallest non-zero share) / 1e6 when the
 * smallest non-zero share of that vector is at most 0.0001. Always >= 0; 0.1 / 0.25 are the usual
 * "some" / "major" shift thresholds.
 */
function psi(refShares, curShares) {
    const [r, c] = pairOfDistributions(refShares, curShares, 'psi', ['refShares', 'curShares']);
    if (!r.some((v) => v > 0))
        fail('psi', 'refShares must have a positive share');
    if (!c.some((v) => v > 0))
        fail('psi', 'curShares must have a positive share');
    fillZeroShares(r);
    fillZeroShares(c);
    const terms = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++)
        terms[i] = (c[i] - r[i]) * Math.log(c[i] / r[i]);
    return sum(terms);
}
/**
 * Equal-width bin edges as numpy.histogram_bin_edges(values, bins): the range [min, max] of the
 * values (widened by ±0.5 when constant; [0, 1] when empty) cut into `bins` equal bins, or for
 * 'sturges' into ceil(range / (range / (log2 n + 1))) bins. Edges are computed exactly as
 * np.linspace does (bit-identical). Several arrays are pooled without copying, as Evidently bins
 * numeric columns on reference and current together.
 */
function histogramBinEdges(values, bins = 'sturges') {
    const parts = Array.isArray(values) && values.length > 0 && typeof values[0] === 'object' ? values : [values];
    if (bins !== 'sturges' && !(Number.isInteger(bins) && bins >= 1))
        fail('histogramBinEdges', `bins must be 'sturges' or a positive integer, got ${JSON.stringify(bins)}`);
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (const part of parts) {
        for (let i = 0; i < part.length; i++) {
            const v = number(part[i], 'histogramBinEdges', 'values', n + i);
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        n += part.length;
    }
    let first = 0;
    let last = 1;
    if (n > 0) {
        if (!Number.isFinite(lo) || !Number.isFinite(hi))
            fail('histogramBinEdges', `the range of the values [${lo}, ${hi}] is not finite`);
        [first, last] = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
    }
    let nb;
    if (bins === 'sturges') {
        const width = n > 0 ? (hi - lo) / (Math.log2(n) + 1) : 0;
        nb = width ? Math.ceil((last - first) / width) : 1;
    }
    else {
        nb = bins;
    }
    // np.linspace(first, last, nb + 1)
    const edges = new Float64Array(nb + 1);
    const delta = last - first;
    const step = delta / nb;
    for (let i = 0; i <= nb; i++)
        edges[i] = (step === 0 ? (i / nb) * delta : i * step) + first;
    edges[nb] = last;
    return edges;
}
/**
 * Counts of `values` in the bins [e0, e1), [e1, e2), ..., [e_{k-1}, e_k] — the last bin closed —
 * as numpy.histogram(values, edges)[0]; values outside [e0, e_k] are not counted. Edges must be
 * non-decreasing. O(n log k).
 */
function histogramCounts(values, edges) {
    const e = toFloat64(edges, 'histogramCounts', 'edges', true);
    if (e.length < 2)
        fail('histogramCounts', 'edges must have at least 2 entries');
    for (let i = 1; i < e.length; i++)
        if (!(e[i] >= e[i - 1]))
            fail('histogramCounts', `edges must increase monotonically (edges[${i}] < edges[${i - 1}])`);
    const k = e.length - 1;
    const counts = new Float64Array(k);
    const lo = e[0];
    const hi = e[k];
    for (let i = 0; i < values.length; i++) {
        const v = number(values[i], 'histogramCounts', 'values', i);
        if (v < lo || v > hi)
            continue;
        if (v === hi) {
            counts[k - 1]++;
            continue;
        }
        let l = 0; // largest l with e[l] <= v
        let r = k;
        while (r - l > 1) {
            const mid = (l + r) >>> 1;
            if (e[mid] <= v)
                l = mid;
            else
                r = mid;
        }
        counts[l]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./.build/js/src/data/sketch/drift-approx.js
/**
 * Two-sample drift statistics computed from two DDSketches with the same alpha, with explicit,
 * provable error bounds, so a profile (sketches only, no raw values) can be compared against
 * another profile.
 *
 * The key fact: two sketches with the same alpha use the same bucket index mapping, and the mapping
 * is monotone, so their buckets line up into common cells c_1 < c_2 < ... (ordered, disjoint
 * ranges of values; the zero count is a cell of its own). Where a store collapsed its lowest
 * buckets, the cells of both sketches at or below the collapsed key are pooled into one cell so the
 * alignment still holds. Between two consecutive cells, each sample's empirical CDF is known
 * exactly (its count in the cells so far over its total); only inside a cell is it unknown.
 *
 * - Kolmogorov–Smirnov ({@link ksApprox}): D = max over cell boundaries |F_A - F_B| is attained by
 *   the true CDFs, so D <= KS. Inside cell j, F_A lies between its values at the cell's two ends,
 *   likewise F_B, so |F_A - F_B| <= max(F_A(end_j) - F_B(start_j), F_B(end_j) - F_A(start_j)) =: U_j.
 *   Hence KS ∈ [D, U] with U = max(D, max_j U_j) <= D + max_j max(mass_A(c_j), mass_B(c_j)): the
 *   error is at most the largest single-cell probability mass of either sample. The point-mass zero
 *   cell adds nothing to U. This holds exactly (no alpha involved): it only uses that cells are
 *   ordered.
 *
 * - Wasserstein-1 ({@link wassersteinApprox}): computed exactly between the two discrete
 *   distributions that put each bucket's count at its representative value. Moving every value to
 *   its bucket's representative costs at most dev_j = max(value_j - lower_j, upper_j - value_j) per
 *   unit of mass in bucket j (about alpha |x|), so by the triangle inequality
 *   |W1 - W1_approx| <= sum_j m_A(j) dev_j + sum_j m_B(j) dev_j <= ~alpha (E|X_A| + E|X_B|) (1 + alpha),
 *   where m(j) is the probability mass of bucket j. Collapsed buckets enter with their real width, so the
 *   bound stays valid (and grows) if collapsing happened. `lower` and `upper` are further tightened
 *   by a second, independent bracket from the common cells: W1 = ∫|F_A - F_B|, which is known exactly
 *   between cells and, inside cell j of width w_j, lies between w_j times the smallest and the
 *   largest |F_A - F_B| the cell's end values allow.
 *
 * - {@link commonBins}: groups the common cells into bins (by default about 10, at quantiles of the
 *   first sketch) and returns both samples' counts and shares per bin. Because bin edges fall on
 *   cell boundaries, these shares are the exact shares of the raw data in those bins, so
 *   Jensen–Shannon or PSI computed from them has no sketch error beyond the choice of edges.
 *
 * Bucket bounds (`edges`, `lower`, `upper`) are the mathematical ones, gamma^k; a value within
 * floating-point rounding of a boundary may sit in the neighbouring bucket. The KS and binning
 * results above do not depend on that (they only use the order of buckets).
 */

function checkCompatible(a, b) {
    if (a.alpha !== b.alpha)
        throw new errors/* ConfigurationError */.j1(`cannot compare DDSketches with different alpha (${a.alpha} and ${b.alpha})`);
}
/** Orders cells: negatives by decreasing key, then zero, then positives by increasing key. */
function cellOrder(sa, ka, sb, kb) {
    if (sa !== sb)
        return sa - sb;
    return sa < 0 ? kb - ka : ka - kb;
}
/** The common cells of two sketches with the same alpha, in increasing value order. */
function commonCells(a, b) {
    checkCompatible(a, b);
    const ba = a.buckets();
    const bb = b.buckets();
    let cutNeg = -Infinity;
    let cutPos = -Infinity;
    for (const bk of ba.concat(bb)) {
        if (!bk.collapsed)
            continue;
        if (bk.sign < 0)
            cutNeg = Math.max(cutNeg, bk.key);
        else
            cutPos = Math.max(cutPos, bk.key);
    }
    const keyOf = (bk) => (bk.sign < 0 ? Math.max(bk.key, cutNeg) : bk.sign > 0 ? Math.max(bk.key, cutPos) : 0);
    const cells = [];
    const push = (bk, fromA) => {
        const key = keyOf(bk);
        const last = cells[cells.length - 1];
        if (last && last.sign === bk.sign && last.key === key) {
            if (bk.lower < last.lower)
                last.lower = bk.lower;
            if (bk.upper > last.upper)
                last.upper = bk.upper;
            if (fromA)
                last.countA += bk.count;
            else
                last.countB += bk.count;
        }
        else {
            cells.push({ sign: bk.sign, key, lower: bk.lower, upper: bk.upper, countA: fromA ? bk.count : 0, countB: fromA ? 0 : bk.count });
        }
    };
    let i = 0;
    let j = 0;
    while (i < ba.length || j < bb.length) {
        if (j >= bb.length)
            push(ba[i++], true);
        else if (i >= ba.length)
            push(bb[j++], false);
        else {
            const x = ba[i];
            const y = bb[j];
            if (cellOrder(x.sign, keyOf(x), y.sign, keyOf(y)) <= 0)
                push(ba[i++], true);
            else
                push(bb[j++], false);
        }
    }
    return cells;
}
/**
 * Approximate two-sample Kolmogorov–Smirnov statistic sup |F_A - F_B| with proven bounds
 * [lower, upper] (see the module comment). NaN statistic when either sketch is empty.
 */
function ksApprox(a, b) {
    checkCompatible(a, b);
    const n1 = a.count;
    const n2 = b.count;
    const method = 'ddsketch-ks-cell-bounds';
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method, n1, n2, maxCellMass: NaN };
    let cumA = 0;
    let cumB = 0;
    let d = 0;
    let u = 0;
    let maxMass = 0;
    for (const c of commonCells(a, b)) {
        const fa0 = cumA / n1;
        const fb0 = cumB / n2;
        cumA += c.countA;
        cumB += c.countB;
        const fa = cumA / n1;
        const fb = cumB / n2;
        const diff = Math.abs(fa - fb);
        if (diff > d)
            d = diff;
        if (c.sign !== 0) {
            const within = Math.max(fa - fb0, fb - fa0);
            if (within > u)
                u = within;
        }
        const mass = Math.max(c.countA / n1, c.countB / n2);
        if (mass > maxMass)
            maxMass = mass;
    }
    if (u < d)
        u = d;
    return { statistic: d, errorBound: u - d, lower: d, upper: u, method, n1, n2, maxCellMass: maxMass };
}
/**
 * Approximate Wasserstein-1 distance (earth mover's distance, in the data's units) between the
 * two samples, from bucket representatives, with the bound described in the module comment.
 * NaN statistic when either sketch is empty.
 */
function wassersteinApprox(a, b) {
    checkCompatible(a, b);
    const method = 'ddsketch-w1-representatives';
    const n1 = a.count;
    const n2 = b.count;
    if (n1 === 0 || n2 === 0)
        return { statistic: NaN, errorBound: NaN, lower: NaN, upper: NaN, method };
    const ba = a.buckets();
    const bb = b.buckets();
    let err = 0;
    for (const bk of ba)
        err += (bk.count / n1) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
    for (const bk of bb)
        err += (bk.count / n2) * Math.max(bk.value - bk.lower, bk.upper - bk.value);
    let i = 0;
    let j = 0;
    let cumA = 0;
    let cumB = 0;
    let prev = NaN;
    let w = 0;
    while (i < ba.length || j < bb.length) {
        const x = Math.min(i < ba.length ? ba[i].value : Infinity, j < bb.length ? bb[j].value : Infinity);
        if (prev === prev)
            w += Math.abs(cumA / n1 - cumB / n2) * (x - prev);
        while (i < ba.length && ba[i].value === x)
            cumA += ba[i++].count;
        while (j < bb.length && bb[j].value === x)
            cumB += bb[j++].count;
        prev = x;
    }
    // The cell bracket: exact between cells, bounded inside each.
    let cellLo = 0;
    let cellHi = 0;
    let cumA0 = 0;
    let cumB0 = 0;
    let prevUpper = NaN;
    for (const c of commonCells(a, b)) {
        const fa0 = cumA0 / n1;
        const fb0 = cumB0 / n2;
        if (prevUpper === prevUpper && c.lower > prevUpper) {
            const gap = Math.abs(fa0 - fb0) * (c.lower - prevUpper);
            cellLo += gap;
            cellHi += gap;
        }
        cumA0 += c.countA;
        cumB0 += c.countB;
        const fa = cumA0 / n1;
        const fb = cumB0 / n2;
        const width = c.upper - c.lower;
        cellLo += width * Math.max(0, fa0 - fb, fb0 - fa);
        cellHi += width * Math.max(fa - fb0, fb - fa0);
        prevUpper = c.upper;
    }
    return { statistic: w, errorBound: err, lower: Math.max(0, w - err, cellLo), upper: Math.min(w + err, cellHi), method };
}
/**
 * Bins both sketches onto common bins whose edges are bucket boundaries, giving count and share
 * vectors for Jensen–Shannon divergence or PSI (the shares are exact for these bins).
 */
function commonBins(a, b, options = {}) {
    const strategy = options.strategy ?? 'quantile';
    const bins = options.bins ?? 10;
    if (strategy !== 'quantile' && strategy !== 'finest')
        throw new errors/* ConfigurationError */.j1(`commonBins strategy must be 'quantile' or 'finest', got ${String(strategy)}`);
    if (!Number.isSafeInteger(bins) || bins < 1)
        throw new errors/* ConfigurationError */.j1(`commonBins bins must be a positive integer, got ${bins}`);
    const cells = commonCells(a, b);
    const out = { edges: [], countsA: [], countsB: [], sharesA: [], sharesB: [] };
    if (cells.length === 0)
        return out;
    const useA = a.count > 0;
    const refTotal = useA ? a.count : b.count;
    let binA = 0;
    let binB = 0;
    let cumRef = 0;
    let next = 1;
    out.edges.push(cells[0].lower);
    for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        binA += cell.countA;
        binB += cell.countB;
        cumRef += useA ? cell.countA : cell.countA + cell.countB;
        const last = c === cells.length - 1;
        let close = last || strategy === 'finest';
        if (!close && next < bins && cumRef >= (next / bins) * refTotal) {
            // Crossed one or more of the cut points 1/bins, ..., (bins-1)/bins; after the last one the
            // remaining cells form the last bin.
            close = true;
            while (next < bins && cumRef >= (next / bins) * refTotal)
                next++;
        }
        if (close) {
            out.edges.push(cell.upper);
            out.countsA.push(binA);
            out.countsB.push(binB);
            binA = 0;
            binB = 0;
        }
    }
    const na = a.count;
    const nb = b.count;
    out.sharesA = out.countsA.map((c) => (na > 0 ? c / na : 0));
    out.sharesB = out.countsB.map((c) => (nb > 0 ? c / nb : 0));
    return out;
}

// EXTERNAL MODULE: ./.build/js/src/metrics/intervals.js
var intervals = __webpack_require__(4685);
;// CONCATENATED MODULE: ./.build/js/src/data/drift.js
/**
 * Per-column drift between a reference and the current data, choosing the test by type and size as
 * Evidently does, with every threshold configurable per column:
 *
 * | column      | reference rows <= small-sample (1000) | larger                     |
 * |-------------|----------------------------------------|----------------------------|
 * | numeric     | KS two-sample (p < 0.05)               | Wasserstein distance normed by the reference std (>= 0.1) |
 * | categorical | chi-square goodness of fit (p < 0.05)  | Jensen-Shannon distance, natural log (>= 0.1) |
 *
 * Numeric columns with at most 5 distinct values are tested as categorical, unless `ks` or
 * `wasserstein` is named for the column. A statistic that is not finite (a category the reference
 * never had under chi-square, a reference with zero spread under Wasserstein) is reported as
 * `statistic: null` with a `reason` saying how the result was decided (see finish()). PSI (>= 0.1) is
 * available by name. Against a reference dataset the tests are exact; against a reference profile
 * they run on its sketches and each result states its error bound.
 */







const DRIFT_TESTS = ['ks', 'chi-square', 'wasserstein', 'jensen-shannon', 'psi'];
/** Default thresholds: p-value for the two tests, distance for the others. */
const DEFAULT_THRESHOLD = { ks: 0.05, 'chi-square': 0.05, wasserstein: 0.1, 'jensen-shannon': 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chi-square']);
function parseDriftSettings(raw, source) {
    const fail = (m) => {
        throw new errors/* ConfigurationError */.j1(`${source}: ${m}`);
    };
    if (raw === null || raw === undefined)
        raw = {};
    if (typeof raw !== 'object' || Array.isArray(raw))
        fail('drift settings must be a mapping');
    const r = raw;
    for (const k of Object.keys(r))
        if (!['dataset-drift-share', 'small-sample', 'columns', 'ignore'].includes(k))
            fail(`unknown key '${k}' (expected dataset-drift-share, small-sample, columns, ignore)`);
    const share = r['dataset-drift-share'] ?? 0.5;
    if (typeof share !== 'number' || !(share > 0 && share <= 1))
        fail(`dataset-drift-share must be a number in (0, 1], got ${JSON.stringify(share)}`);
    const small = r['small-sample'] ?? 1000;
    if (typeof small !== 'number' || !Number.isInteger(small) || small < 0)
        fail(`small-sample must be a non-negative integer`);
    const ignore = r.ignore ?? [];
    if (!Array.isArray(ignore) || ignore.some((c) => typeof c !== 'string'))
        fail('ignore must be a list of column names');
    const columns = (0,objects/* dict */.j)();
    const rc = r.columns ?? {};
    if (typeof rc !== 'object' || Array.isArray(rc))
        fail('columns must map column names to { test, threshold }');
    for (const [name, v] of Object.entries(rc)) {
        const s = (v ?? {});
        for (const k of Object.keys(s))
            if (k !== 'test' && k !== 'threshold')
                fail(`columns.${(0,files/* showName */.$i)(name)}: unknown key ${(0,files/* showName */.$i)(k)} (expected test, threshold)`);
        if (s.test !== undefined && !['auto', 'none', ...DRIFT_TESTS].includes(s.test))
            fail(`columns.${(0,files/* showName */.$i)(name)}.test must be one of auto, none, ${DRIFT_TESTS.join(', ')}`);
        if (s.threshold !== undefined && (typeof s.threshold !== 'number' || !(s.threshold >= 0)))
            fail(`columns.${(0,files/* showName */.$i)(name)}.threshold must be a non-negative number`);
        columns[name] = { test: s.test, threshold: s.threshold };
    }
    return { datasetDriftShare: share, smallSample: small, columns, ignore: ignore };
}
function numericTestNamed(setting) {
    return setting.test === 'ks' || setting.test === 'wasserstein';
}
/** Evidently's choice of test for a column. */
function chooseTest(kind, referenceRows, distinct, smallSample) {
    const small = referenceRows <= smallSample;
    if (kind === 'numeric' && distinct > 5)
        return small ? 'ks' : 'wasserstein';
    return small ? 'chi-square' : 'jensen-shannon';
}
function isDrifted(test, statistic, pValue, threshold) {
    return P_VALUE_TESTS.has(test) ? pValue < threshold : statistic >= threshold;
}
function sorted(a) {
    return Float64Array.from(a).sort();
}
function distinctSorted(s, cap) {
    let d = s.length ? 1 : 0;
    for (let i = 1; i < s.length && d <= cap; i++)
        if (s[i] !== s[i - 1])
            d++;
    return d;
}
function std(a) {
    let mean = 0;
    for (let i = 0; i < a.length; i++)
        mean += (a[i] - mean) / (i + 1);
    let ss = 0;
    for (let i = 0; i < a.length; i++)
        ss += (a[i] - mean) ** 2;
    return Math.sqrt(ss / a.length);
}
function fmtNum(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
/** Shares of reference and current per bin (edges may start or end at ±Infinity): where the distribution moved. */
function movedRanges(edges, refCounts, curCounts) {
    let rt = 0;
    let ct = 0;
    for (let i = 0; i < refCounts.length; i++)
        rt += refCounts[i];
    for (let i = 0; i < curCounts.length; i++)
        ct += curCounts[i];
    const bound = (x, open) => (x === undefined || !Number.isFinite(x) ? open : fmtNum(x));
    const out = [];
    for (let i = 0; i < refCounts.length; i++) {
        out.push({ label: `[${bound(edges[i], '-∞')}, ${bound(edges[i + 1], '+∞')})`, reference: refCounts[i] / (rt || 1), current: curCounts[i] / (ct || 1) });
    }
    return out.sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference)).slice(0, 3);
}
function movedCategories(ref, cur) {
    let rt = 0;
    let ct = 0;
    for (const c of ref.values())
        rt += c;
    for (const c of cur.values())
        ct += c;
    const keys = new Set([...ref.keys(), ...cur.keys()]);
    return [...keys]
        .map((k) => ({ label: k, reference: (ref.get(k) ?? 0) / (rt || 1), current: (cur.get(k) ?? 0) / (ct || 1) }))
        .sort((a, b) => Math.abs(b.current - b.reference) - Math.abs(a.current - a.reference))
        .slice(0, 3);
}
/** Counts in bins delimited by interior cut points (the first and last bins are open-ended). */
function countInCuts(s, cuts) {
    const counts = new Array(cuts.length + 1).fill(0);
    let b = 0;
    for (let i = 0; i < s.length; i++) {
        while (b < cuts.length && s[i] >= cuts[b])
            b++;
        counts[b]++;
    }
    return counts;
}
function explain(r) {
    if (r.statistic === null)
        return `${r.drifted ? 'drifted' : 'stable'}: ${r.reason ?? `${r.test} statistic is not finite`}`;
    const stat = r.pValue !== undefined ? `p = ${r.pValue.toPrecision(3)} (${r.test} statistic ${r.statistic.toPrecision(4)})` : `${r.test} = ${r.statistic.toPrecision(4)}`;
    const cmp = r.pValue !== undefined ? (r.drifted ? `< ${r.threshold}` : `>= ${r.threshold}`) : r.drifted ? `>= ${r.threshold}` : `< ${r.threshold}`;
    const bound = r.errorBound !== undefined ? ` (from sketches, ±${r.errorBound.toPrecision(2)})` : '';
    const top = r.moved[0];
    const moved = top ? `; most moved: ${top.label} ${(top.reference * 100).toFixed(1)}% -> ${(top.current * 100).toFixed(1)}%` : '';
    const fresh = r.newValues?.length ? `; new values: ${r.newValues.join(', ')}` : '';
    return `${r.drifted ? 'drifted' : 'stable'}: ${stat}${bound} ${cmp}${moved}${fresh}`;
}
const MAX_NEW_VALUES = 10;
/** Current categories with a count that the reference (exact counts) does not have, sorted, at most 10. */
function newCategories(ref, cur) {
    const out = [];
    for (const [k, n] of cur)
        if (n > 0 && !(ref.get(k) > 0))
            out.push(k);
    return out.sort().slice(0, MAX_NEW_VALUES);
}
/**
 * The result of one column's test with every statistic defined: a statistic that is not a finite
 * number (chi-square with a category the reference never had, Wasserstein normed by a reference
 * with zero spread, anything NaN) becomes `statistic: null` with a `reason` saying how the result
 * was decided instead.
 */
function finish(partial, extra) {
    let r;
    const { statistic, pValue, test } = partial;
    const fresh = partial.newValues?.length ? `${partial.newValues.join(', ')}${partial.newValues.length === MAX_NEW_VALUES ? ', ...' : ''}` : '';
    if (extra.zeroSpread) {
        // Nothing to norm the distance by: any change of a constant column is drift, none is not.
        const { value, distance } = extra.zeroSpread;
        const drifted = distance > 0;
        r = { ...partial, statistic: null, pValue: undefined, drifted, reason: `the reference has zero spread (every value ${fmtNum(value)}), so the Wasserstein distance cannot be normed by its std; the distance is ${fmtNum(distance)}: ${drifted ? 'any change of a constant column is drift' : 'no change'}` };
    }
    else if (statistic !== null && Number.isFinite(statistic) && (pValue === undefined || Number.isFinite(pValue))) {
        r = { ...partial, drifted: isDrifted(test, statistic, pValue, partial.threshold) };
    }
    else if (test === 'chi-square' && statistic === Infinity) {
        // An observed count where the reference expects none: X² is infinite, p = 0.
        r = { ...partial, statistic: null, pValue: 0, drifted: true, reason: `values the reference never had${fresh ? `: ${fresh}` : ''} (chi-square is infinite, p = 0)` };
    }
    else {
        r = { ...partial, statistic: null, pValue: undefined, drifted: false, reason: `the ${test} statistic is not a finite number (${String(statistic)}); not counted as drift` };
    }
    if (r.newValues?.length === 0)
        delete r.newValues;
    if (r.pValue === undefined)
        delete r.pValue;
    return { ...r, explanation: explain(r) };
}
/** Exact drift test of one column from the values of both datasets. */
function exactDrift(input, ref, cur, smallSample) {
    const numeric = input.kind === 'numeric';
    const refSorted = numeric ? sorted(ref.numbers) : new Float64Array();
    const curSorted = numeric ? sorted(cur.numbers) : new Float64Array();
    const referenceCount = numeric ? refSorted.length : ref.categoricalCount;
    const currentCount = numeric ? curSorted.length : cur.categoricalCount;
    if (referenceCount === 0 || currentCount === 0)
        return undefined;
    const catRef = numeric ? new Map() : ref.categories;
    const catCur = numeric ? new Map() : cur.categories;
    let distinct = catRef.size;
    if (numeric) {
        distinct = Math.max(distinctSorted(refSorted, 5), distinctSorted(curSorted, 5));
        // A numeric test asked for by name runs on the numbers whatever their count of distinct values.
        if (distinct <= 5 && !numericTestNamed(input.setting)) {
            // Few distinct numbers: tested as categories, as Evidently does.
            for (const v of refSorted)
                catRef.set(String(v), (catRef.get(String(v)) ?? 0) + 1);
            for (const v of curSorted)
                catCur.set(String(v), (catCur.get(String(v)) ?? 0) + 1);
            distinct = new Set([...catRef.keys(), ...catCur.keys()]).size;
        }
    }
    const asCategories = !numeric || catRef.size > 0;
    const setting = input.setting;
    const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    let statistic;
    let pValue;
    let moved;
    let newValues;
    let zeroSpread;
    if (asCategories) {
        const keys = [...new Set([...catRef.keys(), ...catCur.keys()])].sort();
        const r = keys.map((k) => catRef.get(k) ?? 0);
        const c = keys.map((k) => catCur.get(k) ?? 0);
        moved = movedCategories(catRef, catCur);
        newValues = newCategories(catRef, catCur);
        ({ statistic, pValue } = categoricalStatistic(test, r, c, input.column));
    }
    else {
        const cuts = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => (0,intervals/* quantileSorted */.Z4)(refSorted, d / 10)).filter((v, i, a) => i === 0 || v > a[i - 1]);
        moved = movedRanges([-Infinity, ...cuts, Infinity], countInCuts(refSorted, cuts), countInCuts(curSorted, cuts));
        switch (test) {
            case 'ks': {
                const res = ks2samp(refSorted, curSorted);
                statistic = res.statistic;
                pValue = res.pvalue;
                break;
            }
            case 'wasserstein': {
                const s = std(refSorted);
                const w = wassersteinDistance(refSorted, curSorted);
                statistic = s > 0 && Number.isFinite(s) ? w / s : NaN;
                if (s === 0)
                    zeroSpread = { value: refSorted[0], distance: w };
                break;
            }
            default: {
                const all = new Float64Array(refSorted.length + curSorted.length);
                all.set(refSorted);
                all.set(curSorted, refSorted.length);
                // Equal-width bins do not change with the scale: halve values whose range overflows a double.
                const range = Math.max(refSorted[refSorted.length - 1], curSorted[curSorted.length - 1]) - Math.min(refSorted[0], curSorted[0]);
                const scale = Number.isFinite(range) ? 1 : 0.5;
                const scaled = (a) => (scale === 1 ? a : a.map((v) => v * scale));
                const edges = histogramBinEdges(scaled(all));
                ({ statistic, pValue } = categoricalStatistic(test, histogramCounts(scaled(refSorted), edges), histogramCounts(scaled(curSorted), edges), input.column));
            }
        }
    }
    return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'exact', referenceCount, currentCount, moved, newValues }, { zeroSpread });
}
/** Statistics over aligned count vectors (categories, or shared bins of a numeric column). */
function categoricalStatistic(test, ref, cur, column) {
    let rt = 0;
    let ct = 0;
    for (let i = 0; i < ref.length; i++)
        rt += ref[i];
    for (let i = 0; i < cur.length; i++)
        ct += cur[i];
    switch (test) {
        case 'chi-square': {
            // Evidently's form: current counts against reference proportions scaled to the current total.
            const exp = Array.from(ref, (r) => (r * ct) / rt);
            const res = chisquare(Array.from(cur), exp);
            return { statistic: res.statistic, pValue: res.pvalue };
        }
        case 'jensen-shannon':
            return { statistic: jensenShannonDistance(Array.from(ref), Array.from(cur)) };
        case 'psi':
            return { statistic: psi(Array.from(ref, (r) => r / rt), Array.from(cur, (c) => c / ct)) };
        default:
            throw new errors/* ConfigurationError */.j1(`drift test '${test}' does not apply to categorical column ${(0,files/* showName */.$i)(column)}; use chi-square, jensen-shannon or psi`);
    }
}
/**
 * Drift of one column against a reference profile, on sketches: KS and Wasserstein from the two
 * DDSketches (with the bounds drift-approx proves), Jensen-Shannon and PSI on shared bins whose
 * counts are exact, chi-square on exact category counts while Space-Saving is exact (else on its
 * top values plus an "(other)" cell, flagged approximate).
 */
function sketchDrift(input, ref, cur, smallSample) {
    const numeric = input.kind === 'numeric';
    const referenceCount = numeric ? ref.quantiles.count : ref.count;
    const currentCount = numeric ? cur.quantiles.count : cur.count;
    if (referenceCount === 0 || currentCount === 0)
        return undefined;
    const refCats = ref.top.exactCounts();
    const curCats = cur.top.exactCounts();
    const distinct = refCats && curCats ? new Set([...refCats.keys(), ...curCats.keys()]).size : Infinity;
    const asCategories = !numeric || (distinct <= 5 && !numericTestNamed(input.setting));
    const setting = input.setting;
    const test = setting.test && setting.test !== 'auto' && setting.test !== 'none' ? setting.test : chooseTest(asCategories ? 'categorical' : 'numeric', input.referenceRows, distinct, smallSample);
    const threshold = setting.threshold ?? DEFAULT_THRESHOLD[test];
    let statistic;
    let pValue;
    let errorBound;
    let moved;
    let newValues;
    let zeroSpread;
    if (asCategories) {
        const approx = !refCats || !curCats;
        const r = refCats ?? withOther(ref);
        const c = curCats ?? withOther(cur);
        const keys = [...new Set([...r.keys(), ...c.keys()])].map(String).sort();
        const rm = new Map([...r].map(([k, v]) => [String(k), v]));
        const cm = new Map([...c].map(([k, v]) => [String(k), v]));
        moved = movedCategories(rm, cm);
        if (refCats)
            newValues = newCategories(rm, cm);
        ({ statistic, pValue } = categoricalStatistic(test, keys.map((k) => rm.get(k) ?? 0), keys.map((k) => cm.get(k) ?? 0), input.column));
        if (approx)
            errorBound = (ref.top.unmonitoredBound + cur.top.unmonitoredBound) / Math.min(referenceCount, currentCount);
    }
    else {
        const bins = commonBins(ref.quantiles, cur.quantiles, { bins: 10 });
        moved = movedRanges(bins.edges, bins.countsA, bins.countsB);
        switch (test) {
            case 'ks': {
                const ks = ksApprox(ref.quantiles, cur.quantiles);
                statistic = ks.statistic;
                errorBound = ks.errorBound;
                const [m, n] = [ks.n1, ks.n2].sort((a, b) => b - a);
                pValue = (0,distributions/* kstwoSf */.CN)(Math.round((m * n) / (m + n)), statistic);
                break;
            }
            case 'wasserstein': {
                const w = wassersteinApprox(ref.quantiles, cur.quantiles);
                const s = ref.moments.std();
                statistic = s > 0 && Number.isFinite(s) ? w.statistic / s : NaN;
                errorBound = s > 0 && Number.isFinite(s) ? w.errorBound / s : undefined;
                if (s === 0)
                    zeroSpread = { value: ref.moments.min, distance: w.statistic };
                break;
            }
            default: {
                const all = ref.quantiles.clone().merge(cur.quantiles);
                const n = Math.ceil(Math.log2(all.count) + 1);
                const fine = commonBins(ref.quantiles, cur.quantiles, { bins: n });
                ({ statistic, pValue } = categoricalStatistic(test, fine.countsA, fine.countsB, input.column));
            }
        }
    }
    return finish({ column: input.column, kind: input.kind, test, statistic, pValue, threshold, method: 'sketch', errorBound, referenceCount, currentCount, moved, newValues }, { zeroSpread });
}
/** Space-Saving's top values plus one "(other)" cell holding the rest. */
function withOther(col) {
    const m = new Map();
    let s = 0;
    for (const h of col.top.top()) {
        m.set(h.value, h.count);
        s += h.count;
    }
    if (col.count > s)
        m.set('(other)', col.count - s);
    return m;
}

// EXTERNAL MODULE: ./.build/js/src/data/profile.js + 4 modules
var profile = __webpack_require__(717);
// EXTERNAL MODULE: ./.build/js/src/data/time.js
var time = __webpack_require__(1477);
;// CONCATENATED MODULE: ./.build/js/src/data/drift-columns.js
/**
 * Drift of every column present on both sides: the loop validate-data runs against its reference
 * and monitor runs against a registered version's profile. Each column gets the test drift.ts
 * chooses (exact on values when both sides have them, else on the profiles' sketches); columns
 * that cannot be tested are listed with the reason. Pure: no I/O, no logging.
 */




/**
 * Tests each column of `current` that `reference` has. `exact` holds the values of both sides
 * (validate-data against a reference dataset); without it the tests run on the sketches.
 */
function columnsDrift(reference, current, settings, exact) {
    const drift = [];
    const driftSkipped = [];
    const coverage = [];
    const refNames = new Set(reference.columns.map((c) => c.name));
    const curNames = new Set(current.columns.map((c) => c.name));
    const schemaDrift = {
        newColumns: [...curNames].filter((c) => !refNames.has(c)),
        missingColumns: [...refNames].filter((c) => !curNames.has(c)),
        typeChanges: [],
    };
    for (const col of current.columns) {
        const ref = reference.byName.get(col.name);
        if (!ref)
            continue;
        const setting = (0,objects/* own */.Z)(settings.columns, col.name) ?? {};
        if (settings.ignore.includes(col.name) || setting.test === 'none') {
            driftSkipped.push({ column: col.name, reason: 'ignored by the drift settings' });
            continue;
        }
        if (ref.isTime && col.isTime)
            coverage.push(timeCoverage(col.name, ref, col));
        if ((ref.isTime || col.isTime) && !(setting.test && exact && ref.isTime && col.isTime && (setting.test === 'ks' || setting.test === 'wasserstein'))) {
            driftSkipped.push({
                column: col.name,
                reason: `a ${col.isTime ? col.type : ref.type} column: time moves on, so its distribution is not tested for drift; its coverage is compared instead (see timeCoverage)${ref.isTime && col.isTime ? '' : `; its type changed (${ref.type} -> ${col.type})`}. Set test ks or wasserstein in the drift settings to test its values against a reference dataset`,
            });
            if (ref.isTime !== col.isTime && ref.type !== 'empty' && col.type !== 'empty')
                schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
            continue;
        }
        const refNumeric = ref.isNumeric || ref.isTime;
        if (refNumeric !== (col.isNumeric || col.isTime) && ref.type !== 'empty' && col.type !== 'empty') {
            schemaDrift.typeChanges.push({ column: col.name, reference: ref.type, current: col.type });
        }
        const kind = refNumeric && (col.isNumeric || col.isTime) ? 'numeric' : 'categorical';
        if (kind === 'categorical' && !setting.test && (0,profile/* identifierLike */.$F)(ref.count, ref.distinctCount.value)) {
            driftSkipped.push({ column: col.name, reason: `looks like an identifier (${ref.distinctCount.value} distinct in ${ref.count} values); set a test in the drift settings to test it` });
            continue;
        }
        if (!exact && kind === 'categorical' && (!ref.topTracked || !col.topTracked)) {
            driftSkipped.push({ column: col.name, reason: 'its category counts are not in the profile (a numeric column with over 256 distinct values on one side); test it against a dataset' });
            continue;
        }
        const input = { column: col.name, kind, setting, referenceRows: reference.rows };
        const result = exact ? exactDrift(input, exact.reference.get(col.name), exact.current.get(col.name), settings.smallSample) : sketchDrift(input, ref, col, settings.smallSample);
        if (result && kind === 'numeric')
            result.histogram = (0,profile/* jointHistogram */.Pw)(ref, col) ?? undefined;
        if (result)
            drift.push(result);
        else
            driftSkipped.push({ column: col.name, reason: 'no values on one side' });
    }
    const drifted = drift.filter((d) => d.drifted).length;
    const share = drift.length ? drifted / drift.length : 0;
    const datasetDrift = { share, threshold: settings.datasetDriftShare, drifted: drift.length > 0 && share >= settings.datasetDriftShare, driftedColumns: drifted, testedColumns: drift.length };
    return { drift, driftSkipped, timeCoverage: coverage, schemaDrift, datasetDrift };
}
/** The periods a time column spans on both sides, and how much of the current data falls in the reference's. */
function timeCoverage(column, ref, cur) {
    const r = ref.time;
    const c = cur.time;
    const dateOnly = ref.type === 'date' && cur.type === 'date';
    const naive = r.naive > 0 || c.naive > 0;
    const show = (ms) => (0,time/* formatTime */.fU)(ms, dateOnly, naive);
    const lo = Math.max(r.min, c.min);
    const hi = Math.min(r.max, c.max);
    // By day (the finest the profile keeps while under 20000 days; else the months or years it keeps).
    let inside = 0;
    const curJson = c.toJSON();
    const toDay = (k) => (curJson.unit === 'day' ? k : curJson.unit === 'month' ? (0,time/* daysFromCivil */.Hd)(Math.floor(k / 12), (k % 12) + 1, 1) : (0,time/* daysFromCivil */.Hd)(k, 1, 1));
    const firstDay = Math.floor(r.min / time/* MS_PER_DAY */.ec);
    const lastDay = Math.floor(r.max / time/* MS_PER_DAY */.ec);
    for (const [k, n] of curJson.counts) {
        const d = toDay(k);
        if (d >= firstDay && d <= lastDay)
            inside += n;
    }
    return {
        column,
        reference: { min: show(r.min), max: show(r.max) },
        current: { min: show(c.min), max: show(c.max) },
        overlap: lo <= hi ? { min: show(lo), max: show(hi) } : null,
        currentShare: c.count ? inside / c.count : 0,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./.build/js/src/data/infer.js
/**
 * Schema inference from a profile, written for a person to read and edit. It infers what TFDV does
 * (types, nullability, small category sets) and numeric ranges, which TFDV does not, with a margin:
 * held-out rows fall a little outside the observed extremes all the time, and a schema that cries
 * wolf gets switched off. The rules, each stated in the schema's descriptions:
 *
 * - type: integer / number / boolean / string from the values seen; `null` added (nullable) unless
 *   the data is large (NON_NULL_MIN_ROWS, 1000 rows) and the column was never null: a sample without
 *   nulls says little about the next file, while 1000 rows without one bound the null rate below
 *   0.3% (the rule of three at 95%). Remove "null" from a type to require a value.
 * - text in a numeric column (at most 10% of values, see ColumnProfile.textInNumeric): numeric.
 * - range (x-dataset): the observed [min, max] widened by 10% of its span on each side; a column
 *   that never went below 0 keeps 0 as its floor (counts, amounts, durations).
 * - max-null-fraction (x-dataset), for nullable columns: the observed fraction plus three binomial
 *   standard errors plus 0.5 points, so the same source rarely trips it.
 * - enum: for text columns with at most 20 distinct values, each seen at least twice.
 * - format: `date` for dates, `date-time` for timestamps with a zone, `iso-date-time` when some had
 *   none. No time rule is inferred: freshness and gaps are a property of the feed, for a person to set.
 */


const MAX_ENUM = 20;
const RANGE_MARGIN = 0.1;
function nice(x, dir) {
    if (x === 0 || !Number.isFinite(x))
        return x;
    const mag = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
    return (dir === 'down' ? Math.floor(x / mag) : Math.ceil(x / mag)) * mag;
}
function round(x) {
    return Number(x.toPrecision(6));
}
/** Rows from which a column never null is inferred as required to have a value (non-nullable). */
const NON_NULL_MIN_ROWS = 1000;
function inferColumn(col, rows) {
    const nullable = col.nulls > 0 || rows < NON_NULL_MIN_ROWS;
    const withNull = (t) => (nullable ? [t, 'null'] : t);
    const total = col.count + col.nulls;
    const observed = [`${col.count} values`, `${col.nulls} null`];
    const rules = {};
    const property = {};
    switch (col.type) {
        case 'integer':
        case 'number': {
            const { min, max } = col.moments;
            observed.push(`min ${round(min)}`, `max ${round(max)}`);
            property.type = withNull(col.type);
            const margin = (max - min) * RANGE_MARGIN;
            let lo = nice(min - margin, 'down');
            const hi = nice(max + margin, 'up');
            if (min >= 0 && lo < 0)
                lo = 0;
            rules.range = { min: col.type === 'integer' ? Math.floor(lo) : round(lo), max: col.type === 'integer' ? Math.ceil(hi) : round(hi) };
            break;
        }
        case 'boolean':
            property.type = withNull('boolean');
            break;
        case 'date':
        case 'date-time': {
            // Checked by ajv-formats: `date` (RFC 3339 full-date, leap years included), `date-time` (needs a
            // zone), or `iso-date-time` when some timestamps had none (wall-clock time).
            property.type = withNull('string');
            property.format = col.type === 'date' ? 'date' : col.time.naive > 0 ? 'iso-date-time' : 'date-time';
            const t = col.summary().time;
            observed.push(`from ${t.min}`, `to ${t.max}`);
            break;
        }
        case 'string': {
            property.type = withNull('string');
            const counts = col.top.exactCounts();
            if (counts && counts.size <= MAX_ENUM && [...counts.values()].every((c) => c >= 2) && col.strings === col.count) {
                const values = [...counts.keys()].map(String).sort();
                property.enum = nullable ? [...values, null] : values;
                observed.push(`${values.length} categories`);
            }
            else {
                observed.push(`~${col.distinctCount.value} distinct`);
            }
            break;
        }
        case 'empty':
            observed.push('always empty');
            break;
    }
    if (col.nulls > 0 && total > 0) {
        const p = col.nulls / total;
        const bound = Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / total) + 0.005);
        rules['max-null-fraction'] = Math.ceil(bound * 1000) / 1000;
    }
    const why = col.nulls > 0 ? '' : nullable ? `; nullable: no null seen, but under ${NON_NULL_MIN_ROWS} rows` : `; not nullable: no null in ${rows} rows`;
    property.description = `inferred from ${rows} rows: ${observed.join(', ')}${why}`;
    return { property, rules: Object.keys(rules).length ? rules : undefined };
}
function inferSchema(profile, source) {
    const properties = (0,objects/* dict */.j)();
    const columns = (0,objects/* dict */.j)();
    for (const col of profile.columns) {
        const { property, rules } = inferColumn(col, profile.rows);
        properties[col.name] = property;
        if (rules)
            columns[col.name] = rules;
    }
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: `rows of ${source}`,
        description: `Inferred by modelgate validate-data --infer-schema from ${profile.rows} rows. Columns are nullable (type [..., "null"]) unless ` +
            `the data had at least ${NON_NULL_MIN_ROWS} rows and the column no null; remove "null" from a type to require a value, add it to allow none.`,
        type: 'object',
        properties,
        required: profile.columns.map((c) => c.name),
        'x-dataset': { columns },
    };
}
/** YAML for .yml/.yaml paths (with a header comment), JSON otherwise. */
function renderSchema(schema, path) {
    if (/\.ya?ml$/i.test(path)) {
        return ('# Inferred by `modelgate validate-data --infer-schema`. Review and edit it: ranges carry a 10% margin,\n' +
            '# categories list what was seen. JSON Schema draft 2020-12 for one row, plus dataset rules in x-dataset.\n' +
            `# Nullability: a column is nullable (type [..., "null"]) unless the data had at least ${NON_NULL_MIN_ROWS} rows and the\n` +
            '# column never was null. To require a value, remove "null" from its type (and from its enum); to allow none, add it.\n' +
            (0,dist/* stringify */.As)(schema, { lineWidth: 0 }));
    }
    return JSON.stringify(schema, null, 2) + '\n';
}

// EXTERNAL MODULE: ./.build/js/src/data/readers.js + 41 modules
var readers = __webpack_require__(9755);
// EXTERNAL MODULE: ./.build/js/src/data/scan.js + 2 modules
var scan = __webpack_require__(4291);
// EXTERNAL MODULE: ./.build/js/src/lib/ordered-pool.js
var ordered_pool = __webpack_require__(7355);
// EXTERNAL MODULE: ./.build/js/src/lib/young-generation.js + 2 modules
var young_generation = __webpack_require__(5452);
// EXTERNAL MODULE: ./.build/js/src/data/violations.js
var violations = __webpack_require__(5648);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/chunks.js
var parallel_chunks = __webpack_require__(2548);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/parquet-chunks.js
var parquet_chunks = __webpack_require__(5679);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./.build/js/src/lib/self-worker.js
var self_worker = __webpack_require__(8470);
// EXTERNAL MODULE: ./.build/js/src/data/parallel/worker.js
var worker = __webpack_require__(8064);
;// CONCATENATED MODULE: ./.build/js/src/data/parallel/early.js
/**
 * The parallel pass's worker threads, and starting them early. validate-data starts them as soon as
 * it knows the pass will most likely be split (one CSV/TSV or Parquet file larger than a chunk,
 * more than one worker), before it loads the schema, reads the header and plans the cuts: a
 * thread's start-up (loading the program again, ~100-150 ms of one core) then overlaps the main
 * thread's own instead of following it, and the thread takes its first chunk sooner. The pass takes
 * them in place of new ones; whoever started them stops the ones left, on every path.
 */






const defaultWorkers = () => (0,external_node_os_.availableParallelism)();
const WORKER_OLD_GENERATION_MB = 96;
/**
 * V8's young generation per worker, in MB (its default on this machine's memory is 48): the pass
 * allocates a little per row and keeps little, so a small nursery is collected often and cheaply;
 * with 8, two workers' peak RSS on the bench's 1M-row CSV went from 235-251 MB to 202-216 MB, at
 * the same wall time within the noise (bench/RESULTS.md).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/**
 * The worker thread: the running bundle started again (its entry serves chunks when it sees the
 * worker flag), or, from the TypeScript sources (tests), worker-entry.ts under tsx's loader.
 */
function startWorker() {
    // A worker's live data is one chunk's text and its sketches; a capped old generation makes V8
    // collect instead of growing the heap over a long file, and a small young generation keeps each
    // worker's nursery from adding tens of MB to the peak (a worker that runs out falls back to
    // one pass, see runWorkers).
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    // From the sources, import.meta.url ends in .ts and the worker runs worker-entry.ts under tsx.
    const entry = new URL(import.meta.url.endsWith('.ts') ? './worker-entry.ts' : './worker-entry.js', import.meta.url);
    return (0,self_worker/* startSelfWorker */.Zn)(worker/* WORKER_FLAG */.oy, entry, { resourceLimits });
}
/**
 * Starts the worker threads a pass over `files` will most likely use: for one CSV/TSV file (not
 * gzip) or one Parquet file larger than a chunk, one fewer than the chunks or workers (the main
 * thread is one of them). Undefined when none: one worker, several
 * files, a shard, a file that is missing or small. A guess, never a decision: the pass decides as
 * before and starts or leaves unused what it needs; nothing depends on which thread runs a chunk.
 */
function startEarly(input) {
    const workers = Math.max(1, Math.floor(input.workers ?? defaultWorkers()));
    if (workers < 2 || input.files.length !== 1 || input.shard || input.keepValues)
        return undefined;
    const file = input.files[0];
    let format;
    let size;
    try {
        format = (0,readers/* detectFormat */.Tz)(file, input.format);
        const st = (0,external_node_fs_.statSync)(file);
        if (!st.isFile())
            return undefined;
        size = st.size;
    }
    catch {
        return undefined; // the pass reports it
    }
    const chunkBytes = input.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC;
    if (size <= chunkBytes)
        return undefined;
    const chunks = Math.ceil(size / chunkBytes);
    const text = (format === 'csv' || format === 'tsv') && !file.toLowerCase().endsWith('.gz');
    if (format !== 'parquet' && !text)
        return undefined;
    // The main thread is one of the threads.
    const n = Math.min(workers, chunks) - 1;
    const idle = [];
    for (let i = 0; i < n; i++) {
        const w = (input.start ?? startWorker)();
        idle.push(w);
        // A worker that fails before it is taken is not used: the pass starts another in its place,
        // whose failure, if it fails the same way, the pass reports (its listeners come when it is taken).
        const drop = () => {
            const k = idle.indexOf(w);
            if (k >= 0)
                idle.splice(k, 1);
        };
        w.on('error', drop);
        w.on('exit', drop);
    }
    return {
        take: () => idle.shift(),
        stop: async () => {
            await Promise.all(idle.splice(0).map((w) => w.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/data/parallel/pass.js
/**
 * validate-data's pass over one dataset on several cores: the file is cut into chunks at record
 * boundaries (chunks.ts) or of row groups (parquet-chunks.ts), the main thread and worker threads
 * profile and validate chunks (see runWorkers), and the main thread merges their states in chunk order (profiles, violations, range and category rule states), then judges
 * the dataset rules once. The result is the same, byte for byte, for any number of workers: one
 * worker runs the same chunks in the main thread.
 *
 * Only a single uncompressed CSV/TSV file larger than one chunk, or a single Parquet file of more
 * than one chunk of row groups (parquet-chunks.ts), is split. Everything else reads in one
 * sequential pass (scan), as do inputs the split can not serve exactly: exact drift tests
 * (they keep every value), `unique` rules (a repeat's message names the row of the first
 * occurrence anywhere in the file), a cut that falls inside a quoted field, bytes that are not
 * UTF-8, or any error in a chunk (the sequential pass then reports it with its true line).
 */












/** True for inputs that are never split: several files, a shard, gzip, JSON Lines, Parquet. */
function oneFileOfText(opts) {
    if (opts.files.length !== 1 || opts.shard)
        return false;
    const format = (0,readers/* detectFormat */.Tz)(opts.files[0], opts.format);
    return (format === 'csv' || format === 'tsv') && !opts.files[0].toLowerCase().endsWith('.gz');
}
/** Why a large CSV/TSV file can not be split exactly, or null when it can. */
function notSplittable(opts) {
    if (opts.keepValues)
        return 'exact drift tests keep every value (one pass)';
    if (Object.values(opts.schema?.rules.columns ?? {}).some((r) => r.unique))
        return 'a unique rule needs one pass';
    return null;
}
/**
 * This thread's young generation during the pass, in MB: twice a worker's (it merges their
 * results too). Unbounded, Node 24's grew to 128 MB on the bench's 10M-row files (see
 * young-generation.ts and bench/RESULTS.md); scan() and the Parquet reader tick it.
 */
const MAIN_YOUNG_GENERATION_MB = 16;
/** This thread's garbage budget during the pass, in MB (see young-generation.ts). */
const MAIN_GARBAGE_MB = 16;
/** Like scan(), on `workers` threads when the input can be split (same result either way). */
async function scanParallel(opts, par = {}) {
    (0,young_generation/* armYoungGeneration */.vn)(MAIN_YOUNG_GENERATION_MB, MAIN_GARBAGE_MB);
    try {
        return await scanSplit(opts, par);
    }
    finally {
        (0,young_generation/* releaseYoungGeneration */.Q5)();
    }
}
async function scanSplit(opts, par) {
    // One time for every chunk's freshness and not-future rules.
    opts = { ...opts, asOf: opts.asOf ?? Date.now() };
    const workers = Math.max(1, Math.floor(par.workers ?? defaultWorkers()));
    // One sequential pass, with the same progress line; early workers are not needed.
    const sequential = async () => {
        await par.early?.stop();
        return (0,scan/* scan */.SQ)(par.onProgress ? { ...opts, onProgress: par.onProgress } : opts);
    };
    const fallback = (reason) => {
        if (workers > 1)
            par.onFallback?.(reason);
        return sequential();
    };
    // Inputs that are never split, and files of one chunk, are read as always, without a word.
    if (oneParquetFile(opts))
        return scanParquetParallel(opts, par, workers, fallback);
    if (!oneFileOfText(opts))
        return sequential();
    const file = opts.files[0];
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return sequential(); // scan reports the missing file
    }
    const chunkBytes = par.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC;
    if (size <= chunkBytes)
        return sequential();
    const why = notSplittable(opts);
    if (why)
        return fallback(why);
    const format = (0,readers/* detectFormat */.Tz)(file, opts.format);
    const delimiter = format === 'tsv' ? '\t' : ',';
    const head = (0,parallel_chunks/* readHeader */.ay)(file, size, delimiter);
    if (!head || head.some((n) => n.trim() === '') || new Set(head).size !== head.length || head.some((n) => n.includes('\0')))
        return fallback('the header needs the sequential reader');
    if (readFirstBytes(file).includes(0))
        return fallback('the file does not look like text');
    const cuts = (0,parallel_chunks/* planCuts */.b8)(file, size, chunkBytes);
    if (cuts.length < 2)
        return sequential();
    const tasks = cuts.map((start, index) => ({
        index,
        file,
        start,
        end: cuts[index + 1] ?? size,
        last: index === cuts.length - 1,
        delimiter,
        format,
        header: head,
        schemaPath: par.schemaPath,
        maxSamples: opts.maxSamples,
        naValues: opts.naValues,
        asOf: opts.asOf,
    }));
    return runTasks(tasks, opts, par, workers, size, fallback);
}
/** The chunks on `workers` threads (1: in this thread), merged in order; the fallback's result if any chunk fails. */
async function runTasks(tasks, opts, par, workers, size, fallback) {
    const merger = new Merger(opts, tasks[0].file, size, par.onProgress);
    const n = Math.min(workers, tasks.length);
    // This thread runs chunks next to n - 1 worker threads, Parquet's too: on the bench's 1M-row
    // Parquet file at 2 workers, 1.54-1.70 s and 2.6-2.9 s of CPU against 1.75-1.99 s and 3.0-3.4 s
    // on two worker threads (one isolate fewer to start and warm up), for 210-241 MB of peak RSS
    // against 200-223 MB (this thread's young generation is not capped like a worker's).
    par.onSplit?.(tasks.length, n);
    let failed;
    if (n === 1) {
        await par.early?.stop();
        failed = await runHere(tasks, opts, merger);
    }
    else {
        const running = runWorkers(tasks, n, opts, merger, () => par.early?.take() ?? startWorker(), par.idle);
        // The pool has started (taken) all its workers before its first await: early ones left over are not needed.
        const stopped = par.early?.stop();
        try {
            failed = await running;
        }
        finally {
            await stopped;
        }
    }
    if (failed)
        return fallback(failed);
    return merger.finish();
}
/** True for one Parquet file without a shard (split by row groups). */
function oneParquetFile(opts) {
    return opts.files.length === 1 && !opts.shard && (0,readers/* detectFormat */.Tz)(opts.files[0], opts.format) === 'parquet';
}
/** scanParallel for one Parquet file: chunks of whole row groups. */
async function scanParquetParallel(opts, par, workers, fallback) {
    const file = opts.files[0];
    const alone = async () => {
        await par.early?.stop();
        return (0,scan/* scan */.SQ)(opts);
    };
    let size;
    try {
        size = (0,external_node_fs_.statSync)(file).size;
    }
    catch {
        return alone(); // scan reports the missing file
    }
    const plan = await (0,parquet_chunks/* planParquet */.Y)(file, par.chunkBytes ?? parallel_chunks/* CHUNK_BYTES */.EC);
    if (!plan || plan.chunks.length < 2)
        return alone();
    const why = notSplittable(opts);
    if (why)
        return fallback(why);
    // The footer and page headers count as the last chunk's bytes, so that progress ends at 100%.
    plan.chunks[plan.chunks.length - 1].end = size;
    const tasks = plan.chunks.map((c, index) => ({
        index,
        file,
        format: 'parquet',
        ...c,
        header: plan.header,
        schemaPath: par.schemaPath,
        maxSamples: opts.maxSamples,
        asOf: opts.asOf,
    }));
    return runTasks(tasks, opts, par, workers, size, fallback);
}
function readFirstBytes(file) {
    const buf = Buffer.alloc(Math.min((0,external_node_fs_.statSync)(file).size, 64 * 1024));
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return buf;
}
/** One chunk in this thread; an exception is a failed result (its first line the reason). */
async function runHereOne(t, schema) {
    try {
        return await (0,worker/* runTask */.ZZ)(t, schema);
    }
    catch (e) {
        return { index: t.index, ok: false, reason: e.message.split('\n')[0] };
    }
}
/** The chunks one after another in this thread. Returns why the split failed, or null. */
async function runHere(tasks, opts, merger) {
    for (const t of tasks) {
        const r = await runHereOne(t, opts.schema);
        if (!r.ok)
            return r.reason;
        merger.add(r, t);
    }
    return null;
}
/**
 * The chunks on `n` threads, each given its next chunk when it returns one, results merged in
 * chunk order (ordered-pool.ts): this thread (warm, its schema compiled, it starts at once while
 * a worker thread first loads the program) and `n` - 1 worker threads. Returns why the split
 * failed, or null.
 */
async function runWorkers(tasks, n, opts, merger, start, idle) {
    const take = (r, i) => {
        if (!r.ok)
            return r.reason;
        try {
            merger.add(r, tasks[i]);
        }
        catch (e) {
            return e.message.split('\n')[0];
        }
        return null;
    };
    return (0,ordered_pool/* runOrdered */.dX)(tasks, n - 1, start, take, { here: (t) => runHereOne(t, opts.schema), idle, steal: true });
}
/** Merges chunk results in order into the result of one pass. */
class Merger {
    opts;
    file;
    size;
    onProgress;
    profile = null;
    violations;
    rules;
    text = [];
    rows = 0;
    lines = 0;
    bytesDone = 0;
    constructor(opts, file, size, onProgress) {
        this.opts = opts;
        this.file = file;
        this.size = size;
        this.onProgress = onProgress;
        this.violations = new violations/* Violations */.n(opts.maxSamples);
        this.rules = [];
    }
    add(r, task) {
        const rowOff = this.rows;
        const lineOff = this.lines;
        const shift = (s) => ({ ...s, row: s.row === null ? null : s.row + rowOff, line: s.line === null ? null : s.line + lineOff });
        const p = profile/* Profile */.WV.fromWire(r.profile);
        if (this.profile === null) {
            this.profile = p;
            this.rules = task.header.map((name) => {
                const rules = this.opts.schema?.rules.columns?.[name];
                return rules ? new scan/* RuleState */._S(name, rules, this.opts.asOf, this.opts.maxSamples) : undefined;
            });
        }
        else {
            p.sources.length = 0;
            this.profile.merge(p, this.file);
            profile/* Profile */.WV.recycleWire(r.profile); // merged: p is done with
        }
        const v = this.violations;
        v.count += r.violations.count;
        for (const [rule, k] of Object.entries(r.violations.byRule))
            v.byRule[rule] = (v.byRule[rule] ?? 0) + k;
        for (const s of r.violations.samples)
            if (v.samples.length < v.maxSamples)
                v.samples.push(shift(s));
        r.rules.forEach((c, i) => {
            const mine = this.rules[i];
            if (!c || !mine)
                return;
            mine.outside += c.outside;
            mine.unexpected += c.unexpected;
            for (const s of c.outsideSamples)
                if (mine.outsideSamples.length < this.opts.maxSamples)
                    mine.outsideSamples.push(shift(s));
            for (const s of c.unexpectedSamples)
                if (mine.unexpectedSamples.length < this.opts.maxSamples)
                    mine.unexpectedSamples.push(shift(s));
            if (c.time && mine.time)
                mine.time.merge(c.time, shift, rowOff, lineOff);
        });
        r.text.forEach((t, i) => {
            if (!t)
                return;
            const mine = (this.text[i] ??= []);
            for (const s of t)
                if (mine.length < this.opts.maxSamples)
                    mine.push(shift(s));
        });
        this.rows += r.rows;
        this.lines += r.lines;
        this.bytesDone += task.end - task.start;
        this.onProgress?.(this.bytesDone, this.size, this.rows);
    }
    finish() {
        const profile = this.profile;
        (0,scan/* textViolations */.qP)(profile, this.text, this.violations);
        if (this.opts.schema)
            (0,scan/* datasetRules */.Gv)(this.opts.schema, profile, this.rules, this.violations);
        return { profile, violations: this.violations, rowsRead: this.rows, format: (0,readers/* detectFormat */.Tz)(this.file, this.opts.format), bytes: this.size };
    }
}

// EXTERNAL MODULE: ./.build/js/src/data/schema.js + 1 modules
var data_schema = __webpack_require__(5547);
// EXTERNAL MODULE: ./.build/js/src/stats/rng.js
var rng = __webpack_require__(1472);
;// CONCATENATED MODULE: ./.build/js/src/fairness/measures.js
/**
 * Group fairness of a binary classifier, as fairlearn defines it, from per-group confusion cells.
 *
 * Each group's rows are summarised by the four cells [tn, fp, fn, tp] (label x prediction). From
 * them, per group: selection rate (share predicted positive), true positive rate (recall), false
 * positive rate, precision and accuracy. Across groups (fairlearn's `method="between_groups"`,
 * `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g SR_g - min_g SR_g; demographic_parity_ratio = min / max
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio)
 * - equal_opportunity_difference = TPR difference (fairlearn's, over the same groups)
 * - disparate_impact_ratio = min SR / max SR (the same number as demographic_parity_ratio, under the
 *   name of the four-fifths rule: a ratio under 0.8 is evidence of adverse impact)
 *
 * A rate undefined in a group (no positive labels for TPR, no negatives for FPR) leaves that group
 * out of the measures built on it. Intervals: a stratified percentile bootstrap that redraws each
 * group's cells from Multinomial(n_g, cells_g / n_g), which is the distribution of the cells of n_g
 * rows drawn with replacement from the group: the row bootstrap within groups, at O(groups) per
 * resample. Group sizes stay fixed, as they are in the data.
 */

const measures_MEASURES = (/* unused pure expression or super */ null && ([
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
]));
/** +1: higher is fairer (ratios); -1: lower is fairer (differences). */
const MEASURE_DIRECTION = {
    demographic_parity_difference: -1,
    demographic_parity_ratio: 1,
    equalized_odds_difference: -1,
    equalized_odds_ratio: 1,
    equal_opportunity_difference: -1,
    disparate_impact_ratio: 1,
};
/** Cells of one group: index label * 2 + prediction, i.e. [tn, fp, fn, tp]. */
const TN = 0;
const FP = 1;
const FN = 2;
const TP = 3;
/** NaN where a rate is undefined (0/0). */
function measures_groupRates(c, at = 0) {
    const tn = c[at + TN];
    const fp = c[at + FP];
    const fn = c[at + FN];
    const tp = c[at + TP];
    const n = tn + fp + fn + tp;
    return {
        rows: n,
        selectionRate: (tp + fp) / n,
        truePositiveRate: tp / (tp + fn),
        falsePositiveRate: fp / (fp + tn),
        precision: tp / (tp + fp),
        accuracy: (tp + tn) / n,
    };
}
/** max - min and min / max over the groups where the rate is defined; NaN when fewer than two are. */
function spread(rates) {
    let lo = -1;
    let hi = -1;
    let defined = 0;
    for (let g = 0; g < rates.length; g++) {
        const r = rates[g];
        if (Number.isNaN(r))
            continue;
        defined++;
        if (lo < 0 || r < rates[lo])
            lo = g;
        if (hi < 0 || r > rates[hi])
            hi = g;
    }
    if (defined < 2)
        return { difference: NaN, ratio: NaN, min: lo, max: hi };
    const a = rates[lo];
    const b = rates[hi];
    return { difference: b - a, ratio: b === 0 ? (a === 0 ? 1 : NaN) : a / b, min: lo, max: hi };
}
/** Every measure from the cells of G groups (4·G numbers, group-major). */
function measures_measuresOf(cells, groups) {
    const sr = new Float64Array(groups);
    const tpr = new Float64Array(groups);
    const fpr = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
        const r = measures_groupRates(cells, 4 * g);
        sr[g] = r.selectionRate;
        tpr[g] = r.truePositiveRate;
        fpr[g] = r.falsePositiveRate;
    }
    const s = spread(sr);
    const t = spread(tpr);
    const f = spread(fpr);
    const pair = (x) => [x.min, x.max];
    // Worst case of the two rates; a tie goes to the true positive rate (fairlearn's max/min of the pair).
    const eodByFpr = f.difference > t.difference || (Number.isNaN(t.difference) && !Number.isNaN(f.difference));
    const eorByFpr = f.ratio < t.ratio || (Number.isNaN(t.ratio) && !Number.isNaN(f.ratio));
    return {
        demographic_parity_difference: { value: s.difference, groups: pair(s), rate: 'selection_rate' },
        demographic_parity_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
        equalized_odds_difference: eodByFpr ? { value: f.difference, groups: pair(f), rate: 'false_positive_rate' } : { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        equalized_odds_ratio: eorByFpr ? { value: f.ratio, groups: pair(f), rate: 'false_positive_rate' } : { value: t.ratio, groups: pair(t), rate: 'true_positive_rate' },
        equal_opportunity_difference: { value: t.difference, groups: pair(t), rate: 'true_positive_rate' },
        disparate_impact_ratio: { value: s.ratio, groups: pair(s), rate: 'selection_rate' },
    };
}
/** The measures' values only, in MEASURES order, written into `out`. */
function measureVector(cells, groups, out) {
    const m = measures_measuresOf(cells, groups);
    measures_MEASURES.forEach((k, i) => (out[i] = m[k].value));
}
/** One stratified redraw: each group's `width` cells from Multinomial(n_g, cells_g). */
function redrawGroups(cells, groups, width, rng, out) {
    for (let g = 0; g < groups; g++) {
        const own = cells.subarray(g * width, (g + 1) * width);
        let n = 0;
        for (let j = 0; j < width; j++)
            n += own[j];
        rng.multinomial(n, own, out.subarray(g * width, (g + 1) * width));
    }
}
/**
 * Percentile intervals of every measure by the stratified bootstrap (see the module comment).
 * Returns the intervals in MEASURES order (null when no replicate was defined).
 */
function measures_measureIntervals(cells, groups, rng, resamples, confidence) {
    const reps = measures_MEASURES.map(() => new Float64Array(resamples));
    const base = Float64Array.from(cells);
    const draw = new Float64Array(cells.length);
    const out = new Float64Array(measures_MEASURES.length);
    for (let b = 0; b < resamples; b++) {
        redrawGroups(base, groups, 4, rng, draw);
        measureVector(draw, groups, out);
        for (let i = 0; i < measures_MEASURES.length; i++)
            reps[i][b] = out[i];
    }
    // Every measure lies in [0, 1]: rates, their differences and their ratios.
    return reps.map((r) => percentileInterval(r, confidence, [0, 1]));
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/audit.js
/**
 * The fairness section of evaluate-model: per sensitive feature (a column, or the intersection of
 * two written `a*b`), the groups with their rates and intervals, and the measures across groups
 * with bootstrap intervals and the groups that set them. Pure: takes per-row labels, predictions
 * and group values, returns data for evaluation.json.
 */





/** The group that collects values with fewer than min-slice-rows rows (as slices do). */
const OTHER = '(other)';
/** Separator of the two values of an intersection group. */
const JOIN = ' & ';
/** The random stream of fairness intervals (metrics use 0 and 1; see metrics/intervals.ts). */
const STREAM_FAIRNESS = 7;
const METHODS = {
    groups: 'Wilson score interval per group rate',
    measures: "percentile bootstrap within groups (each group's confusion cells redrawn Multinomial(n_g, cells_g / n_g), group sizes fixed)",
};
/** A `sensitive` entry: `sex`, or `sex*race` for the intersection of two columns. */
function parseSensitive(entries) {
    return entries.map((name) => {
        const columns = name.split('*').map((c) => c.trim());
        if (columns.length > 2 || columns.some((c) => c === ''))
            throw new errors/* ConfigurationError */.j1(`input 'sensitive': '${name}' is not a column or the intersection of two columns written a*b`);
        return { name: columns.join('*'), columns };
    });
}
/** The columns `sensitive` reads, each once. */
function sensitiveColumns(entries) {
    return [...new Set(parseSensitive(entries).flatMap((e) => e.columns))];
}
/** A row's value of a feature: the column's value, or the two values joined. */
function featureValue(parts) {
    return parts.join(JOIN);
}
/**
 * Groups rows by value: values with fewer than `minRows` rows are pooled into "(other)"; "(other)"
 * itself is a group only when it reaches `minRows`. Groups are ordered by size, then by name.
 */
function groupRows(values, minRows) {
    const counts = new Map();
    for (const v of values)
        counts.set(v, (counts.get(v) ?? 0) + 1);
    const kept = [...counts].filter(([, n]) => n >= minRows);
    const pooled = [...counts].filter(([, n]) => n < minRows).map(([v]) => v).sort();
    const otherRows = pooled.reduce((a, v) => a + counts.get(v), 0);
    if (pooled.length && otherRows >= minRows)
        kept.push([OTHER, otherRows]);
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return audit_assign(values, kept.map(([v]) => v), pooled);
}
/** Group ids of rows against known groups and pooled values (the paired tests reuse an evaluation's groups). */
function audit_assign(values, names, pooled) {
    const index = new Map(names.map((v, i) => [v, i]));
    const other = index.get(OTHER);
    const inPool = new Set(pooled);
    const ids = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        const id = inPool.has(v) ? other : index.get(v);
        ids[i] = id ?? -1;
    }
    return { ids, names, pooled };
}
/** Confusion cells per group, group-major [tn, fp, fn, tp]: label y (0/1) against prediction. */
function groupCells(ids, groups, y, predicted) {
    const cells = new Float64Array(4 * groups);
    for (let i = 0; i < ids.length; i++) {
        const g = ids[i];
        if (g >= 0)
            cells[4 * g + 2 * y[i] + predicted(i)]++;
    }
    return cells;
}
const finite = (x) => (Number.isFinite(x) ? x : null);
function audit(input) {
    const z = criticalValue(input.confidence);
    const rng = createRng(input.seed, STREAM_FAIRNESS);
    const features = input.features.map((f) => {
        const grouping = groupRows(f.values, input.minGroupRows);
        const G = grouping.names.length;
        const cells = groupCells(grouping.ids, G, input.y, (i) => (input.score[i] >= input.threshold ? 1 : 0));
        const notes = [];
        if (grouping.pooled.length) {
            const shown = grouping.pooled.slice(0, 10).join(', ') + (grouping.pooled.length > 10 ? `, and ${grouping.pooled.length - 10} more` : '');
            notes.push(grouping.names.includes(OTHER) ? `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) pooled into ${OTHER}: ${shown}` : `${grouping.pooled.length} value(s) under min-slice-rows (${input.minGroupRows}) left out (pooled they still number fewer): ${shown}`);
        }
        const groups = grouping.names.map((value, g) => {
            const r = groupRates(cells, 4 * g);
            const c = cells.subarray(4 * g, 4 * g + 4);
            const [tn, fp, fn, tp] = [c[0], c[1], c[2], c[3]];
            const rate = (x, k, n) => ({ value: finite(x), ci: n > 0 ? wilsonInterval(k, n, z) : null });
            return {
                value,
                rows: r.rows,
                positives: fn + tp,
                selectionRate: rate(r.selectionRate, tp + fp, r.rows),
                truePositiveRate: rate(r.truePositiveRate, tp, tp + fn),
                falsePositiveRate: rate(r.falsePositiveRate, fp, fp + tn),
                precision: rate(r.precision, tp, tp + fp),
                accuracy: rate(r.accuracy, tp + tn, r.rows),
            };
        });
        for (const g of groups) {
            if (g.truePositiveRate.value === null)
                notes.push(`group ${g.value} has no positive labels: its true positive rate is undefined and it is left out of the measures built on it`);
            if (g.falsePositiveRate.value === null)
                notes.push(`group ${g.value} has no negative labels: its false positive rate is undefined and it is left out of the measures built on it`);
        }
        const point = measuresOf(cells, G);
        const cis = G >= 2 ? measureIntervals(cells, G, rng, input.resamples, input.confidence) : MEASURES.map(() => null);
        if (G < 2)
            notes.push(`${G} group(s) with at least min-slice-rows (${input.minGroupRows}) rows: the measures across groups need two`);
        const measures = Object.fromEntries(MEASURES.map((m, i) => {
            const p = point[m];
            const value = finite(p.value);
            return [m, { value, ci: value === null ? null : cis[i], groups: value === null ? null : [grouping.names[p.groups[0]], grouping.names[p.groups[1]]], rate: p.rate }];
        }));
        const di = measures.disparate_impact_ratio.value;
        return { name: f.name, columns: f.columns, groups, pooled: grouping.pooled, measures, fourFifths: di === null ? null : di >= 0.8, notes };
    });
    return { confidence: input.confidence, resamples: input.resamples, seed: input.seed, minGroupRows: input.minGroupRows, methods: METHODS, features };
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/pretraining.js
/**
 * SageMaker Clarify's pre-training bias measures on the labels, before any model: for each value d
 * of a sensitive column (the facet d) against all other rows (the facet a):
 *
 * - class imbalance CI = (n_a - n_d) / (n_a + n_d), in [-1, 1]; near 1: group d is rare in the data.
 *   Its interval is the Wilson interval of the share p_d = n_d / n carried through CI = 1 - 2·p_d.
 * - difference in positive proportions DPL = q_a - q_d, where q is the share of positive labels;
 *   positive: group d gets the positive label less often. Newcombe's hybrid score interval for a
 *   difference of two independent proportions (statsmodels' confint_proportions_2indep(method =
 *   "newcomb")), from the two Wilson intervals.
 */


/** Newcombe's interval (method 10) of p1 - p2 for x1 of n1 and x2 of n2. */
function newcombeInterval(x1, n1, x2, n2, z) {
    const a = (0,intervals/* wilsonInterval */.YV)(x1, n1, z);
    const b = (0,intervals/* wilsonInterval */.YV)(x2, n2, z);
    if (!a || !b)
        return null;
    const p1 = x1 / n1;
    const p2 = x2 / n2;
    const d = p1 - p2;
    return [d - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2), d + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2)];
}
/** Per value: rows and positive labels; the measures of each value against the rest. */
function pretrainingMeasures(counts, confidence) {
    const z = (0,distributions/* criticalValue */.z7)(confidence);
    let n = 0;
    let pos = 0;
    for (const c of counts.values()) {
        n += c.rows;
        pos += c.positives;
    }
    return [...counts]
        .sort((x, y) => y[1].rows - x[1].rows || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .map(([value, c]) => {
        const na = n - c.rows;
        const share = (0,intervals/* wilsonInterval */.YV)(c.rows, n, z);
        return {
            value,
            rows: c.rows,
            positives: c.positives,
            classImbalance: { value: (na - c.rows) / n, ci: share ? [1 - 2 * share[1], 1 - 2 * share[0]] : null },
            positiveProportionDifference: na > 0 && c.rows > 0 ? { value: (pos - c.positives) / na - c.positives / c.rows, ci: newcombeInterval(pos - c.positives, na, c.positives, c.rows, z) } : { value: null, ci: null },
        };
    });
}

;// CONCATENATED MODULE: ./.build/js/src/fairness/labels.js
/**
 * validate-data's `sensitive`: one pass over the data that counts, per sensitive feature value, the
 * rows and the rows with the positive label, then Clarify's pre-training measures
 * (fairness/pretraining.ts). Only the label and the sensitive columns are read.
 */






const LABEL_BIAS_METHOD = "per value d against the other rows a: class imbalance (n_a - n_d) / n with the Wilson interval of n_d / n; difference in positive proportions q_a - q_d with Newcombe's hybrid score interval (SageMaker Clarify's CI and DPL)";
async function labelBias(config) {
    const features = parseSensitive(config.sensitive);
    // Per feature: value -> label key -> rows.
    const counts = features.map(() => new Map());
    let at = [];
    let labelAt = -1;
    let file = config.files[0];
    let unlabeled = 0;
    const na = new Set(config.naValues ?? []);
    await (0,readers/* readRows */.aK)(config.files, {
        beginFile(path) {
            file = path;
        },
        header(columns) {
            labelAt = columns.indexOf(config.label);
            if (labelAt < 0)
                throw new errors/* ConfigurationError */.j1(`input 'label': no column '${config.label}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
            at = features.map((f) => f.columns.map((c) => {
                const i = columns.indexOf(c);
                if (i < 0)
                    throw new errors/* ConfigurationError */.j1(`input 'sensitive': no column '${c}' in ${file} (columns: ${(0,files/* showColumns */.pP)(columns)})`);
                return i;
            }));
        },
        row(cells) {
            const raw = cells[labelAt] ?? null;
            const key = typeof raw === 'string' && na.has(raw) ? null : (0,data_schema/* labelKey */.kJ)(raw);
            if (key === null) {
                unlabeled++;
                return;
            }
            features.forEach((_, k) => {
                const value = featureValue(at[k].map((i) => (cells[i] === null || cells[i] === undefined || (typeof cells[i] === 'string' && na.has(cells[i])) ? '(missing)' : String(cells[i]))));
                let byLabel = counts[k].get(value);
                if (!byLabel)
                    counts[k].set(value, (byLabel = new Map()));
                byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
            });
        },
        bad(line, message) {
            throw new errors/* DataError */.fL(`${file}:${line}: ${message}`, file, line);
        },
    }, { format: config.format, shard: config.shard });
    const labels = new Set();
    for (const m of counts[0]?.values() ?? [])
        for (const l of m.keys())
            labels.add(l);
    const positive = positiveOf(labels, config);
    return {
        label: config.label,
        positiveLabel: positive,
        confidence: config.confidence,
        unlabeled,
        method: LABEL_BIAS_METHOD,
        features: features.map((f, k) => {
            const byValue = new Map([...counts[k]].map(([v, m]) => [v, { rows: [...m.values()].reduce((a, b) => a + b, 0), positives: m.get(positive) ?? 0 }]));
            return { name: f.name, columns: f.columns, groups: pretrainingMeasures(byValue, config.confidence) };
        }),
    };
}
/** The positive label: `positive-label`, else 1 for 0/1 labels, else the larger of two in sorted order (scikit-learn's classes_[1]). */
function positiveOf(labels, config) {
    if (config.positiveLabel !== undefined) {
        const key = (0,data_schema/* labelKey */.kJ)(config.positiveLabel);
        if (!labels.has(key))
            throw new errors/* ConfigurationError */.j1(`input 'positive-label': '${config.positiveLabel}' is not a label of column '${config.label}' (labels: ${[...labels].slice(0, 10).join(', ')})`);
        return key;
    }
    const sorted = [...labels].every((x) => Number.isFinite(Number(x))) ? [...labels].sort((a, b) => Number(a) - Number(b)) : [...labels].sort();
    if (sorted.length !== 2)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive': the pre-training measures need a yes/no label; column '${config.label}' has ${sorted.length} labels (${sorted.slice(0, 10).join(', ')}); set 'positive-label' to count one of them as the positive outcome`);
    return sorted[1];
}

;// CONCATENATED MODULE: ./.build/js/src/data/validate.js
/**
 * validate-data: schema, profile and drift in one streaming pass over the data (plus one over a
 * reference dataset when drift is tested exactly). Outputs are written only after everything was
 * computed, each to a temp name renamed into place, so an unreadable input leaves nothing behind.
 */














/** Confidence of the pre-training bias intervals. */
const BIAS_CONFIDENCE = 0.95;
async function expandAll(patterns) {
    const files = [];
    for (const p of patterns)
        files.push(...(await (0,readers/* expandDataGlob */.hL)(p)));
    return [...new Set(files)];
}
/** The JSON of a profile file; a file that is not JSON is reported as truncated or corrupt. */
function readProfileJson(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: cannot read the profile (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : e.message.split('\n')[0]})`, path);
    }
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const what = text.trim() === '' ? 'empty' : 'not valid JSON, truncated or corrupt';
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: the profile is ${what} (${e.message.split('\n')[0]}); write it again with validate-data --profile`, path);
    }
}
/** A profile.json file: validated against its JSON Schema before use. */
function loadProfile(path) {
    const json = readProfileJson(path);
    assertArtifact('profile', json, path);
    return profile/* Profile */.WV.fromJSON(json);
}
/** A .json reference is a profile (JSON is no data format): unreadable or another artifact is an error, not a guess. */
function isProfileFile(path) {
    if (!/\.json$/i.test(path) || !(0,external_node_fs_.existsSync)(path))
        return false;
    const kind = readProfileJson(path)?.kind;
    if (kind !== 'profile')
        throw new errors/* DataError */.fL(`${(0,files/* showPath */.P8)(path)}: a .json reference must be a profile.json (from validate-data --profile); this one has kind ${JSON.stringify(kind ?? null)}`, path);
    return true;
}
/** `render` turns the report into the markdown written to `markdown` (the adapter passes report/'s; the domain never imports it). */
async function validateData(config, log, render) {
    // A wrong output path fails now, not after the pass over the data.
    for (const [input, path] of [['report', config.report], ['profile', config.profile], ['markdown', config.markdown], ['infer-schema', config.inferSchema]]) {
        if (path !== undefined)
            (0,files/* assertWritable */.Bz)(path, input);
    }
    // The pass's worker threads start now, when the pass will most likely be split, so that their
    // start-up overlaps the schema's compilation and the pass's planning (data/parallel/early.ts).
    const early = config.merge.length ? undefined : startEarly({ files: config.data, format: config.format, shard: config.shard, keepValues: config.reference !== undefined && !/\.json$/i.test(config.reference), workers: config.workers });
    try {
        return await validateWith(config, log, render, early);
    }
    finally {
        await early?.stop();
    }
}
async function validateWith(config, log, render, early) {
    const schema = config.schema ? (0,data_schema/* loadSchema */.e$)(config.schema) : undefined;
    const asOf = config.asOf ?? Date.now();
    if (config.sensitive?.length && !config.label)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive' needs 'label': the pre-training measures compare the groups' labels`);
    if (config.sensitive?.length && !config.data.length)
        throw new errors/* ConfigurationError */.j1(`input 'sensitive' needs 'data' (merged profiles hold no joint counts of groups and labels)`);
    const referenceIsProfile = config.reference !== undefined && isProfileFile(config.reference);
    const exactDriftWanted = config.reference !== undefined && !referenceIsProfile;
    // The reference first: a bad reference fails before the long pass over the data.
    let refScan;
    let refProfile;
    if (config.reference) {
        const reference = config.reference;
        if (referenceIsProfile)
            refProfile = loadProfile(reference);
        else
            refScan = await log.group(`Reading reference ${reference}`, async () => (0,scan/* scan */.SQ)({ files: await expandAll([reference]), format: config.format, schema, keepValues: true, maxSamples: 0, naValues: config.naValues }));
        refProfile ??= refScan.profile;
    }
    let cur;
    let sources;
    if (config.merge.length) {
        sources = await expandAll(config.merge);
        const profiles = sources.map(loadProfile);
        const merged = profiles.slice(1).reduce((acc, p, i) => acc.merge(p, sources[i + 1]), profiles[0]);
        cur = { profile: merged, violations: new violations/* Violations */.n(0), rowsRead: merged.rows, format: 'csv', bytes: 0 };
        log.info(`merged ${sources.length} profiles: ${merged.rows} rows`);
    }
    else {
        sources = await expandAll(config.data);
        // A progress line on a terminal (stderr), or a log line every few seconds in CI; none with
        // --quiet or --json (the logger decides: src/lib/logger.ts).
        const bar = log.progress?.(`Reading ${sources[0]}`);
        cur = await log.group(`Reading ${sources.join(', ')}`, () => scanParallel({ files: sources, format: config.format, shard: config.shard, schema, keepValues: exactDriftWanted, maxSamples: config.maxSamples, naValues: config.naValues, asOf }, {
            workers: config.workers,
            early,
            // While this thread waits for the worker threads: compile the checks of the artifacts written after the pass.
            idle: () => {
                prepareArtifact('data-report');
                if (config.profile)
                    prepareArtifact('profile');
            },
            schemaPath: config.schema,
            onSplit: (chunks, workers) => log.info(`read in ${chunks} chunks on ${workers === 1 ? 'the main thread' : `${workers} worker threads (the main thread is one of them)`}`),
            onFallback: (why) => log.info(`read in one pass on one thread: ${why}`),
            onProgress: bar?.update,
        })).finally(() => bar?.end());
        log.info(`${cur.rowsRead} rows, ${cur.profile.columns.length} columns, ${cur.violations.count} violations`);
        // A schema inferred from no aligned row describes nothing. When no data row has the header's
        // field count, line 1 is most likely not the header: a title, a comment or a count line
        // before it (scikit-learn's bundled CSV files start with one).
        // A header whose first name and another are numbers is most likely data or a count line (a
        // pivot table's year columns follow a text name).
        const numericNames = cur.profile.columns.filter((c) => c.name.trim() !== '' && Number.isFinite(Number(c.name)));
        if (numericNames.length >= 2 && numericNames[0] === cur.profile.columns[0]) {
            log.warning(`${sources[0]}: the header on line 1 names columns with numbers (${numericNames.slice(0, 4).map((c) => c.name).join(', ')}${numericNames.length > 4 ? ', ...' : ''}): is line 1 data or a count line rather than the header?`);
        }
        // One column whose name and values are words separated by spaces: a file separated by spaces
        // or aligned in columns (scikit-learn's linnerud and diabetes files), read as a single text
        // column that passes every check.
        const only = cur.profile.columns.length === 1 ? cur.profile.columns[0] : undefined;
        if (only && (cur.format === 'csv' || cur.format === 'tsv') && /\S\s+\S/.test(only.name.trim()) && only.summary().topValues.some((v) => typeof v.value === 'string' && /\S\s+\S/.test(v.value.trim()))) {
            log.warning(`${sources[0]}: read as one column, ${JSON.stringify(only.name)}: are its fields separated by spaces? modelgate reads ${cur.format === 'csv' ? 'commas' : 'tabs'} (${cur.format.toUpperCase()}); convert the file, e.g. to commas`);
        }
        if (config.inferSchema && cur.rowsRead > 0 && cur.violations.byRule['ragged-row'] === cur.rowsRead) {
            const n = cur.profile.columns.length;
            throw new errors/* DataError */.fL(`${sources[0]}: cannot infer a schema: none of the ${cur.rowsRead} data rows has the ${n} field${n === 1 ? '' : 's'} of the header on line 1; if the lines before the header hold a title, a comment or counts, remove them`, sources[0], 1);
        }
    }
    // Drift, per column present on both sides.
    const drift = [];
    const driftSkipped = [];
    const coverage = [];
    let schemaDrift = null;
    let datasetDrift = null;
    if (refProfile) {
        await log.group('Testing drift', async () => {
            const r = columnsDrift(refProfile, cur.profile, config.drift, refScan && cur.values ? { reference: refScan.values, current: cur.values } : undefined);
            drift.push(...r.drift);
            driftSkipped.push(...r.driftSkipped);
            schemaDrift = r.schemaDrift;
            datasetDrift = r.datasetDrift;
            coverage.push(...r.timeCoverage);
            for (const d of drift)
                (d.drifted ? log.warning : log.info)(`${d.column}: ${d.explanation}`);
        });
    }
    // Pre-training bias: a second pass that reads only the label and the sensitive columns.
    const bias = config.sensitive?.length
        ? await log.group('Pre-training bias of the labels', async () => labelBias({ files: sources, format: config.format, shard: config.shard, label: config.label, positiveLabel: config.positiveLabel, sensitive: config.sensitive, confidence: BIAS_CONFIDENCE, naValues: config.naValues }))
        : undefined;
    const violationsFail = cur.violations.count > 0;
    const sd = schemaDrift;
    const driftFail = Boolean(datasetDrift?.drifted || (sd && sd.missingColumns.length > 0));
    const failOn = config.failOn;
    const passed = !((failOn === 'any' || failOn === 'violations') && violationsFail) && !((failOn === 'any' || failOn === 'drift') && driftFail);
    const reasons = [];
    if (violationsFail)
        reasons.push(`${cur.violations.count} violation${cur.violations.count === 1 ? '' : 's'}`);
    if (driftFail)
        reasons.push(`dataset drift (${drift.filter((d) => d.drifted).map((d) => d.column).join(', ') || 'missing columns'})`);
    const report = {
        kind: 'data-report',
        schemaVersion: 1,
        passed,
        failOn,
        sources,
        format: config.merge.length ? 'profile' : cur.format,
        shard: config.shard ? `${config.shard.index}/${config.shard.count}` : null,
        schema: config.schema ?? null,
        rows: cur.rowsRead,
        columns: cur.profile.columns.map((c) => c.summary()),
        violations: cur.violations.toJSON(),
        reference: config.reference ? { source: config.reference, kind: referenceIsProfile ? 'profile' : 'dataset', rows: refProfile.rows } : null,
        drift,
        driftSkipped,
        ...(coverage.length ? { timeCoverage: coverage } : {}),
        datasetDrift,
        schemaDrift,
        ...(bias ? { bias } : {}),
    };
    assertArtifact('data-report', report, config.report ?? 'data-report', 'write');
    const markdown = render(report);
    // Annotations on the data file's lines, so they show in the pull request diff.
    for (const v of cur.violations.samples.slice(0, config.annotations)) {
        if (v.file && v.line)
            log.error(v.message, { file: v.file, startLine: v.line, title: `modelgate: ${v.rule}` });
    }
    // Everything is computed: now write, all files to temp names first, then renamed into place.
    const outputs = [];
    if (config.inferSchema)
        outputs.push({ path: config.inferSchema, data: renderSchema(inferSchema(cur.profile, sources.join(', ')), config.inferSchema) });
    if (config.profile) {
        const json = cur.profile.toJSON();
        assertArtifact('profile', json, config.profile, 'write');
        outputs.push({ path: config.profile, data: JSON.stringify(json, null, 2) + '\n' });
    }
    if (config.report)
        outputs.push({ path: config.report, data: JSON.stringify(report, null, 2) + '\n' });
    if (config.markdown)
        outputs.push({ path: config.markdown, data: markdown });
    (0,files/* writeFilesAtomic */.aV)(outputs);
    if (config.inferSchema)
        log.info(`wrote inferred schema ${config.inferSchema}`);
    return { report, passed, failure: passed ? undefined : `data validation failed: ${reasons.join('; ')}`, markdown };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/types.js
function defineAction(def) {
    return def;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./.build/js/src/generated/modelgate.schema.json
const modelgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"L2":{"dw":{"qo":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"monitor":{"$ref":"#/$defs/monitor"},"register":{"$ref":"#/$defs/register"},"retrain":{"$ref":"#/$defs/retrain"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}}}}}');
;// CONCATENATED MODULE: ./.build/js/src/lib/pipeline-schema.js
/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */



let validators;
function compile() {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    ajv.addSchema(schema);
    const id = schema.$id;
    // All errors at the top, so a misspelt `stages` is named rather than reported missing.
    const top = new Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
    return { list: ajv.getSchema(`${id}#/$defs/stageList`), map: ajv.getSchema(`${id}#/$defs/stageMap`), top };
}
/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
function pipeline_schema_keyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
const ACTIONS = Object.keys(modelgate_schema_namespaceObject.L2.dw.qo);
function describe(e, base) {
    const where = pipeline_schema_keyPath(base + e.instancePath);
    const params = e.params;
    const inputsOf = (action) => Object.keys(schema.$defs[action]?.properties ?? {});
    if (e.keyword === 'additionalProperties') {
        const key = params.additionalProperty;
        const segs = where.split('.');
        const action = segs.at(-1).replace(/\[\d+\]$/, '');
        if (ACTIONS.includes(action))
            return `${where}.${key}: unknown input of ${action}; its inputs: ${inputsOf(action).join(', ')}`;
        if (where === '')
            return `${key}: unknown key; modelgate.yml has 'stages'`;
        return `${where ? `${where}.` : ''}${key}: not an action; actions: ${ACTIONS.join(', ')}`;
    }
    if (e.keyword === 'minProperties' || e.keyword === 'maxProperties')
        return `${where}: a stage is a mapping with one key, the action: { evaluate-model: { ... } }`;
    if (e.keyword === 'required')
        return `${where ? `${where}.` : ''}${params.missingProperty}: required`;
    if (e.keyword === 'type' || e.keyword === 'anyOf')
        return `${where}: must be ${e.keyword === 'anyOf' ? 'a value, a list of values or a mapping' : e.message?.replace(/^must be /, '')}`;
    return `${where}: ${e.message ?? e.keyword}`;
}
/** Throws a ConfigurationError `<file>: <key path>: <what is wrong>` on the first problem. */
function checkPipeline(doc, file) {
    validators ??= compile();
    const fail = (e, base = '') => {
        throw new ConfigurationError(`${file}: ${describe(e, base)}`);
    };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new ConfigurationError(`${file}: expected a mapping with 'stages'`);
    if (!validators.top(doc))
        fail(validators.top.errors.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors[0]);
    const stages = doc.stages;
    const v = Array.isArray(stages) ? validators.list : validators.map;
    if (!v(stages))
        fail(v.errors[0], '/stages');
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/gates.schema.json
const gates_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/js/src/gates/spec.js
/**
 * Gate files: what compare-to-baseline enforces. Validated against src/schemas/gates.schema.json
 * (published for editors), then normalised into a flat list of gates, one per metric, rule and
 * slice column.
 */




/** Direction per metric: +1 higher is better, -1 lower is better. */
const spec_DIRECTION = {
    accuracy: 1,
    balanced_accuracy: 1,
    precision: 1,
    recall: 1,
    f1: 1,
    roc_auc: 1,
    average_precision: 1,
    macro_f1: 1,
    r2: 1,
    log_loss: -1,
    brier_score: -1,
    ece: -1,
    mae: -1,
    rmse: -1,
    latency_p50_ms: -1,
    latency_p95_ms: -1,
    ...MEASURE_DIRECTION,
};
let validate;
function amountOf(v) {
    if (typeof v === 'string')
        return { value: Number(v.slice(0, -1)) / 100, percent: true };
    return { value: Number(v), percent: false };
}
/** Parses an already-loaded gate document (YAML or JSON); errors name the source and the key. */
function parseGates(doc, source) {
    validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (doc === null || doc === undefined)
        doc = {};
    if (!validate(doc)) {
        const e = validate.errors[0];
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
        const params = e.params;
        let message;
        if (e.propertyName !== undefined)
            message = `unknown metric '${e.propertyName}'; metrics: ${params.allowedValues?.join(', ')}`;
        else if (e.keyword === 'additionalProperties')
            message = `unknown key '${params.additionalProperty}'`;
        else if (e.keyword === 'enum')
            message = `must be one of ${params.allowedValues?.join(', ')}`;
        else
            message = e.message ?? e.keyword;
        throw new ConfigurationError(`${source}: ${where}: ${message}`);
    }
    const d = doc;
    const gates = [];
    const add = (metric, rules, sliceColumn, fairness) => {
        for (const [rule, raw] of Object.entries(rules)) {
            if (rule === 'require-improvement' && raw === false)
                continue;
            const amount = rule === 'require-improvement' && raw === true ? { value: 0, percent: false } : amountOf(raw);
            gates.push({ metric, sliceColumn, ...(fairness ? { fairness } : {}), rule: rule, amount, text: `${rule} ${raw === true ? '' : String(raw)}`.trim() });
        }
    };
    for (const [metric, rules] of Object.entries(d.metrics ?? {}))
        add(metric, rules);
    for (const [column, metrics] of Object.entries(d.slices ?? {}))
        for (const [metric, rules] of Object.entries(metrics))
            add(metric, rules, column);
    for (const [measure, rules] of Object.entries(d.fairness ?? {}))
        add(measure, rules, undefined, true);
    return { policy: d.policy ?? 'detect-regression', minPolicy: d['min-policy'] ?? 'interval', confidence: d.confidence, correction: d.correction, bootstrap: d.bootstrap, seed: d.seed, gates, source };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./.build/js/src/train/params.js
/**
 * Training parameters: read from a params file, recorded in train-manifest.json, part of the cache
 * key, and compared between runs like `dvc params diff`.
 *
 * Formats, chosen by the file name:
 * - `.json`: JSON; `.yaml` / `.yml`: YAML 1.2 (core schema, through the `yaml` package).
 * - `.env`, `.env.*`, `*.env`, `.properties`, `.txt`, `.cfg`, `.ini` and files with no extension:
 *   `key=value` lines (dotenv style). `#` starts a comment line, an `export ` prefix is allowed,
 *   values may be single or double quoted (quoted values stay text). An unquoted value that reads as
 *   a JSON number becomes a number, `true`/`false` become booleans, anything else stays text. A key
 *   with dots (`model.lr=0.1`) is kept as is, so it diffs the same as nested YAML `model: {lr: 0.1}`.
 *   INI `[section]` headers are not supported.
 * - Anything else (`.toml`, ...) is a ConfigurationError naming the file: TOML is not supported.
 *
 * The top level must be a mapping. Non-finite YAML numbers (`.inf`, `.nan`) are kept as the text
 * "Infinity" / "-Infinity" / "NaN", since JSON cannot hold them.
 */




/** The format of a params file, from its name; undefined when it is none we read. */
function paramsFormat(path) {
    const name = basename(path).toLowerCase();
    const ext = extname(name);
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (name === '.env' || name.startsWith('.env.') || ext === '.env')
        return 'env';
    if (['.properties', '.txt', '.cfg', '.ini', ''].includes(ext))
        return 'env';
    return undefined;
}
/** Reads and parses a params file; a missing file or a syntax error is a ConfigurationError. */
function readParams(path, displayPath = path) {
    const format = paramsFormat(path);
    if (!format) {
        throw new ConfigurationError(`params file ${displayPath}: unsupported format '${extname(path)}'; use YAML (.yaml, .yml), JSON (.json) or key=value lines (.env)`);
    }
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new ConfigurationError(`params file ${displayPath}: ${code === 'ENOENT' ? 'not found' : e.message}`);
    }
    return parseParams(text, format, displayPath);
}
/** Parses params text of a given format. */
function parseParams(text, format, source) {
    if (format === 'env')
        return parseEnv(text, source);
    const value = text.trim() === '' ? {} : parseYamlOrJson(text, source);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`params file ${source}: the top level must be a mapping of names to values`);
    }
    return normalize(value);
}
function parseEnv(text, source) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
        if (!m)
            throw new ConfigurationError(`${source}:${i + 1}: expected key=value, got '${line.slice(0, 60)}'`);
        const [, key, rawValue] = m;
        if (Object.hasOwn(out, key))
            throw new ConfigurationError(`${source}:${i + 1}: duplicate key '${key}'`);
        out[key] = envValue(rawValue);
    }
    return out;
}
function envValue(raw) {
    const q = raw[0];
    if ((q === '"' || q === "'") && raw.length >= 2) {
        const end = raw.lastIndexOf(q);
        if (end > 0) {
            const inner = raw.slice(1, end);
            return q === '"' ? inner.replace(/\\(["\\n])/g, (_, c) => (c === 'n' ? '\n' : c)) : inner;
        }
    }
    const value = raw.replace(/\s+#.*$/, '').trim();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(value))
        return Number(value);
    return value;
}
/** Maps what YAML can hold and JSON cannot to JSON-safe values. */
function normalize(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(normalize);
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = normalize(x);
        return out;
    }
    return String(v);
}
/** JSON with object keys sorted at every level: the same params always give the same text. */
function params_canonicalJson(v) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v))
        return `[${v.map(params_canonicalJson).join(',')}]`;
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${params_canonicalJson(v[k])}`).join(',')}}`;
}
/**
 * Flattens nested mappings into dotted keys (`{model: {lr: 0.1}}` -> `model.lr`). Lists and empty
 * mappings are leaf values, compared whole, as `dvc params diff` does.
 */
function flattenParams(params, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(params)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
            Object.assign(out, flattenParams(v, key));
        }
        else {
            out[key] = v;
        }
    }
    return out;
}
/**
 * What changed from `before` to `after` (either may be undefined: no params recorded), like
 * `dvc params diff`: keys flattened with dots, values compared by their canonical JSON (so 1 and
 * 1.0 are equal, 1 and "1" are not), sorted by key. Unchanged keys are left out.
 */
function diffParams(before, after) {
    const a = flattenParams(before ?? {});
    const b = flattenParams(after ?? {});
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const out = [];
    for (const key of keys) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        if (inA && !inB)
            out.push({ key, change: 'removed', old: a[key] });
        else if (!inA && inB)
            out.push({ key, change: 'added', new: b[key] });
        else if (params_canonicalJson(a[key]) !== params_canonicalJson(b[key]))
            out.push({ key, change: 'modified', old: a[key], new: b[key] });
    }
    return out;
}
/** The diff as a markdown table (`dvc params diff --md`), values from the data escaped. */
function paramsDiffMarkdown(changes, labels = { old: 'before', new: 'after' }) {
    if (changes.length === 0)
        return 'No parameter changed.\n';
    const cell = (v) => (v === undefined ? '—' : escapeCell(typeof v === 'string' ? v : params_canonicalJson(v)));
    const rows = changes.map((c) => `| ${escapeCell(c.key)} | ${c.change} | ${cell(c.old)} | ${cell(c.new)} |`);
    return [`| param | change | ${escapeCell(labels.old)} | ${escapeCell(labels.new)} |`, '|---|---|---|---|', ...rows].join('\n') + '\n';
}
function escapeCell(s) {
    return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./.build/js/src/schemas/sweep.schema.json
const sweep_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep.js
/**
 * Hyperparameter sweeps: the spec (src/schemas/sweep.schema.json), the plan (a grid, or a seeded
 * random sample, within a budget), and the choice among the variants' validation scores.
 *
 * Honest selection: variants are ranked on the validation split only. The chosen variant's score
 * there is optimistic (the best of N noisy estimates); the number to believe is the chosen model's
 * score on a test split no variant was ranked on, which evaluate-model computes and
 * compare-to-baseline gates. The report shows the two side by side.
 */








let sweep_validate;
/** A sweep document -> the spec with defaults; a mistake names `source` and the key. */
function parseSweepSpec(doc, source) {
    sweep_validate ??= new Ajv2020({ allErrors: false, strict: false }).compile(schema);
    if (!sweep_validate(doc)) {
        const e = sweep_validate.errors[0];
        const where = keyPath(e.instancePath);
        const extra = e.params.additionalProperty;
        const allowed = e.keyword === 'enum' && e.propertyName ? ` (sweepable inputs: ${(schema.properties.params.propertyNames.enum).join(', ')})` : '';
        throw new ConfigurationError(`${source}: sweep${where ? `.${where}` : ''}${e.propertyName ? `.${e.propertyName}` : ''}${extra ? `.${extra}: unknown key` : `: ${e.message}`}${allowed}`);
    }
    const d = doc;
    const method = d.method ?? 'grid';
    const params = d.params;
    for (const [k, v] of Object.entries(params)) {
        if (!Array.isArray(v)) {
            if (method === 'grid')
                throw new ConfigurationError(`${source}: sweep.params.${k}: a grid takes a list of values; a range { min, max } needs method: random`);
            if (!(v.min < v.max))
                throw new ConfigurationError(`${source}: sweep.params.${k}: min must be below max`);
            if (v.log && v.min <= 0)
                throw new ConfigurationError(`${source}: sweep.params.${k}: a log range needs min > 0`);
        }
        const values = Array.isArray(v) ? v : [v.min, v.max];
        if (k === 'l2' && values.some((x) => x < 0))
            throw new ConfigurationError(`${source}: sweep.params.l2: values must be >= 0`);
        if ((k === 'seed' || k === 'max-categories') && values.some((x) => !Number.isInteger(x) || x < (k === 'seed' ? 0 : 1)))
            throw new ConfigurationError(`${source}: sweep.params.${k}: values must be integers >= ${k === 'seed' ? 0 : 1}`);
    }
    const metric = d.metric;
    const goal = d.goal ?? ((DIRECTION[metric] ?? 1) === 1 ? 'maximize' : 'minimize');
    return {
        method,
        budget: d.budget ?? 16,
        seed: d.seed ?? 0,
        params,
        validation: typeof d.validation === 'string' ? [d.validation] : d.validation,
        metric,
        goal,
        parallel: d.parallel ?? 0,
        out: d.out ?? '.modelgate/sweep',
        positiveLabel: d['positive-label'] === undefined ? undefined : String(d['positive-label']),
    };
}
/** A value as an input's text: integers as they are, others to 4 significant digits. */
function sweep_text(x) {
    return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(4)));
}
function draw(r, rng) {
    if (Array.isArray(r))
        return r[rng.uniformInt(r.length)];
    const u = rng.nextFloat();
    const x = r.log ? Math.exp(Math.log(r.min) + u * (Math.log(r.max) - Math.log(r.min))) : r.min + u * (r.max - r.min);
    return r.integer ? Math.round(x) : x;
}
/**
 * The variants: grid — every combination in the order the params are listed, the last varying
 * fastest (a seeded sample of `budget` of them, kept in grid order, when there are more); random —
 * `budget` distinct seeded draws (fewer when the space has fewer distinct points).
 */
function planSweep(spec) {
    const keys = Object.keys(spec.params);
    const rows = [];
    if (spec.method === 'grid') {
        const lists = keys.map((k) => [...new Set(spec.params[k].map(sweep_text))]);
        const total = lists.reduce((n, l) => n * l.length, 1);
        let picks = Array.from({ length: total }, (_, i) => i);
        if (total > spec.budget) {
            const rng = createRng(spec.seed, 1);
            for (let i = 0; i < spec.budget; i++) {
                const j = i + rng.uniformInt(total - i);
                [picks[i], picks[j]] = [picks[j], picks[i]];
            }
            picks = picks.slice(0, spec.budget).sort((a, b) => a - b);
        }
        for (let idx of picks) {
            const row = {};
            for (let k = keys.length - 1; k >= 0; k--) {
                row[keys[k]] = lists[k][idx % lists[k].length];
                idx = Math.floor(idx / lists[k].length);
            }
            rows.push(Object.fromEntries(keys.map((k) => [k, row[k]])));
        }
    }
    else {
        const rng = createRng(spec.seed, 2);
        const seen = new Set();
        for (let tries = 0; rows.length < spec.budget && tries < spec.budget * 20; tries++) {
            const row = Object.fromEntries(keys.map((k) => [k, sweep_text(draw(spec.params[k], rng))]));
            const id = canonicalJson(row);
            if (seen.has(id))
                continue;
            seen.add(id);
            rows.push(row);
        }
    }
    const width = Math.max(2, String(rows.length).length);
    return rows.map((values, i) => ({ name: `v${String(i + 1).padStart(width, '0')}`, values }));
}
/** The id all jobs of one sweep agree on: a digest of the plan and of what is trained. */
function sweepId(variants, trainedBy) {
    return createHash('sha256').update(canonicalJson({ variants, trainedBy })).digest('hex').slice(0, 12);
}
/** The job matrix of the plan: `{ include: [{ variant, ...values }] }` for `fromJSON`. */
function sweepMatrix(variants) {
    return { include: variants.map((v) => ({ variant: v.name, ...v.values })) };
}
/**
 * Ranks variants by their validation score, best first (missing scores last; ties keep plan
 * order) and returns the ranking; the first is the choice.
 */
function sweep_rankVariants(scores, goal) {
    const sign = goal === 'maximize' ? -1 : 1;
    return scores
        .map((s, i) => ({ s, i }))
        .sort((a, b) => {
        const x = a.s.value;
        const y = b.s.value;
        if (x === null || y === null || Number.isNaN(x) || Number.isNaN(y))
            return (x === null || Number.isNaN(x) ? 1 : 0) - (y === null || Number.isNaN(y) ? 1 : 0) || a.i - b.i;
        return sign * (x - y) || a.i - b.i;
    })
        .map((r) => r.s);
}

;// CONCATENATED MODULE: ./.build/js/src/experiments/sweep-results.js
/**
 * The files a sweep leaves: one result.json per variant (what a matrix job uploads) and sweep.json
 * (the ranking and the choice). A result read back may come from another job's artifact: its shape
 * is checked and it must belong to this sweep.
 */




const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
/** Reads a variant's result.json and checks it belongs to sweep `id` and names a planned variant. */
function readVariantResult(path, id, planned) {
    let v;
    try {
        v = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`${path}: not a readable sweep result (${e.message.split('\n')[0]})`, path);
    }
    const ok = v &&
        v.kind === 'sweep-variant-result' &&
        v.schemaVersion === 1 &&
        typeof v.variant === 'string' &&
        typeof v.metric === 'string' &&
        (v.value === null || isNum(v.value)) &&
        (v.ci === null || (Array.isArray(v.ci) && v.ci.length === 2 && v.ci.every(isNum))) &&
        typeof v.model?.sha256 === 'string';
    if (!ok)
        throw new DataError(`${path}: not a sweep-variant-result (schemaVersion 1)`, path);
    if (v.sweep !== id)
        throw new DataError(`${path}: a result of sweep ${String(v.sweep)}, not of this sweep (${id}); the plan or the training config changed since`, path);
    const plan = planned.find((p) => p.name === v.variant);
    if (!plan || JSON.stringify(plan.values) !== JSON.stringify(v.values))
        throw new DataError(`${path}: variant ${String(v.variant)} is not in this sweep's plan with those values`, path);
    return v;
}
function writeVariantResult(path, r) {
    writeJsonAtomic(path, r);
}
/** Ranks the results and names the winner; an error when no variant has a score. */
function sweepReport(spec, id, planned, results) {
    const byName = new Map(results.map((r) => [r.variant, r]));
    const present = planned.filter((p) => byName.has(p.name)).map((p) => byName.get(p.name));
    const ranking = rankVariants(present, spec.goal);
    const winner = ranking[0];
    if (!winner || winner.value === null)
        throw new DataError(`sweep ${id}: no variant has a ${spec.metric} on the validation split (${present.length} of ${planned.length} results found)`);
    return {
        kind: 'sweep-report',
        schemaVersion: 1,
        id,
        method: spec.method,
        budget: spec.budget,
        seed: spec.seed,
        metric: spec.metric,
        goal: spec.goal,
        planned: planned.length,
        ranking,
        missing: planned.filter((p) => !byName.has(p.name)).map((p) => p.name),
        winner,
    };
}
function sweep_results_readSweepReport(path) {
    let v;
    try {
        v = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (e) {
        throw new DataError(`${path}: not a readable sweep report (${e.message.split('\n')[0]})`, path);
    }
    if (v?.kind !== 'sweep-report' || v.schemaVersion !== 1 || !Array.isArray(v.ranking) || !v.winner || typeof v.metric !== 'string')
        throw new DataError(`${path}: not a sweep-report (schemaVersion 1)`, path);
    return v;
}

;// CONCATENATED MODULE: ./.build/js/src/report/markdown.js
/**
 * Markdown built from data. Anything that came from a data file or a pull request (column names,
 * category values, messages quoting cells) goes through `esc`, which neutralises markdown and HTML
 * so a crafted value cannot inject links, images, mentions, HTML or break a table.
 */
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '#': '&#35;',
    '~': '&#126;',
    '@': '&#64;',
    '!': '&#33;',
    ':': '&#58;',
};
/** Escapes untrusted text for a markdown table cell or line; newlines and other control characters become spaces; long text is cut. */
function esc(value, max = 120) {
    let s = value === null || value === undefined ? '' : String(value);
    // eslint-disable-next-line no-control-regex
    s = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>|\\`*_[\]()#~@!:]/g, (c) => ESCAPES[c]);
}
/** A markdown table; cells must already be escaped or be trusted markup. */
function table(header, rows, align) {
    const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
/** A collapsed section (renders on GitHub). */
function markdown_details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Formats a number for people: fixed significant digits, no exponent for ordinary magnitudes. */
function fmt(x, digits = 4) {
    if (x === null || x === undefined)
        return '–';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : x < 0 ? '−∞' : 'n/a';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(digits - 1);
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(digits)));
}
function pct(x, digits = 1) {
    return `${(x * 100).toFixed(digits)}%`;
}
/** Text in a code span: entities would show literally there, so backticks and line breaks are dropped instead. */
function code(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value).replace(/[`\r\n\t]+/g, ' ');
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return '`' + s + '`';
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/svg.js
/**
 * SVG charts written as strings: no library, no script, so the page is small, draws at once,
 * prints, and can make no request. Every text from data goes through `h`. Elements carry classes
 * (`series`, `bar`, `cell`, `ci`, `est`, `margin`, `zero`) that the styles colour and the browser
 * tests count.
 */

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values; long text is cut. */
function h(value, max = 200) {
    let s = value === null || value === undefined ? '' : String(value);
    if (s.length > max)
        s = s.slice(0, max - 1) + '…';
    return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
const px = (x) => (Math.round(x * 10) / 10).toString();
/** About `n` round tick values covering [min, max]. */
function ticks(min, max, n = 5) {
    if (!(max > min))
        return [min];
    const raw = (max - min) / n;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
    const out = [];
    for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
        out.push(Number(v.toPrecision(12)));
    return out;
}
const W = 460;
const H = 300;
const M = { l: 56, r: 16, t: 28, b: 44 };
/** An <svg> with axes, ticks and labels; `body` draws inside the plot area. */
function chart(cls, title, x, y, body, legend = [], xTicks = true) {
    const iw = W - M.l - M.r;
    const ih = H - M.t - M.b;
    const sx = (v) => M.l + ((v - x.min) / (x.max - x.min || 1)) * iw;
    const sy = (v) => M.t + ih - ((v - y.min) / (y.max - y.min || 1)) * ih;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="${M.l}" y="16">${h(title)}</text>`);
    for (const t of xTicks ? ticks(x.min, x.max) : [])
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="${M.t}" y2="${M.t + ih}"/><text class="tick" x="${px(sx(t))}" y="${M.t + ih + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    for (const t of ticks(y.min, y.max))
        out.push(`<line class="grid" x1="${M.l}" x2="${M.l + iw}" y1="${px(sy(t))}" y2="${px(sy(t))}"/><text class="tick" x="${M.l - 4}" y="${px(sy(t) + 3)}" text-anchor="end">${fmt(t, 3)}</text>`);
    out.push(`<rect class="plot" x="${M.l}" y="${M.t}" width="${iw}" height="${ih}"/>`);
    out.push(`<text class="axis" x="${M.l + iw / 2}" y="${H - 8}" text-anchor="middle">${h(x.label)}</text>`);
    out.push(`<text class="axis" transform="translate(12 ${M.t + ih / 2}) rotate(-90)" text-anchor="middle">${h(y.label)}</text>`);
    out.push(body({ sx, sy, width: iw, height: ih }));
    legend.forEach((l, i) => out.push(`<rect class="${l.cls}" x="${W - M.r - 120}" y="${M.t + 6 + i * 14}" width="10" height="10"/><text class="tick" x="${W - M.r - 106}" y="${M.t + 15 + i * 14}">${h(l.label, 40)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** Lines over a [0, 1] × [0, 1] square (ROC, PR, reliability), optionally with the diagonal. */
function lineChart(cls, title, x, y, series, opts = {}) {
    return chart(cls, title, x, y, (f) => {
        const out = [];
        if (opts.diagonal)
            out.push(`<line class="zero" x1="${px(f.sx(x.min))}" y1="${px(f.sy(y.min))}" x2="${px(f.sx(x.max))}" y2="${px(f.sy(y.max))}"/>`);
        for (const s of series) {
            const d = s.x.map((v, i) => `${i ? 'L' : 'M'}${px(f.sx(v))} ${px(f.sy(s.y[i]))}`).join('');
            if (d)
                out.push(`<path class="series ${s.cls}" d="${d}" data-points="${s.x.length}"/>`);
            if (opts.points)
                s.x.forEach((v, i) => out.push(`<circle class="est ${s.cls}" cx="${px(f.sx(v))}" cy="${px(f.sy(s.y[i]))}" r="3"/>`));
        }
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Histogram bars over shared edges; several series overlay (shares of each series' total). */
function histogram(title, edges, series, xLabel) {
    const shares = series.map((s) => {
        const total = s.counts.reduce((a, b) => a + b, 0) || 1;
        return s.counts.map((c) => c / total);
    });
    const top = Math.max(0.01, ...shares.flat());
    const lo = edges[0];
    const hi = edges.at(-1) > lo ? edges.at(-1) : lo + 1;
    return chart('histogram', title, { min: lo, max: hi, label: xLabel }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => series
        .map((s, k) => shares[k]
        .map((v, i) => {
        const x0 = f.sx(edges[i]);
        const x1 = edges[i + 1] > edges[i] ? f.sx(edges[i + 1]) : x0 + f.width / shares[k].length;
        return `<rect class="bar ${s.cls}" x="${px(x0)}" y="${px(f.sy(v))}" width="${px(Math.max(1, x1 - x0 - 1))}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} [${fmt(edges[i])}, ${fmt(edges[i + 1])}): ${fmt(v * 100, 3)}%</title></rect>`;
    })
        .join(''))
        .join(''), series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : []);
}
/** Grouped bars for categories (reference and current shares of the values that moved most). */
function categoryBars(title, categories, series) {
    const top = Math.max(0.01, ...series.flatMap((s) => s.values));
    const n = categories.length;
    return chart('categories', title, { min: 0, max: n, label: '' }, { min: 0, max: top * 1.05, label: 'share of rows' }, (f) => {
        const out = [];
        const band = f.width / n;
        const bw = (band * 0.8) / series.length;
        categories.forEach((c, i) => {
            series.forEach((s, k) => {
                const v = s.values[i];
                const x = f.sx(i) + band * 0.1 + k * bw;
                out.push(`<rect class="bar ${s.cls}" x="${px(x)}" y="${px(f.sy(v))}" width="${px(bw)}" height="${px(f.sy(0) - f.sy(v))}"><title>${h(s.label)} ${h(c)}: ${fmt(v * 100, 3)}%</title></rect>`);
            });
            out.push(`<text class="tick" x="${px(f.sx(i) + band / 2)}" y="${px(f.sy(0) + 26)}" text-anchor="middle">${h(c, 14)}</text>`);
        });
        return out.join('');
    }, series.length > 1 ? series.map((s) => ({ cls: `key ${s.cls}`, label: s.label })) : [], false);
}
/** Confusion matrix: one cell per (true, predicted), shaded by the share of its row. */
function heatmap(title, labels, matrix) {
    const n = labels.length;
    const cell = Math.max(18, Math.min(56, Math.floor(360 / Math.max(1, n))));
    const left = 110;
    const topM = 44;
    const w = left + n * cell + 10;
    const hgt = topM + n * cell + 30;
    const out = [`<svg class="chart confusion" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text><text class="axis" x="${left + (n * cell) / 2}" y="34" text-anchor="middle">predicted</text><text class="axis" x="4" y="${topM - 4}">true ↓</text>`);
    matrix.forEach((row, i) => {
        const total = row.reduce((a, b) => a + b, 0) || 1;
        out.push(`<text class="tick" x="${left - 4}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="end">${h(labels[i], 16)}</text>`);
        row.forEach((v, j) => {
            const share = v / total;
            out.push(`<rect class="cell${i === j ? ' diag' : ''}" x="${left + j * cell}" y="${topM + i * cell}" width="${cell - 1}" height="${cell - 1}" fill-opacity="${(0.08 + 0.92 * share).toFixed(3)}"><title>true ${h(labels[i])}, predicted ${h(labels[j])}: ${v}</title></rect>`);
            if (cell >= 28)
                out.push(`<text class="count${share > 0.5 ? ' dark' : ''}" x="${left + j * cell + cell / 2}" y="${topM + i * cell + cell / 2 + 4}" text-anchor="middle">${v}</text>`);
        });
    });
    labels.forEach((l, j) => out.push(`<text class="tick" x="${left + j * cell + cell / 2}" y="${topM + n * cell + 14}" text-anchor="middle">${h(l, 8)}</text>`));
    out.push('</svg>');
    return out.join('');
}
/** A forest plot: one row per estimate with its interval, a zero line when `zero` and a margin mark per row. */
function intervalChart(cls, title, rows, opts = {}) {
    const vals = rows.flatMap((r) => [r.value, r.lo, r.hi, r.margin]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (opts.zero)
        vals.push(0);
    let lo = Math.min(...vals);
    let hi = Math.max(...vals);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.05 || 0.01;
    lo -= pad;
    hi += pad;
    const left = 170;
    const rowH = 22;
    const iw = 300;
    const w = left + iw + 16;
    const hgt = 40 + rows.length * rowH + 30;
    const sx = (v) => left + ((v - lo) / (hi - lo)) * iw;
    const out = [`<svg class="chart ${cls}" viewBox="0 0 ${w} ${hgt}" width="${w}" height="${hgt}" role="img" aria-label="${h(title)}"><title>${h(title)}</title>`];
    out.push(`<text class="title" x="4" y="16">${h(title)}</text>`);
    const bottom = 40 + rows.length * rowH;
    for (const t of ticks(lo, hi))
        out.push(`<line class="grid" x1="${px(sx(t))}" x2="${px(sx(t))}" y1="30" y2="${bottom}"/><text class="tick" x="${px(sx(t))}" y="${bottom + 14}" text-anchor="middle">${fmt(t, 3)}</text>`);
    if (opts.xLabel)
        out.push(`<text class="axis" x="${left + iw / 2}" y="${bottom + 28}" text-anchor="middle">${h(opts.xLabel)}</text>`);
    if (opts.zero)
        out.push(`<line class="zero" x1="${px(sx(0))}" x2="${px(sx(0))}" y1="30" y2="${bottom}"/>`);
    rows.forEach((r, i) => {
        const y = 40 + i * rowH + rowH / 2;
        const fail = r.failed ? ' fail' : '';
        out.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${h(r.label, 28)}</text>`);
        if (r.lo !== null && r.hi !== null && Number.isFinite(r.lo) && Number.isFinite(r.hi))
            out.push(`<line class="ci${fail}" x1="${px(sx(r.lo))}" x2="${px(sx(r.hi))}" y1="${y}" y2="${y}"/>`);
        if (typeof r.margin === 'number' && Number.isFinite(r.margin))
            out.push(`<path class="margin" d="M${px(sx(r.margin))} ${y - 8}v16"><title>allowed: ${fmt(r.margin)}</title></path>`);
        if (Number.isFinite(r.value))
            out.push(`<circle class="est${fail}" cx="${px(sx(r.value))}" cy="${y}" r="4"><title>${h(r.label)}: ${fmt(r.value)}${r.lo !== null && r.hi !== null ? ` [${fmt(r.lo)}, ${fmt(r.hi)}]` : ''}</title></circle>`);
    });
    out.push('</svg>');
    return out.join('');
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/sweep.js


/** One scatter chart: param value (x) against the metric (y) with interval bars. */
function paramChart(report, param) {
    const pts = report.ranking
        .map((r) => ({ r, x: Number(r.values[param]), y: r.value }))
        .filter((p) => Number.isFinite(p.x) && p.y !== null && Number.isFinite(p.y));
    if (!pts.length)
        return '';
    const xs = pts.map((p) => p.x);
    const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) > 100;
    const tx = (x) => (log ? Math.log10(x) : x);
    const ys = pts.flatMap((p) => [p.y, ...(p.r.ci ?? [])]);
    const pad = (a, b) => (b - a) * 0.08 || Math.abs(b) * 0.05 || 0.01;
    const [x0, x1] = [Math.min(...xs.map(tx)), Math.max(...xs.map(tx))];
    const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
    const x = { min: x0 - pad(x0, x1), max: x1 + pad(x0, x1), label: log ? `log10 ${param}` : param };
    const y = { min: y0 - pad(y0, y1), max: y1 + pad(y0, y1), label: `${report.metric} (validation)` };
    return chart('sweep', `${param} against ${report.metric}`, x, y, (f) => pts
        .map((p) => {
        const cx = f.sx(tx(p.x)).toFixed(1);
        const chosen = p.r.variant === report.winner.variant ? ' chosen' : '';
        const bar = p.r.ci ? `<line class="ci${chosen}" x1="${cx}" x2="${cx}" y1="${f.sy(p.r.ci[0]).toFixed(1)}" y2="${f.sy(p.r.ci[1]).toFixed(1)}"/>` : '';
        return `${bar}<circle class="est${chosen}" cx="${cx}" cy="${f.sy(p.y).toFixed(1)}" r="${chosen ? 6 : 4}"><title>${h(p.r.variant)}: ${h(param)} ${fmt(p.x)}, ${h(report.metric)} ${fmt(p.y)}${chosen ? ' (chosen)' : ''}</title></circle>`;
    })
        .join(''));
}
function sweepSection(report) {
    const keys = [...new Set(report.ranking.flatMap((r) => Object.keys(r.values)))];
    const rows = report.ranking.map((r, i) => `<tr${r.variant === report.winner.variant ? ' class="chosen"' : ''}><td class="n">${i + 1}</td><td>${h(r.variant)}${r.variant === report.winner.variant ? ' (chosen)' : ''}</td>${keys.map((k) => `<td class="n">${h(r.values[k] ?? '')}</td>`).join('')}<td class="n">${fmt(r.value)}</td><td>${r.ci ? `[${fmt(r.ci[0])}, ${fmt(r.ci[1])}]` : '–'}</td></tr>`);
    return [
        `<section id="sweep"><h2>Sweep: ${report.ranking.length} variants, ${h(report.winner.variant)} chosen on validation</h2>`,
        `<p>${h(report.method)} over ${keys.map((k) => h(k)).join(', ')}; ranked by ${h(report.metric)} (${h(report.goal)}) on the validation split. The chosen variant's validation score is the best of ${report.ranking.length} and so optimistic; its test evaluation is the one to believe.</p>`,
        `<div class="charts">${keys.map((k) => paramChart(report, k)).join('')}</div>`,
        `<details><summary>Leaderboard</summary><table><thead><tr><th>#</th><th>variant</th>${keys.map((k) => `<th>${h(k)}</th>`).join('')}<th>${h(report.metric)}</th><th>interval</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`,
        '</section>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./.build/js/src/report/mermaid.js

/** Neutralises data-derived text for mermaid (see the module comment); empty text becomes '_'. */
function label(value, max = 40) {
    let s = String(value ?? '')
        .normalize('NFKC')
        .replace(/[^\p{L}\p{N} _.+=/-]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    if (s.length > max)
        s = s.slice(0, max - 1) + '_';
    return s || '_';
}
/** A finite number for mermaid text, rounded to 6 significant digits; null for NaN/Infinity/null. */
function num(x) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return null;
    return String(Number(x.toPrecision(6)));
}
const fence = (body) => ['```mermaid', ...body, '```'].join('\n');
/** The allowed delta of a relative gate (signed: negative for a regression margin), from its rule text. */
function allowedDelta(g) {
    const m = /^(max-regression|require-improvement)(?:\s+(-?\d+(?:\.\d+)?(?:e-?\d+)?)(%)?)?$/.exec(g.rule.trim());
    if (!m)
        return null;
    const raw = m[2] === undefined ? 0 : Number(m[2]);
    const amount = m[3] ? (raw / 100) * Math.abs(g.baseline ?? 0) : raw;
    const dir = spec_DIRECTION[g.metric] ?? 1;
    return m[1] === 'max-regression' ? -dir * amount : dir * amount;
}
const SCALE = 1000;
/**
 * Forest plot of the gated deltas: one section per gate that has a delta and an interval; a bar
 * over the interval (red when the gate failed, highlighted when underpowered), a milestone at no
 * change (0) and one at the allowed margin. Mermaid's gantt parser takes no negative times (and
 * with `dateFormat X`, seconds, it put every start at the first one), so the scale is milliseconds
 * (`dateFormat x`) shifted to start at 1, and the axis labels are hidden: the numbers are in the
 * task labels.
 * Null when no gate has an interval.
 */
function mermaid_forestChart(gates, opts = {}) {
    const rows = gates.filter((g) => g.delta !== null && g.ci && num(g.ci[0]) !== null && num(g.ci[1]) !== null).slice(0, opts.max ?? 30);
    if (!rows.length)
        return null;
    const margins = rows.map((g) => allowedDelta(g));
    const values = rows.flatMap((g, i) => [g.ci[0], g.ci[1], 0, margins[i] ?? 0]).filter(Number.isFinite);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Whole positions (the parser takes integers) in thousandths of the span, the smallest value at 1.
    const span = hi - lo || 1;
    const at = (x) => String(1 + Math.round(((x - lo) / span) * SCALE));
    const lines = ['gantt', '  title Δ candidate − baseline (bar = interval, ◆ = no change and allowed margin)', '  dateFormat x', '  axisFormat .', '  todayMarker off'];
    rows.forEach((g, i) => {
        const name = label(g.metric) + (g.slice ? ` ${label(g.slice.column, 24)}=${label(g.slice.value, 24)}` : '');
        const [cl, ch] = g.ci;
        lines.push(`  section ${name}`);
        const state = g.passed ? (g.underpowered ? 'active, ' : '') : 'crit, ';
        // A zero-width interval still gets a visible bar.
        const end = String(Math.max(Number(at(ch)), Number(at(cl)) + 1));
        lines.push(`  Δ ${num(g.delta)} [${num(cl)}, ${num(ch)}] ${g.passed ? 'pass' : 'fail'} : ${state}g${i}, ${at(cl)}, ${end}`);
        lines.push(`  0 : milestone, z${i}, ${at(0)}, 0ms`);
        const margin = margins[i];
        if (margin !== null && num(margin) !== null)
            lines.push(`  margin ${num(margin)} : milestone, m${i}, ${at(margin)}, 0ms`);
    });
    return fence(lines);
}
/**
 * Drift per feature as one comparable score: statistic / threshold for distance tests, and
 * log(p) / log(threshold) for tests with a p-value; 1 is the drift threshold (the line). Capped at 10.
 */
function driftScore(d) {
    let s;
    // No finite statistic (a zero-spread reference): the decision is all there is.
    if (d.statistic === null && d.pValue === undefined)
        s = d.drifted ? 10 : 0;
    else if (d.pValue !== undefined)
        s = d.threshold > 0 && d.threshold < 1 ? Math.log(Math.max(d.pValue, 1e-300)) / Math.log(d.threshold) : 0;
    else
        s = d.threshold > 0 ? d.statistic / d.threshold : 0;
    return Number.isFinite(s) ? Math.min(10, Math.max(0, s)) : 10;
}
function driftChart(drift, opts = {}) {
    const rows = [...drift].sort((a, b) => driftScore(b) - driftScore(a)).slice(0, opts.max ?? 40);
    if (!rows.length)
        return null;
    const scores = rows.map((d) => num(driftScore(d)) ?? '0');
    return fence([
        'xychart-beta horizontal',
        '  title "Drift score per column (1 = drift threshold)"',
        `  x-axis [${rows.map((d) => `"${label(d.column)}"`).join(', ')}]`,
        `  y-axis "score" 0 --> ${Math.max(2, Math.ceil(Math.max(...rows.map(driftScore))))}`,
        `  bar [${scores.join(', ')}]`,
        `  line [${rows.map(() => '1').join(', ')}]`,
    ]);
}
/**
 * One line chart per metric over versions (oldest first), e.g. the gated metrics across the last
 * registered versions. Versions missing a metric are left out of that metric's chart; a metric
 * with fewer than two points gets no chart.
 */
function historyCharts(history, metrics) {
    const out = [];
    for (const metric of metrics) {
        const pts = history.map((h) => ({ v: h.version, x: num(h.metrics[metric]) })).filter((p) => p.x !== null);
        if (pts.length < 2)
            continue;
        const xs = pts.map((p) => Number(p.x));
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.01 || 1;
        out.push(fence([
            'xychart-beta',
            `  title "${label(metric)}"`,
            `  x-axis [${pts.map((p) => `"${label(p.v, 24)}"`).join(', ')}]`,
            `  y-axis "${label(metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
            `  line [${pts.map((p) => p.x).join(', ')}]`,
        ]));
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/js/src/report/html/report.js




const MAX_COLUMNS = 100;
const MAX_SLICES = 100;
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328;background:#fff}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:32px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e}.muted{color:#59636e}
.charts{display:flex;flex-wrap:wrap;gap:12px}
svg.chart{background:#fff;border:1px solid #eaeef2;border-radius:4px}
svg .title{font-weight:600;font-size:13px}svg .tick{font-size:10px;fill:#59636e}svg .axis{font-size:11px;fill:#1f2328}
svg .grid{stroke:#eaeef2}svg .plot{fill:none;stroke:#d0d7de}svg .zero{stroke:#8c959f;stroke-dasharray:4 3}
svg .series{fill:none;stroke-width:2}svg .s0,svg .current{stroke:#0969da;fill:#0969da}svg .s1,svg .reference{stroke:#bc4c00;fill:#bc4c00}
svg path.series.s0,svg path.series.s1{fill:none}
svg .bar{fill-opacity:.55;stroke:none}svg .key{stroke:none}
svg .cell{fill:#0969da}svg .count{font-size:11px;fill:#1f2328}svg .count.dark{fill:#fff}
svg .ci.chosen{stroke:#1a7f37}svg .est.chosen{fill:#1a7f37}tr.chosen td{font-weight:600}
svg .ci{stroke:#0969da;stroke-width:2}svg .est{fill:#0969da}svg .ci.fail{stroke:#cf222e}svg .est.fail{fill:#cf222e}svg .margin{stroke:#bc4c00;stroke-width:2}
details{margin:8px 0}summary{cursor:pointer}
`;
const report_num = (x, d = 4) => `<td class="n">${fmt(x, d)}</td>`;
const interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '–');
function report_table(head, rows) {
    return `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}
function dataSection(r) {
    const out = [`<section id="data"><h2>Data: <span class="${r.passed ? 'pass' : 'fail'}">${r.passed ? 'passed' : 'failed'}</span></h2>`];
    out.push(`<p>${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations${r.reference ? ` · drift against ${h(r.reference.source)} (${r.reference.rows.toLocaleString('en-US')} rows): ${r.drift.filter((d) => d.drifted).length} of ${r.drift.length} columns drifted` : ''}</p>`);
    const drift = new Map(r.drift.map((d) => [d.column, d]));
    const charts = [];
    for (const c of r.columns.slice(0, MAX_COLUMNS)) {
        const d = drift.get(c.name);
        const name = `${c.name}${d?.drifted ? ' (drifted)' : ''}`;
        if (d?.drifted && d.histogram) {
            charts.push(histogram(name, d.histogram.edges, [{ cls: 'reference', label: 'reference', counts: d.histogram.reference }, { cls: 'current', label: 'current', counts: d.histogram.current }], c.name));
        }
        else if (d?.drifted && d.moved.length) {
            const moved = d.moved.slice(0, 8);
            charts.push(categoryBars(name, moved.map((m) => m.label), [{ cls: 'reference', label: 'reference', values: moved.map((m) => m.reference) }, { cls: 'current', label: 'current', values: moved.map((m) => m.current) }]));
        }
        else if (c.time) {
            // A date or time column: rows per period (the first 60), empty periods included.
            const ps = c.time.periods.slice(0, 60);
            const unit = c.time.unit;
            const label = (start) => (unit === 'month' ? start.slice(0, 7) : unit === 'year' ? start.slice(0, 4) : start);
            charts.push(categoryBars(`${name}: rows per ${unit}`, ps.map((p) => label(p.start)), [{ cls: 'current', label: 'current', values: ps.map((p) => p.count / (c.count || 1)) }]));
        }
        else if (c.histogram) {
            charts.push(histogram(name, c.histogram.edges, [{ cls: 'current', label: 'current', counts: c.histogram.counts }], c.name));
        }
        else if (c.topValues.length && c.distinct <= 50) {
            const top = c.topValues.slice(0, 8);
            const total = c.count || 1;
            charts.push(categoryBars(name, top.map((t) => String(t.value)), [{ cls: 'current', label: 'current', values: top.map((t) => t.count / total) }]));
        }
    }
    if (r.columns.length > MAX_COLUMNS)
        out.push(`<p class="muted">The first ${MAX_COLUMNS} of ${r.columns.length} columns are drawn; data-report.json has them all.</p>`);
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (r.drift.length) {
        out.push('<h3>Drift</h3>');
        out.push(report_table(['column', 'verdict', 'test', 'statistic', 'p-value', 'threshold'], r.drift.map((d) => [`<td>${h(d.column)}</td>`, `<td class="${d.drifted ? 'fail' : 'pass'}">${d.drifted ? 'drifted' : 'stable'}</td>`, `<td>${h(d.test)}</td>`, report_num(d.statistic), report_num(d.pValue ?? null), report_num(d.threshold)])));
    }
    if (r.violations.samples.length) {
        out.push('<h3>Violations (samples)</h3>');
        out.push(report_table(['where', 'column', 'rule', 'message'], r.violations.samples.slice(0, 50).map((s) => [`<td>${h(s.file ?? '–')}${s.line ? `:${s.line}` : ''}</td>`, `<td>${h(s.column ?? '–')}</td>`, `<td>${h(s.rule)}</td>`, `<td>${h(s.message)}</td>`])));
    }
    out.push('</section>');
    return out.join('\n');
}
const SLICE_METRICS = ['roc_auc', 'accuracy', 'f1', 'macro_f1', 'r2', 'rmse', 'mae'];
function evaluationSection(name, ev, id) {
    const out = [`<section id="${id}"><h2>Evaluation: ${h(name)}</h2>`];
    out.push(`<p>${h(ev.task)} · ${ev.rows.toLocaleString('en-US')} rows · model ${h(ev.model.path)} (<code>${h(ev.model.sha256.slice(0, 12))}</code>)${ev.positiveLabel !== null ? ` · positive class ${h(ev.positiveLabel)}, threshold ${ev.threshold}` : ''}</p>`);
    out.push(report_table(['metric', 'value', `${Math.round(ev.confidence * 1000) / 10}% interval`, 'method'], Object.entries(ev.metrics).map(([k, m]) => [`<td><code>${h(k)}</code></td>`, report_num(m.value), `<td>${interval(m.ci)}</td>`, `<td class="muted">${h(m.method ?? '')}</td>`])));
    const charts = [];
    const cur = ev.tables?.curves;
    if (cur) {
        const auc = ev.metrics.roc_auc?.value;
        const ap = ev.metrics.average_precision?.value;
        charts.push(lineChart('roc', `ROC curve${auc != null ? ` (AUC ${fmt(auc)})` : ''}`, { min: 0, max: 1, label: 'false positive rate' }, { min: 0, max: 1, label: 'true positive rate' }, [{ cls: 's0', label: 'ROC', x: cur.roc.fpr, y: cur.roc.tpr }], { diagonal: true }));
        charts.push(lineChart('pr', `Precision-recall${ap != null ? ` (AP ${fmt(ap)})` : ''}`, { min: 0, max: 1, label: 'recall' }, { min: 0, max: 1, label: 'precision' }, [{ cls: 's0', label: 'PR', x: cur.pr.recall, y: cur.pr.precision }]));
    }
    const cal = ev.tables?.calibration?.filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null);
    if (cal?.length) {
        charts.push(lineChart('reliability', 'Reliability diagram', { min: 0, max: 1, label: 'mean predicted probability' }, { min: 0, max: 1, label: 'observed rate' }, [{ cls: 's0', label: 'model', x: cal.map((b) => b.meanPredicted), y: cal.map((b) => b.observedRate) }], { diagonal: true, points: true }));
    }
    if (ev.tables?.confusion)
        charts.push(heatmap('Confusion matrix', ev.classes, ev.tables.confusion));
    out.push(`<div class="charts">${charts.join('')}</div>`);
    if (cur)
        out.push(`<p class="muted">Curves are downsampled: every point of the full curve is within ${fmt(cur.maxError)} of a drawn point in each coordinate.</p>`);
    const slices = ev.slices.filter((s) => s.metrics).slice(0, MAX_SLICES);
    if (slices.length) {
        const charts2 = [];
        for (const metric of SLICE_METRICS.filter((m) => m in ev.metrics).slice(0, 2)) {
            const rows = slices.map((s) => ({ label: `${s.column}=${s.value}`, value: s.metrics[metric]?.value ?? NaN, lo: s.metrics[metric]?.ci?.[0] ?? null, hi: s.metrics[metric]?.ci?.[1] ?? null }));
            const overall = ev.metrics[metric];
            rows.unshift({ label: 'all rows', value: overall.value ?? NaN, lo: overall.ci?.[0] ?? null, hi: overall.ci?.[1] ?? null });
            charts2.push(intervalChart('slices', `${metric} per slice`, rows, { xLabel: metric }));
        }
        out.push(`<h3>Slices</h3><div class="charts">${charts2.join('')}</div>`);
        if (ev.slices.length > MAX_SLICES)
            out.push(`<p class="muted">The first ${MAX_SLICES} of ${ev.slices.length} slices are drawn.</p>`);
    }
    out.push('</section>');
    return out.join('\n');
}
function comparisonSection(c) {
    const out = [`<section id="comparison"><h2>Comparison: <span class="${c.passed === false ? 'fail' : 'pass'}">${h(c.verdict)}</span></h2>`];
    out.push(`<p>${h(c.policy)} · ${Math.round(c.confidence * 100)}% confidence · ${h(c.correction)} · ${h(c.pairing)}</p>`);
    const gated = c.gates.filter((g) => g.delta !== null);
    if (gated.length) {
        out.push(intervalChart('deltas', 'Δ candidate − baseline (orange: allowed margin)', gated.map((g) => ({ label: `${g.metric}${g.slice ? ` ${g.slice.column}=${g.slice.value}` : ''}`, value: g.delta, lo: g.ci?.[0] ?? null, hi: g.ci?.[1] ?? null, margin: allowedDelta(g), failed: !g.passed })), { zero: true, xLabel: 'Δ' }));
    }
    out.push(report_table(['metric', 'rule', 'baseline', 'candidate', 'Δ', 'interval', 'adj. p', 'result', 'why'], c.gates.map((g) => [`<td><code>${h(g.metric)}</code>${g.slice ? ` ${h(g.slice.column)} = ${h(g.slice.value)}` : ''}</td>`, `<td>${h(g.rule)}</td>`, report_num(g.baseline), report_num(g.candidate), report_num(g.delta), `<td>${interval(g.ci)}</td>`, report_num(g.adjustedPValue, 2), `<td class="${g.passed ? 'pass' : 'fail'}">${g.passed ? 'pass' : 'fail'}</td>`, `<td>${h(g.reason, 400)}</td>`])));
    if (c.notes.length)
        out.push(`<ul>${c.notes.map((n) => `<li>${h(n, 400)}</li>`).join('')}</ul>`);
    out.push('</section>');
    return out.join('\n');
}
/** The whole page. */
function htmlReport(parts) {
    const sections = [];
    if (parts.comparison)
        sections.push(comparisonSection(parts.comparison));
    if (parts.sweep)
        sections.push(sweepSection(parts.sweep));
    if (parts.dataReport)
        sections.push(dataSection(parts.dataReport));
    (parts.evaluations ?? []).forEach((e, i) => sections.push(evaluationSection(e.name, e.evaluation, `evaluation-${i}`)));
    const title = parts.title ?? 'modelgate report';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${STYLE}</style></head>
<body><h1>${h(title)}</h1>
${sections.join('\n')}
<p class="muted">Written by modelgate. This page is self-contained: it loads nothing and runs no script.</p>
</body></html>
`;
}

;// CONCATENATED MODULE: ./.build/js/src/actions/html.js
/**
 * `html` input of validate-data, evaluate-model, compare-to-baseline and run: gathers the artifacts
 * and writes one page (atomically). No math here: src/report/html draws.
 */





function writeHtml(path, parts, log) {
    if (!path)
        return;
    (0,files/* writeFileAtomic */.Zf)(path, htmlReport(parts));
    log.info(`wrote HTML report ${path}`);
}
/** Reads a JSON artifact when it exists and has the expected kind; undefined otherwise. */
function artifact(path, kind) {
    if (!path || !existsSync(path))
        return undefined;
    try {
        const json = JSON.parse(readFileSync(path, 'utf8'));
        return json?.kind === kind ? json : undefined;
    }
    catch {
        return undefined;
    }
}
/** The artifacts named by a comparison's inputs (for compare-to-baseline's page). */
function comparisonParts(comparison, files) {
    const evaluations = [];
    const cand = artifact(files.candidate, 'evaluation');
    const base = artifact(files.baseline, 'evaluation');
    if (cand)
        evaluations.push({ name: `candidate (${files.candidate})`, evaluation: cand });
    if (base)
        evaluations.push({ name: `baseline (${files.baseline})`, evaluation: base });
    return { title: 'modelgate: comparison', comparison, evaluations, dataReport: artifact(files.dataReport, 'data-report'), sweep: files.sweepReport ? readSweepReport(files.sweepReport) : undefined };
}
/** One page for a pipeline run: every artifact a stage reported (its `report` output), by kind. */
function writePipelineHtml(path, base, outputs, log) {
    if (!path)
        return;
    const parts = { title: 'modelgate: pipeline', evaluations: [] };
    for (const [stage, out] of Object.entries(outputs)) {
        const file = typeof out.report === 'string' && out.report ? resolve(base, out.report) : undefined;
        parts.dataReport ??= artifact(file, 'data-report');
        parts.comparison ??= artifact(file, 'comparison');
        const ev = artifact(file, 'evaluation');
        if (ev)
            parts.evaluations.push({ name: `${stage} (${out.report})`, evaluation: ev });
    }
    writeHtml(path, parts, log);
}

;// CONCATENATED MODULE: ./.build/js/src/report/charts.js


/** The deltas against margins (the history over registered versions is report/registry-history.ts's). */
function comparisonCharts(c) {
    const out = [];
    const forest = forestChart(c.gates);
    if (forest)
        out.push('', details('Chart: each gated delta with its interval against the allowed margin', forest));
    return out;
}
/** Drift score per column, beside the drift table. */
function driftDetails(drift) {
    const chart = driftChart(drift);
    return chart ? ['', markdown_details(`Chart: drift per column (${drift.filter((d) => d.drifted).length} of ${drift.length} drifted)`, chart)] : [];
}

;// CONCATENATED MODULE: ./.build/js/src/report/data-report.js


const SHOWN_PERIODS = 36;
/** A time column's rows per period, one table row per period (the first SHOWN_PERIODS). */
function overTime(c) {
    const t = c.time;
    const label = (start) => (t.unit === 'month' ? start.slice(0, 7) : t.unit === 'year' ? start.slice(0, 4) : t.unit === 'week' ? `week of ${start}` : start);
    const top = Math.max(1, ...t.periods.map((p) => p.count));
    const rows = t.periods.slice(0, SHOWN_PERIODS).map((p) => [label(p.start), p.count.toLocaleString('en-US'), '█'.repeat(Math.round((12 * p.count) / top)) || (p.count ? '▏' : '')]);
    const more = t.periods.length > SHOWN_PERIODS ? `\n\n_first ${SHOWN_PERIODS} of ${t.periods.length} ${t.unit}s shown_` : '';
    return `**${esc(c.name)}** (${c.type}${t.zone === 'none' ? ', no time zone' : t.zone === 'mixed' ? ', some without a time zone' : ''}): ${esc(t.min)} → ${esc(t.max)}, rows per ${t.unit}\n\n${table([t.unit, 'rows', ''], rows, ['l', 'r', 'l'])}${more}`;
}
/** Clarify's pre-training measures per group: values from data, escaped. */
function biasSection(b) {
    const ci = (c) => (c ? ` [${fmt(c[0], 3)}, ${fmt(c[1], 3)}]` : '');
    const parts = b.features.map((f) => table([`${esc(f.name, 80)}`, 'rows', `share ${esc(b.positiveLabel, 20)}`, 'class imbalance CI', 'DPL (others − group)'], f.groups.slice(0, 50).map((g) => [esc(g.value, 40), String(g.rows), fmt(g.rows ? g.positives / g.rows : null, 3), `${fmt(g.classImbalance.value, 3)}${ci(g.classImbalance.ci)}`, g.positiveProportionDifference.value === null ? '–' : `${fmt(g.positiveProportionDifference.value, 3)}${ci(g.positiveProportionDifference.ci)}`]), ['l', 'r', 'r', 'r', 'r']));
    return [`#### Label bias by group (label ${esc(b.label, 60)}, positive ${esc(b.positiveLabel, 20)})`, '', ...parts.flatMap((p) => [p, '']), `<sub>${esc(b.method, 400)}; ${Math.round(b.confidence * 100)}% intervals. CI near 1: the group is rare; DPL above 0: the group gets the positive label less often than the others.</sub>`].join('\n');
}
function dataReportMarkdown(r) {
    const out = [];
    const verdict = r.passed ? '✅ **Data validation passed**' : '❌ **Data validation failed**';
    const drifted = r.drift.filter((d) => d.drifted);
    out.push(`### ${verdict}`, '', `${r.rows.toLocaleString('en-US')} rows · ${r.columns.length} columns · ${r.violations.count.toLocaleString('en-US')} violations` +
        (r.datasetDrift ? ` · ${r.datasetDrift.driftedColumns} of ${r.datasetDrift.testedColumns} columns drifted (${pct(r.datasetDrift.share, 0)}; dataset drift at ${pct(r.datasetDrift.threshold, 0)})` : '') +
        (r.shard ? ` · shard ${esc(r.shard)}` : ''));
    if (r.violations.count > 0) {
        out.push('', '#### Violations', '');
        out.push(table(['rule', 'count'], Object.entries(r.violations.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => [esc(rule), String(n)]), ['l', 'r']));
        const rows = r.violations.samples.slice(0, 20).map((s) => [s.file ? `${esc(s.file)}${s.line ? `:${s.line}` : ''}` : '–', esc(s.column ?? '–'), esc(s.rule), esc(s.message)]);
        out.push('', table(['where', 'column', 'rule', 'message'], rows));
        if (r.violations.count > rows.length)
            out.push('', `_first ${rows.length} of ${r.violations.count.toLocaleString('en-US')} shown; the report keeps ${r.violations.samples.length} samples_`);
    }
    if (r.reference) {
        out.push('', `#### Drift against ${esc(r.reference.source)} (${r.reference.kind}, ${r.reference.rows.toLocaleString('en-US')} rows)`, '');
        const sorted = [...r.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted));
        const rows = sorted.map((d) => {
            const m = d.moved[0];
            return [
                esc(d.column),
                d.drifted ? '🔴 drifted' : '🟢 stable',
                `${d.test}${d.method === 'sketch' ? ' (sketch)' : ''}`,
                fmt(d.statistic) + (d.errorBound !== undefined ? ` ±${fmt(d.errorBound, 2)}` : ''),
                d.pValue !== undefined ? fmt(d.pValue, 3) : '–',
                (d.pValue !== undefined ? 'p < ' : '≥ ') + fmt(d.threshold),
                (m ? `${esc(m.label, 40)}: ${pct(m.reference)} → ${pct(m.current)}` : '–') + (d.newValues?.length ? `; new: ${d.newValues.map((v) => esc(v, 24)).join(', ')}` : ''),
            ];
        });
        out.push(table(['column', 'verdict', 'test', 'statistic', 'p-value', 'drift when', 'moved most'], rows));
        out.push(...driftDetails(r.drift));
        if (r.timeCoverage?.length) {
            out.push('', '**Time coverage** (time columns are compared by the period they span, not tested for drift)', '');
            out.push(table(['column', 'reference', 'current', 'overlap', 'current rows in the reference period'], r.timeCoverage.map((t) => [esc(t.column), `${esc(t.reference.min)} → ${esc(t.reference.max)}`, `${esc(t.current.min)} → ${esc(t.current.max)}`, t.overlap ? `${esc(t.overlap.min)} → ${esc(t.overlap.max)}` : 'none', pct(t.currentShare)])));
        }
        if (r.driftSkipped.length)
            out.push('', r.driftSkipped.map((s) => `- ${esc(s.column)} not tested: ${esc(s.reason, 200)}`).join('\n'));
        const sd = r.schemaDrift;
        if (sd && (sd.newColumns.length || sd.missingColumns.length || sd.typeChanges.length)) {
            out.push('', '**Schema drift**', '');
            if (sd.missingColumns.length)
                out.push(`- missing columns: ${sd.missingColumns.map((c) => esc(c)).join(', ')}`);
            if (sd.newColumns.length)
                out.push(`- new columns: ${sd.newColumns.map((c) => esc(c)).join(', ')}`);
            for (const t of sd.typeChanges)
                out.push(`- ${esc(t.column)}: ${t.reference} → ${t.current}`);
        }
        if (drifted.length)
            out.push('', drifted.map((d) => `- **${esc(d.column)}**: ${esc(d.explanation, 300)}`).join('\n'));
    }
    const colRows = r.columns.map((c) => [
        esc(c.name),
        c.type,
        c.count.toLocaleString('en-US'),
        c.nulls ? `${c.nulls.toLocaleString('en-US')} (${pct(c.nulls / Math.max(1, c.count + c.nulls))})` : '0',
        `${c.distinctExact ? '' : '~'}${c.distinct.toLocaleString('en-US')}`,
        c.time ? esc(c.time.min) : fmt(c.min),
        fmt(c.quantiles?.p50),
        c.time ? esc(c.time.max) : fmt(c.max),
        fmt(c.mean),
        fmt(c.std),
        c.type === 'string' || c.type === 'boolean' ? c.topValues.slice(0, 3).map((t) => `${esc(t.value, 24)} (${t.estimated ? `${t.count - (t.error ?? 0)}–${t.count}, estimated` : t.count})`).join(', ') : '',
    ]);
    if (r.bias)
        out.push('', biasSection(r.bias));
    out.push('', markdown_details(`Column profile (${r.columns.length} columns)`, table(['column', 'type', 'count', 'nulls', 'distinct', 'min', 'median', 'max', 'mean', 'std', 'top values'], colRows)));
    const timed = r.columns.filter((c) => c.time);
    if (timed.length)
        out.push('', markdown_details(`Over time (${timed.length} date/time column${timed.length === 1 ? '' : 's'})`, timed.map(overTime).join('\n\n')));
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/js/src/actions/validate-data.js
/** validate-data adapter: inputs -> ValidateConfig -> validateData() -> outputs and summary. */









/** The `as-of` input: an ISO 8601 date or timestamp, as epoch milliseconds. */
function parseAsOf(text) {
    if (text === undefined)
        return undefined;
    const ms = (0,time/* parseTime */.pe)(text);
    if (time/* parsedKind */.qn < time/* DATE */.vH)
        throw new errors/* ConfigurationError */.j1(`input 'as-of': '${text}' is not an ISO 8601 date or timestamp (e.g. 2016-01-01 or 2016-01-01T06:00:00Z)`);
    return ms;
}
/* harmony default export */ const validate_data = (defineAction({
    name: 'validate-data',
    parse(inputs) {
        const data = inputs.paths('data');
        const merge = inputs.paths('merge');
        if (data.length === 0 && merge.length === 0)
            throw new errors/* ConfigurationError */.j1(`input 'data' is required (or 'merge' to merge profiles)`);
        if (data.length > 0 && merge.length > 0)
            throw new errors/* ConfigurationError */.j1(`inputs 'data' and 'merge' cannot be used together`);
        const drift = inputs.pathOrInline('drift');
        const inferSchema = inputs.path('infer-schema');
        const config = {
            data,
            merge,
            format: inputs.choice('format', ['csv', 'tsv', 'jsonl', 'parquet']),
            schema: inputs.path('schema'),
            inferSchema,
            reference: inputs.path('reference'),
            drift: drift === undefined ? parseDriftSettings({}, 'defaults') : parseDriftSettings(...Object.values((0,files/* readConfigInput */.nt)(drift, 'drift'))),
            profile: inputs.path('profile'),
            shard: inputs.shard('shard'),
            // Inferring a schema writes the schema alone unless a report is asked for.
            report: inputs.path('report') ?? (inferSchema ? undefined : 'data-report.json'),
            markdown: inputs.path('markdown'),
            failOn: inputs.choice('fail-on', ['any', 'violations', 'drift', 'never']) ?? 'any',
            maxSamples: inputs.number('max-samples', { min: 0, integer: true }) ?? 100,
            annotations: inputs.number('annotations', { min: 0, integer: true }) ?? 10,
            naValues: (0,scan/* parseNaValues */.vA)(inputs.list('na-values')),
            html: inputs.path('html'),
            workers: inputs.number('workers', { min: 1, max: 256, integer: true }),
            asOf: parseAsOf(inputs.string('as-of')),
            sensitive: inputs.list('sensitive'),
            label: inputs.string('label'),
            positiveLabel: inputs.string('positive-label'),
        };
        return Object.freeze(config);
    },
    async run(config, log) {
        const result = await validateData(config, log, dataReportMarkdown);
        writeHtml(config.html, { title: 'modelgate: data validation', dataReport: result.report }, log);
        return {
            passed: result.passed,
            failure: result.failure,
            outputs: {
                passed: result.passed,
                rows: result.report.rows,
                violations: result.report.violations.count,
                'drifted-columns': result.report.drift.filter((d) => d.drifted).map((d) => d.column).join(','),
                report: config.report ?? '',
            },
            summary: result.markdown,
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./.build/js/src/generated/actions-meta.js
const actions_meta_actionsMeta = {
    "run": {
        "description": "Run the stages of a modelgate.yml (validate-data, train, evaluate-model, compare-to-baseline) in one step, in order.",
        "inputs": {
            "path": {
                "description": "A modelgate.yml, or a directory holding one. Relative paths inside it are relative to its directory.",
                "required": false,
                "default": "."
            },
            "stages": {
                "description": "Run only these stages (one per line, or space or comma separated). Default: every stage in the file, in order.",
                "required": false
            },
            "github-token": {
                "description": "Token for the stages that talk to GitHub (compare-to-baseline's comment and check), unless a stage sets its own. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). Never write a token or any `${{ }}` expression into modelgate.yml: the runner does not evaluate that file.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "html": {
                "description": "Also write a self-contained HTML page (one page for the whole pipeline: the data report, every evaluation and the comparison the stages wrote) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every stage passed."
            },
            "failed-stages": {
                "description": "Comma-separated names of the stages that failed."
            },
            "outputs": {
                "description": "JSON object: stage name -> that stage's outputs."
            }
        }
    },
    "compare-to-baseline": {
        "description": "Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.",
        "inputs": {
            "mode": {
                "description": "`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.",
                "required": false,
                "default": "compare"
            },
            "candidate": {
                "description": "Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.",
                "required": false
            },
            "baseline": {
                "description": "evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate's data, else its model evaluated on the candidate's rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.",
                "required": false
            },
            "gates": {
                "description": "Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.",
                "required": false
            },
            "confidence": {
                "description": "Confidence level of the decisions; overrides the gate file. Default 0.95.",
                "required": false
            },
            "correction": {
                "description": "Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.",
                "required": false
            },
            "bootstrap": {
                "description": "Resamples of the paired bootstraps.",
                "required": false,
                "default": "2000"
            },
            "seed": {
                "description": "Seed of the paired bootstraps.",
                "required": false,
                "default": "0"
            },
            "data-report": {
                "description": "data-report.json from validate-data, shown in a collapsed section of the comment.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json of the candidate, for the training section (cache hit, params diff).",
                "required": false
            },
            "baseline-manifest": {
                "description": "train-manifest.json of the baseline, to diff params against.",
                "required": false
            },
            "sweep-report": {
                "description": "sweep.json of the sweep that chose the candidate (train's `sweep-report` output): the comment gets a collapsed leaderboard and the chosen variant's validation score beside its test score (the candidate's evaluation).",
                "required": false
            },
            "comment": {
                "description": "Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.",
                "required": false
            },
            "github-token": {
                "description": "Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the verdict, for branch protection.",
                "required": false,
                "default": "modelgate"
            },
            "out": {
                "description": "Path of comparison.json.",
                "required": false,
                "default": "comparison.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "comment-file": {
                "description": "Path of the comment markdown.",
                "required": false,
                "default": "comparison.md"
            },
            "fail-on-gate": {
                "description": "Fail the step when a gate fails.",
                "required": false,
                "default": "true"
            },
            "fail-on-publish-error": {
                "description": "Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.",
                "required": false
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when every gate passed, `false` when one failed, empty when no gates are configured."
            },
            "failed-gates": {
                "description": "Comma-separated names of the failed gates (metric, or metric[column=value])."
            },
            "comment-url": {
                "description": "URL of the PR comment, when one was posted."
            },
            "report": {
                "description": "Path of comparison.json."
            }
        }
    },
    "deploy": {
        "description": "Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.",
        "inputs": {
            "model": {
                "description": "Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).",
                "required": true
            },
            "target": {
                "description": "Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).",
                "required": true
            },
            "strategy": {
                "description": "`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).",
                "required": false,
                "default": "canary"
            },
            "steps": {
                "description": "Canary weights in percent, ascending, ending at 100.",
                "required": false,
                "default": "10,50,100"
            },
            "interval": {
                "description": "Bake time of each judged step (the observation window): a number and a unit (ms, s, m, h, d, w), e.g. `30s`, `5m`, `1h`, `1m30s`; a plain number is seconds; at most 24h.",
                "required": false,
                "default": "30s"
            },
            "max-interval": {
                "description": "Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.",
                "required": false
            },
            "warmup": {
                "description": "How long the candidate takes traffic, unjudged, before its first judged window (the first canary step, the blue-green bake, the shadow window): a freshly loaded model answers its first requests slower than a warm stable does, and a short window would count that against it (Spinnaker calls this the warm-up before analysis). Once per rollout. Default: 0.",
                "required": false
            },
            "termination-wait": {
                "description": "blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.",
                "required": false
            },
            "min-samples": {
                "description": "Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).",
                "required": false,
                "default": "200"
            },
            "judge": {
                "description": "Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).",
                "required": false
            },
            "environment": {
                "description": "GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).",
                "required": false
            },
            "admin-token": {
                "description": "Bearer token of the modelgate server admin API. Masked in logs.",
                "required": false
            },
            "github-token": {
                "description": "Token for GitHub Deployments (used only with `environment`).",
                "required": false,
                "default": "${{ github.token }}"
            },
            "report": {
                "description": "Path of deployment.json.",
                "required": false,
                "default": "deployment.json"
            },
            "prometheus-url": {
                "description": "kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.",
                "required": false
            },
            "kserve-service": {
                "description": "kserve: the InferenceService as namespace/name.",
                "required": false
            },
            "kserve-runtime": {
                "description": "kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).",
                "required": false
            }
        },
        "outputs": {
            "decision": {
                "description": "`promoted`, `rolled-back`, `no-data` (traffic stays on stable), or `passed` (a shadow rollout that the judge passed; traffic never moved)."
            },
            "report": {
                "description": "Path of deployment.json."
            }
        }
    },
    "evaluate-model": {
        "description": "Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.",
        "inputs": {
            "model": {
                "description": "Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).",
                "required": false
            },
            "data": {
                "description": "Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "label": {
                "description": "Required (unless `merge`): the column holding the true label (or target value).",
                "required": false
            },
            "task": {
                "description": "`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.",
                "required": false
            },
            "features": {
                "description": "Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore`, `slice-by` and `sensitive`. Models with one input per column take their columns by name.",
                "required": false
            },
            "ignore": {
                "description": "Columns never fed to the model (ids, timestamps), one per line.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model's imputer fills it). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "positive-label": {
                "description": "The positive class of a binary task. Default: the second class in sorted order (scikit-learn's classes_[1]), e.g. 1.",
                "required": false
            },
            "threshold": {
                "description": "Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.",
                "required": false,
                "default": "0.5"
            },
            "score-type": {
                "description": "For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).",
                "required": false,
                "default": "auto"
            },
            "slice-by": {
                "description": "Columns to compute metrics per value of, one per line.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns for the fairness audit (binary tasks), one per line; `a*b` audits the intersection of two columns. Per group: selection rate, true and false positive rates, precision and accuracy with intervals; across groups: fairlearn's demographic parity, equalized odds and equal opportunity measures and the disparate impact ratio (four-fifths rule), with bootstrap intervals. A sensitive column is read from the data and never fed to the model.",
                "required": false
            },
            "min-slice-rows": {
                "description": "Slices with fewer rows are not reported on their own; their values are pooled into \"(other)\".",
                "required": false,
                "default": "30"
            },
            "confidence": {
                "description": "Confidence level of every interval.",
                "required": false,
                "default": "0.95"
            },
            "bootstrap": {
                "description": "Resamples for bootstrap intervals.",
                "required": false,
                "default": "1000"
            },
            "seed": {
                "description": "Seed for the bootstrap: the same seed, data and model give the same intervals.",
                "required": false,
                "default": "0"
            },
            "batch-size": {
                "description": "Rows per onnxruntime call.",
                "required": false,
                "default": "4096"
            },
            "importance": {
                "description": "Compute permutation feature importance (scikit-learn's `permutation_importance`) on a sample of the rows: `true` or `false`.",
                "required": false,
                "default": "false"
            },
            "importance-repeats": {
                "description": "Shuffles per feature for `importance`; each gives one decrease, the interval comes from their spread.",
                "required": false,
                "default": "5"
            },
            "importance-max-rows": {
                "description": "Rows sampled (uniformly, seeded) for `importance`; its cost is (1 + features x repeats) predictions of these rows.",
                "required": false,
                "default": "10000"
            },
            "importance-metric": {
                "description": "Score whose decrease `importance` measures: `accuracy`, `roc_auc`, `log_loss` (classification), `r2`, `mae`, `rmse` (regression). Default: accuracy for classifiers, r2 for regression (scikit-learn's estimator.score).",
                "required": false
            },
            "shard": {
                "description": "Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.",
                "required": false
            },
            "merge": {
                "description": "evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.",
                "required": false
            },
            "out": {
                "description": "Path of evaluation.json.",
                "required": false,
                "default": "evaluation.json"
            },
            "html": {
                "description": "Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "predictions": {
                "description": "Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.",
                "required": false
            },
            "split-by": {
                "description": "A time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP): evaluate only the rows at or after `split-at`, the rows after those the model was trained on (train takes the same two inputs). Never fed to the model. The span evaluated is written to evaluation.json (`timeRange`).",
                "required": false
            },
            "split-at": {
                "description": "With `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC).",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "workers": {
                "description": "Worker threads for the pass over one CSV/TSV file, each with its own onnxruntime session of cores / workers intra-op threads (evaluation.json is the same for any number apart from latency; predictions.csv the same bytes). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "task": {
                "description": "The task evaluated: binary, multiclass or regression."
            },
            "rows": {
                "description": "Rows evaluated."
            },
            "accuracy": {
                "description": "Accuracy (classification)."
            },
            "roc-auc": {
                "description": "ROC AUC (binary)."
            },
            "f1": {
                "description": "F1 of the positive class (binary)."
            },
            "macro-f1": {
                "description": "Macro-averaged F1 (multiclass)."
            },
            "log-loss": {
                "description": "Log loss (classification)."
            },
            "rmse": {
                "description": "Root mean squared error (regression)."
            },
            "mae": {
                "description": "Mean absolute error (regression)."
            },
            "r2": {
                "description": "Coefficient of determination (regression)."
            },
            "report": {
                "description": "Path of evaluation.json."
            },
            "predictions": {
                "description": "Path of the predictions file."
            },
            "roc_auc": {
                "description": "Deprecated alias of `roc-auc` (same value), kept until v2."
            },
            "macro_f1": {
                "description": "Deprecated alias of `macro-f1` (same value), kept until v2."
            },
            "log_loss": {
                "description": "Deprecated alias of `log-loss` (same value), kept until v2."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "monitor": {
        "description": "Test a window of production data (capture files of modelgate serve, or any dataset) against what the registry stores for a model version: feature drift against its training profile, prediction drift, data quality against its schema, and with labels, decay of its real metrics. Finds none, warn or act, and appends the result to the version's history.",
        "inputs": {
            "data": {
                "description": "Production data: files or globs (space or newline separated), CSV, TSV, JSON Lines or Parquet; e.g. the capture files of `modelgate serve` (`capture/*.jsonl`). In capture files, shadow answers are left out.",
                "required": true
            },
            "format": {
                "description": "Data format when the extension does not tell: csv, tsv, jsonl or parquet.",
                "required": false
            },
            "model": {
                "description": "Registry reference of the version to monitor, usually an alias: `oci-layout://registry/churn:production` or `oci://ghcr.io/<owner>/<repo>/churn:production`. It must hold the training profile (register's `profile`).",
                "required": true
            },
            "labels": {
                "description": "Labels that arrived later: a file (CSV, JSON Lines, Parquet) with `request_id` and the true label (a column named as the model's label, or `label`). Joined to the recorded predictions to measure and test decay; the model is not run again.",
                "required": false
            },
            "window": {
                "description": "Keep the rows whose time is within this of the newest row (or of `as-of`): `7d`, `12h`, `30m`, `2w`, `1d12h` (at least a minute). Default: every row.",
                "required": false
            },
            "time-column": {
                "description": "The column with each row's time: ISO 8601 (UTC unless it has an offset) or Unix seconds. Default: `timestamp` when the data has it (capture files do).",
                "required": false
            },
            "as-of": {
                "description": "End of the window, an ISO 8601 time. Default: the newest row's time.",
                "required": false
            },
            "thresholds": {
                "description": "What counts: a file (YAML or JSON) or inline YAML with alpha (0.05), top-features (3), warn-drifted-features (1), act-drifted-share (0.5), prediction-drift (act), quality (warn), min-labelled-rows (30), metrics (all with a test), drift (validate-data's drift settings).",
                "required": false
            },
            "report": {
                "description": "Path of monitor-report.json.",
                "required": false,
                "default": "monitor-report.json"
            },
            "fail-on": {
                "description": "Fail the step (exit 1) on this finding or a worse one: `act`, `warn`, or `never` (the finding is an output either way).",
                "required": false,
                "default": "never"
            },
            "record": {
                "description": "Append the result to the version's history in the registry (`modelgate registry history` shows it).",
                "required": false,
                "default": "true"
            },
            "username": {
                "description": "Registry username (with `password`).",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token`; `packages: write` to record the history, `packages: read` with `record: false`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "finding": {
                "description": "`none`, `warn` or `act` (see the README's Monitor section for what each means)."
            },
            "drifted-columns": {
                "description": "The drifted features, as a JSON array of names (`[]` when none)."
            },
            "report": {
                "description": "Path of monitor-report.json."
            }
        }
    },
    "register": {
        "description": "Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.",
        "inputs": {
            "registry": {
                "description": "Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model's `name` is appended.",
                "required": false,
                "default": "oci-layout://registry"
            },
            "name": {
                "description": "The model's name: lowercase letters, digits and . _ - (the last segment of its repository).",
                "required": true
            },
            "model": {
                "description": "The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.",
                "required": true
            },
            "evaluation": {
                "description": "evaluation.json of this model; its metrics and data digest go into the version's config and model card.",
                "required": false
            },
            "train-manifest": {
                "description": "train-manifest.json: cache key, params and commit are recorded as lineage.",
                "required": false
            },
            "data-report": {
                "description": "data-report.json of the training data, stored with the version.",
                "required": false
            },
            "profile": {
                "description": "profile.json of the training data, stored with the version (what `monitor` tests production data against).",
                "required": false
            },
            "schema": {
                "description": "The data schema validate-data checked the training data with (YAML or JSON), stored with the version (what `monitor` checks the quality of production rows against).",
                "required": false
            },
            "alias": {
                "description": "Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.",
                "required": false
            },
            "status": {
                "description": "Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.",
                "required": false
            },
            "card": {
                "description": "Intended use for the model card: markdown text, or a path to a markdown file.",
                "required": false
            },
            "username": {
                "description": "Registry username (with `password`). For ghcr.io any non-empty name works with a token. When none of username, password and token is given: MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN from the environment, as registry references read them.",
                "required": false
            },
            "password": {
                "description": "Registry password. Masked in logs; never stored.",
                "required": false
            },
            "token": {
                "description": "Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.",
                "required": false
            },
            "insecure": {
                "description": "Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).",
                "required": false,
                "default": "false"
            }
        },
        "outputs": {
            "version": {
                "description": "The version tag, e.g. `v3` (the existing one when these files were already registered)."
            },
            "digest": {
                "description": "The manifest digest of the version (sha256:…)."
            },
            "reference": {
                "description": "The immutable reference: `<registry>/<name>@<digest>`, usable as compare-to-baseline's `baseline` or evaluate-model's `model`."
            }
        }
    },
    "retrain": {
        "description": "Act on a monitoring finding: add the window's labelled rows to the training data (`mode: data`), then open or update one retrain pull request on a branch of its own, or one drift issue when there were no labels (`mode: publish`).",
        "inputs": {
            "mode": {
                "description": "`data`: add the window's rows to the training data file when the finding calls for a retrain (read-only job, before `train`). `publish`: open or update the retrain pull request (labelled `act`) or the drift issue (unlabelled `act`); nothing on `warn` or `none`. Publish runs no code from the repository and treats every file it reads as untrusted.",
                "required": true
            },
            "report": {
                "description": "monitor-report.json written by `monitor`: its `finding` and whether labels were tested (`decay`) decide what happens; its drifted columns and decayed metrics are shown. Required in `publish` mode; in `data` mode without it the window is added unconditionally (the workflow decided).",
                "required": false
            },
            "training-data": {
                "description": "`data` mode: the training data file (CSV, TSV or JSON Lines) that `train` reads.",
                "required": false
            },
            "out": {
                "description": "`data` mode: where the training data with the window's rows is written. Default: `training-data` itself, in place (the file the retrain pull request commits).",
                "required": false
            },
            "window": {
                "description": "`data` mode: the window's labelled rows (features and label, the training data's columns), as a CSV, TSV or JSON Lines file.",
                "required": false
            },
            "holdout": {
                "description": "`data` mode: the share of the window held out of training, its newest rows (rounded up), written to `holdout-data`: the rows on which the candidate and production are evaluated, so that neither was trained on them. 0 adds the whole window (then evaluate on other rows).",
                "required": false,
                "default": "0.5"
            },
            "holdout-data": {
                "description": "`data` mode: where the held-out rows are written (the window's format and columns). Required when `holdout` is above 0.",
                "required": false
            },
            "retrain-data": {
                "description": "`append` (the training data grows by the window) or `replace-oldest` (as many of its first rows are dropped, so its size stays). Default: `append`. In publish mode it is only named in the pull request's text.",
                "required": false
            },
            "files": {
                "description": "`publish` mode: repository paths to commit on the retrain branch (the training data or its pointer file, changed params), one per line; each is read from `source-dir`. Paths come from the workflow, never from the artifact.",
                "required": false
            },
            "source-dir": {
                "description": "`publish` mode: the folder holding the new contents of `files` (where the artifact of the monitoring job was downloaded).",
                "required": false,
                "default": "."
            },
            "report-path": {
                "description": "`publish` mode: where in the repository the monitoring report is committed on the branch (JSON; a markdown rendering goes beside it with `.md`).",
                "required": false,
                "default": "monitoring/monitor-report.json"
            },
            "branch": {
                "description": "The retrain pull request's branch. Each run rebuilds it as one commit on the base branch's head; a branch with commits modelgate did not make is never overwritten.",
                "required": false,
                "default": "modelgate/retrain"
            },
            "base": {
                "description": "The branch the pull request targets. Default: the repository's default branch. Nothing is ever committed to it.",
                "required": false
            },
            "comparison": {
                "description": "`publish` mode: comparison.json of the retrained candidate against production on the window's labelled rows (compare-to-baseline with `comment: false`); posted on the pull request as the sticky comment (from `comment-file`) and the `check-name` check on its head commit.",
                "required": false
            },
            "comment-file": {
                "description": "The comparison's markdown. Default: `comparison` with `.md` for `.json`.",
                "required": false
            },
            "labels": {
                "description": "`publish` mode: labels given to the drift issue when it is created, one per line.",
                "required": false
            },
            "github-token": {
                "description": "Token for the branch, the pull request, the issue, the comment and the check. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN). A pull request opened with the workflow's GITHUB_TOKEN starts no `pull_request` workflow: pass a GitHub App token to have the PR gate run as well.",
                "required": false,
                "default": "${{ github.token }}"
            },
            "check-name": {
                "description": "Name of the check run (or commit status) that carries the comparison's verdict on the pull request's head.",
                "required": false,
                "default": "modelgate"
            },
            "publish-timeout": {
                "description": "Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included).",
                "required": false,
                "default": "120"
            }
        },
        "outputs": {
            "next": {
                "description": "What the finding calls for: `pull-request` (labelled `act`), `issue` (unlabelled `act`) or `none` (`warn`, `none`); empty in `data` mode without a report."
            },
            "rows": {
                "description": "`data` mode: rows of the training data after the window was added."
            },
            "added": {
                "description": "`data` mode: window rows added."
            },
            "dropped": {
                "description": "`data` mode: training rows dropped (`replace-oldest`)."
            },
            "held-out": {
                "description": "`data` mode: window rows held out in `holdout-data`."
            },
            "result": {
                "description": "`publish` mode: `created`, `updated` or `unchanged` (the pull request or issue), empty when nothing was done."
            },
            "number": {
                "description": "`publish` mode: the number of the pull request or issue."
            },
            "url": {
                "description": "`publish` mode: the URL of the pull request or issue."
            }
        }
    },
    "train": {
        "description": "Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.",
        "inputs": {
            "command": {
                "description": "Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).",
                "required": false
            },
            "inputs": {
                "description": "Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.",
                "required": false
            },
            "outputs": {
                "description": "Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.",
                "required": false
            },
            "params": {
                "description": "A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.",
                "required": false
            },
            "cache": {
                "description": "Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).",
                "required": false,
                "default": "true"
            },
            "cache-key-prefix": {
                "description": "Prefix of the cache key, to keep caches of different models apart.",
                "required": false,
                "default": "modelgate-train"
            },
            "manifest": {
                "description": "Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).",
                "required": false,
                "default": "train-manifest.json"
            },
            "algorithm": {
                "description": "Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.",
                "required": false
            },
            "data": {
                "description": "Required with `algorithm`: the training data files or globs, one per line.",
                "required": false
            },
            "label": {
                "description": "Required with `algorithm`: the label column.",
                "required": false
            },
            "features": {
                "description": "Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `split-by`, leaving out time columns (dates, timestamps) and identifier-like text columns (more than half the values distinct), named in the log.",
                "required": false
            },
            "ignore": {
                "description": "Built-in trainers: columns never used as features, one per line.",
                "required": false
            },
            "na-values": {
                "description": "Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.",
                "required": false
            },
            "model": {
                "description": "Built-in trainers: path of the .onnx model to write.",
                "required": false,
                "default": "model.onnx"
            },
            "seed": {
                "description": "Built-in trainers: seed. The same data and seed give a byte-identical model file.",
                "required": false,
                "default": "0"
            },
            "max-categories": {
                "description": "Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.",
                "required": false,
                "default": "1000"
            },
            "split-by": {
                "description": "Built-in trainers: a time column (ISO 8601 text, or a Parquet DATE/TIMESTAMP) to split on: only the rows before `split-at` are trained on. Never a feature. The training rows' span goes into the manifest, for compare-to-baseline's leakage check.",
                "required": false
            },
            "split-at": {
                "description": "Built-in trainers, with `split-by`: the cut-off, an ISO 8601 date or timestamp (a date is its start, 00:00 UTC). evaluate-model takes the same two inputs and keeps the rows at or after it.",
                "required": false
            },
            "experiments": {
                "description": "Where this run is recorded for `modelgate exp show` and `exp diff`: a folder (one JSON file per run), `oci://<host>/<repository>` (one small tagged artifact per run, credentials from MODELGATE_REGISTRY_USERNAME with _PASSWORD or _TOKEN), or `false` for no record.",
                "required": false,
                "default": ".modelgate/runs"
            },
            "l2": {
                "description": "Built-in trainers: L2 penalty strength; logistic-regression: 1/C of scikit-learn's LogisticRegression, linear-regression: Ridge's alpha. 0 means no penalty.",
                "required": false,
                "default": "1"
            },
            "sweep": {
                "description": "A hyperparameter sweep (a file or inline YAML, schema sweep.schema.json): a grid or a seeded random sample over train inputs (`l2`, `seed`, ...) with a budget; each variant is trained through the cache and scored on the `validation` split, and the best one becomes `model`.",
                "required": false
            },
            "sweep-step": {
                "description": "With `sweep`: `all` (plan, train every variant in parallel up to the cores, collect), `plan` (only write the variants as the `sweep-matrix` output for a job matrix), `variant` (train and score the one variant `sweep-variant`), or `collect` (choose among the variants' results and restore the winner from the cache).",
                "required": false,
                "default": "all"
            },
            "sweep-variant": {
                "description": "With `sweep-step: variant`: the variant to train, a name from the `sweep-matrix` output (e.g. `v03`).",
                "required": false
            },
            "sweep-results": {
                "description": "With `sweep-step: collect`: globs of the variants' result.json files (downloaded artifacts of the matrix jobs), one per line. Default: the sweep folder's `*/result.json`.",
                "required": false
            }
        },
        "outputs": {
            "cache-hit": {
                "description": "`true` when the outputs were restored from the cache and nothing was trained."
            },
            "model": {
                "description": "Path of the model, relative to the working directory (built-in trainers: `model`; command mode: the first of `outputs`)."
            },
            "manifest": {
                "description": "Path of train-manifest.json, relative to the working directory like `model`."
            },
            "duration-seconds": {
                "description": "Seconds spent training, to 0.1 s (0 on a cache hit)."
            },
            "sweep-matrix": {
                "description": "With `sweep`: the variants as a job matrix, `{\"include\":[{\"variant\":\"v01\",\"l2\":\"0.1\"},...]}`, for `fromJSON` in `strategy.matrix`."
            },
            "sweep-report": {
                "description": "With `sweep` (`all` or `collect`): path of sweep.json, the variants' validation scores and the chosen one."
            },
            "sweep-winner": {
                "description": "With `sweep` (`all` or `collect`): the chosen variant."
            },
            "run-id": {
                "description": "The id of the experiment run recorded (empty when none was)."
            }
        }
    },
    "validate-data": {
        "description": "Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.",
        "inputs": {
            "data": {
                "description": "Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.",
                "required": false
            },
            "format": {
                "description": "Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.",
                "required": false
            },
            "schema": {
                "description": "Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.",
                "required": false
            },
            "infer-schema": {
                "description": "Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.",
                "required": false
            },
            "reference": {
                "description": "Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.",
                "required": false
            },
            "drift": {
                "description": "Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.",
                "required": false
            },
            "na-values": {
                "description": "CSV/TSV cells that mean a missing value (a list input). Default: pandas' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.",
                "required": false
            },
            "as-of": {
                "description": "The time `freshness` and `not-future` rules are judged at: an ISO 8601 date or timestamp (a date is its start, 00:00 UTC; a timestamp without a zone is UTC). Default: the time of the run.",
                "required": false
            },
            "profile": {
                "description": "Write the profile of `data` (mergeable sketches) to this path.",
                "required": false
            },
            "merge": {
                "description": "Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.",
                "required": false
            },
            "shard": {
                "description": "Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.",
                "required": false
            },
            "report": {
                "description": "Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.",
                "required": false
            },
            "markdown": {
                "description": "Also write the report as a markdown section to this path (for a PR comment).",
                "required": false
            },
            "html": {
                "description": "Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.",
                "required": false
            },
            "sensitive": {
                "description": "Sensitive columns (one per line; `a*b` for the intersection of two) whose groups' labels are compared before any model: SageMaker Clarify's class imbalance and difference in positive proportions per group, with 95% intervals. Needs `label`. Reported, never failing the run.",
                "required": false
            },
            "label": {
                "description": "The label column, for `sensitive`.",
                "required": false
            },
            "positive-label": {
                "description": "The positive label for `sensitive`. Default: 1 for 0/1 labels, else the second of two labels in sorted order.",
                "required": false
            },
            "fail-on": {
                "description": "What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.",
                "required": false,
                "default": "any"
            },
            "max-samples": {
                "description": "How many violations to keep as samples in the report (all are counted).",
                "required": false,
                "default": "100"
            },
            "annotations": {
                "description": "How many violations become annotations on the data file lines in the pull request.",
                "required": false,
                "default": "10"
            },
            "workers": {
                "description": "Worker threads for the pass over one large CSV/TSV or Parquet file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).",
                "required": false
            }
        },
        "outputs": {
            "passed": {
                "description": "`true` when nothing that `fail-on` names was found."
            },
            "rows": {
                "description": "Rows read."
            },
            "violations": {
                "description": "Number of violations found."
            },
            "drifted-columns": {
                "description": "Comma-separated names of the columns that drifted."
            },
            "report": {
                "description": "Path of data-report.json (empty when none was written)."
            }
        }
    }
};

;// CONCATENATED MODULE: ./.build/js/src/lib/paths.js
/**
 * The path policy, for every action and every way of running it (one check, applied by `Inputs`):
 *
 * - Paths that come from the repository (action inputs in a workflow, the keys of modelgate.yml)
 *   must resolve inside the workspace, or inside the runner's temporary directory (RUNNER_TEMP).
 *   A pull request can edit both, and `data: ../../../etc/passwd` would otherwise copy a runner
 *   file into a report, or `report: ../../x.json` write over one.
 * - The workspace is GITHUB_WORKSPACE in Actions; for `modelgate run <dir>` it is the current
 *   directory when the file is inside it, else the file's own directory.
 * - Flags typed on the command line (`modelgate validate-data --data ~/x.csv`) are the user's own
 *   and are not confined.
 *
 * The check is lexical (`..` segments are resolved, symbolic links are not followed).
 */


/** True when `path` (resolved against `base`) is `dir` or below it. */
function isInside(path, dir, base = process.cwd()) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(base, path));
    return !(rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel));
}
/** The path unchanged when the policy allows it; a ConfigurationError naming the input (`label`) otherwise. */
function confine(label, value, policy) {
    if (!policy)
        return value;
    if (policy.roots.some((r) => isInside(value, r)))
        return value;
    throw new errors/* ConfigurationError */.j1(`${label}: '${value}' is outside ${policy.what} (${policy.roots[0]}); paths from a workflow or modelgate.yml must stay inside it (see "Paths" in the README)`);
}
/** The policy of an action step: GITHUB_WORKSPACE and RUNNER_TEMP, when the runner set them. */
function actionsPathPolicy(env = process.env) {
    if (!env.GITHUB_WORKSPACE)
        return undefined;
    return { roots: [env.GITHUB_WORKSPACE, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: 'the workspace' };
}
/** The policy of a modelgate.yml run: its workspace (see above), plus RUNNER_TEMP in Actions. */
function pipelinePathPolicy(file, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = resolve(file, '..');
    const root = isInside(dir, workspace) ? resolve(workspace) : dir;
    return { roots: [root, ...(env.GITHUB_WORKSPACE && env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])], what: root === dir ? 'the directory of the modelgate.yml' : 'the workspace' };
}

;// CONCATENATED MODULE: ./.build/js/src/lib/inputs.js
/**
 * Strict input parsing, shared by the action adapters, the CLI and modelgate.yml: the one place
 * inputs are read. An `InputSource` yields the raw value of an input (action input, CLI flag or
 * modelgate.yml key, same name): a string, a list of items (a YAML list, a repeated flag), or
 * undefined. `Inputs` turns it into typed values, throwing a ConfigurationError that names the
 * input on anything it cannot parse.
 *
 * Two rules hold for every value, whatever its source:
 * - An unevaluated expression (`${{ ... }}`) is never used: expressions are the runner's to
 *   evaluate, so one that reaches us (a default copied from action.yml, a modelgate.yml key) is an
 *   error, never a value sent anywhere.
 * - Paths follow one policy (src/lib/paths.ts), when the source comes with one.
 */




const EXPRESSION = /\$\{\{/;
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    label(name) {
        return this.source.label?.(name) ?? `input '${name}'`;
    }
    rawChecked(name) {
        const v = this.source.raw(name);
        const items = typeof v === 'string' ? [v] : (v ?? []);
        if (items.some((s) => EXPRESSION.test(s))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} holds an unevaluated expression ('\${{ ... }}'); expressions are evaluated only in a workflow's 'with:' (the runner does it), never in modelgate.yml or on the command line${name === 'github-token' ? ': set GITHUB_TOKEN or pass the token itself' : ''}`);
        }
        return v;
    }
    string(name) {
        const raw = this.rawChecked(name);
        if (raw !== undefined && typeof raw !== 'string') {
            const items = raw.map((s) => s.trim()).filter(Boolean);
            if (items.length > 1)
                throw new errors/* ConfigurationError */.j1(`${this.label(name)} takes one value, got a list of ${items.length}`);
            return items[0];
        }
        const v = raw?.trim();
        return v === undefined || v === '' ? undefined : v;
    }
    required(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} is required`);
        return v;
    }
    /** YAML 1.2 core booleans only, like core.getBooleanInput: "yes" is an error, not false. */
    boolean(name, fallback) {
        const v = this.string(name);
        if (v === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(v))
            return true;
        if (['false', 'False', 'FALSE'].includes(v))
            return false;
        throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be true or false, got '${v}'`);
    }
    number(name, opts = {}) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const n = Number(v);
        const kind = opts.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be ${kind}, got '${v}'`);
        }
        if (opts.min !== undefined && n < opts.min)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be >= ${opts.min}, got ${v}`);
        if (opts.max !== undefined && n > opts.max)
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be <= ${opts.max}, got ${v}`);
        return n;
    }
    choice(name, options) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        if (!options.includes(v)) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be one of ${options.join(', ')}; got '${v}'`);
        }
        return v;
    }
    /**
     * A list input, by the convention of actions/cache's `path`: a value with line breaks is one
     * item per line, each kept whole (spaces, commas and parentheses included; lines are trimmed,
     * empty lines skipped). A YAML list in modelgate.yml and a repeated or multi-valued CLI flag are
     * one item per element, also whole. Only a value on a single line is split, at commas and
     * whitespace (`a,b` or `a b`), as it always was.
     */
    list(name) {
        const raw = this.rawChecked(name);
        if (raw === undefined)
            return [];
        if (typeof raw !== 'string')
            return raw.map((s) => s.trim()).filter(Boolean);
        if (/[\r\n]/.test(raw.trim()) || /\n\s*$/.test(raw))
            return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
        return raw.split(/[\s,]+/).filter(Boolean);
    }
    /** A path (file or glob), checked against the source's path policy. */
    path(name) {
        const v = this.string(name);
        return v === undefined ? undefined : confine(this.label(name), v, this.source.paths);
    }
    /** A list of paths or globs (list rules above), each checked against the path policy. */
    paths(name) {
        return this.list(name).map((v) => confine(this.label(name), v, this.source.paths));
    }
    /** A file path or inline YAML (gates, drift settings): the path policy applies to a path. */
    pathOrInline(name) {
        const v = this.string(name);
        return v === undefined || (0,files/* looksInline */.MY)(v) ? v : confine(this.label(name), v, this.source.paths);
    }
    /** `i/n` with 0 <= i < n. */
    shard(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        const m = /^(\d+)\/(\d+)$/.exec(v);
        const index = m ? Number(m[1]) : NaN;
        const count = m ? Number(m[2]) : NaN;
        if (!m || count < 1 || index >= count) {
            throw new errors/* ConfigurationError */.j1(`${this.label(name)} must be i/n with 0 <= i < n (e.g. 0/4), got '${v}'`);
        }
        return { index, count };
    }
}
/**
 * The defaults an action declares in action.yml, for the sources the runner does not fill (CLI,
 * modelgate.yml). A default that is an expression (`${{ github.token }}`) is the runner's to
 * evaluate and is left out: `fallbacks` supply its value from the environment instead.
 */
function defaultsOf(action) {
    const meta = actionsMeta[action];
    if (!meta)
        return {};
    return Object.fromEntries(Object.entries(meta.inputs).map(([k, v]) => [k, v.default !== undefined && EXPRESSION.test(v.default) ? undefined : v.default]));
}
/** How help text shows an input's default: an expression is shown as where the CLI takes it from. */
function defaultForHelp(action, name) {
    const d = actionsMeta[action]?.inputs[name]?.default;
    if (d === undefined || !EXPRESSION.test(d))
        return d;
    return name === 'github-token' ? '$GITHUB_TOKEN' : undefined;
}
/**
 * What the runner would have put in place of an expression default, read from the environment
 * where a `run:` step has it: the token is GITHUB_TOKEN (or GH_TOKEN, as gh reads it).
 */
function environmentFallbacks(env = process.env) {
    return { 'github-token': env.GITHUB_TOKEN || env.GH_TOKEN || undefined };
}
/** An InputSource over a plain map, with defaults (from `defaultsOf`) filled in for absent names. */
function mapSource(values, defaults = {}, extra = {}) {
    return { raw: (name) => values[name] ?? defaults[name], ...extra };
}

// EXTERNAL MODULE: ./.build/js/src/lib/logger.js
var logger = __webpack_require__(485);
;// CONCATENATED MODULE: ./.build/js/src/lib/progress.js
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
function fmtSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    if (s < 60)
        return `${Math.ceil(s)} s`;
    const m = Math.floor(s / 60);
    return `${m} min ${Math.ceil(s - 60 * m)} s`;
}
/** The text of one progress line. */
function progressText(label, bytesDone, bytesTotal, rows, elapsedMs) {
    const mbps = elapsedMs > 0 ? bytesDone / 1e6 / (elapsedMs / 1000) : 0;
    const left = bytesDone > 0 ? ((bytesTotal - bytesDone) * elapsedMs) / bytesDone / 1000 : Infinity;
    const pct = bytesTotal > 0 ? (100 * bytesDone) / bytesTotal : 0;
    return `${label}: ${fmtInt(rows)} rows, ${pct.toFixed(0)}%, ${mbps.toFixed(0)} MB/s, ETA ${fmtSeconds(left)}`;
}
function progress(o) {
    const now = o.now ?? (() => Date.now());
    const start = now();
    const every = o.tty ? 200 : (o.everyMs ?? 5000);
    const after = o.afterMs ?? 2000;
    let last = -Infinity;
    let shown = false;
    return {
        update(done, total, rows) {
            const t = now();
            if (t - start < after || t - last < every)
                return;
            last = t;
            const text = progressText(o.label, done, total, rows, t - start);
            if (o.tty)
                o.write(`\r${text}\u001b[K`);
            else
                o.write(`${text}\n`);
            shown = true;
        },
        end() {
            if (shown && o.tty)
                o.write('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/summary.js
/**
 * The job summary, capped: GitHub keeps at most 1 MiB of summary per step and drops a larger one
 * whole. A summary over the cap is cut at the last section boundary (a heading or a top-level
 * `<details>`) that fits, and a note says where the full report is.
 */
const SUMMARY_LIMIT = 1024 * 1024;
/** Room kept for the note and anything the runner adds. */
const MARGIN = 4 * 1024;
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function capSummary(markdown, report, limit = SUMMARY_LIMIT) {
    if (bytes(markdown) <= limit)
        return { text: markdown, cut: false };
    const budget = limit - MARGIN;
    const lines = markdown.split('\n');
    let size = 0;
    let lastBoundary = 0; // lines[0 .. lastBoundary) fit and end before a section start
    let fitted = 0;
    let inFence = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^(```|~~~)/.test(line))
            inFence = !inFence;
        if (!inFence && i > 0 && /^(#{1,6} |<details)/.test(line))
            lastBoundary = i;
        size += bytes(line) + 1;
        if (size > budget)
            break;
        fitted = i + 1;
    }
    // No section boundary fits: cut at a line (a table row or a paragraph is still whole).
    const keep = lastBoundary > 0 ? lastBoundary : Math.max(fitted, 0);
    let text = lines.slice(0, keep).join('\n');
    // A single line longer than the budget is cut at a character.
    if (bytes(text) > budget)
        text = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '');
    const where = report ? `the full report is \`${report.replace(/`/g, '')}\` (keep it with actions/upload-artifact)` : 'the full report is in the step log and the report file';
    const note = `\n\n> [!NOTE]\n> This summary was cut at ${Math.round(bytes(text) / 1024)} KiB: GitHub keeps at most 1 MiB per step. ${where[0].toUpperCase()}${where.slice(1)}.\n`;
    return { text: text + note, cut: true };
}

;// CONCATENATED MODULE: ./.build/js/src/actions/runtime.js
/**
 * The GitHub Actions adapter: the only place @actions/core is called. `runAction()` is the single
 * error path (codeql's runWrapper): user errors become one-line `core.setFailed` messages, bugs keep
 * their stack, and a failed check fails the step after the outputs and summary are written.
 *
 * Order of a step: parse the inputs -> run -> set the outputs -> write the summary -> publish (PR
 * comment, check run). Publishing comes last so that a GitHub outage or a hanging API can never
 * hide the verdict from later steps; the summary write is guarded and capped (src/actions/summary.ts)
 * and never changes the verdict.
 */







/**
 * A logger over @actions/core whose groups are one level deep, as the runner folds them: a group
 * opened inside another becomes a plain line in the outer one.
 */
function actionsLogger() {
    let depth = 0;
    return {
        // core.info writes the text as it is (warning, error, debug and groups escape theirs): a line
        // of untrusted data must not become a workflow command.
        info: (m) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(m)),
        // The runner's log is not a terminal: a plain line every few seconds.
        progress: (label) => progress({ label, tty: false, write: (t) => core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(t.trimEnd())) }),
        warning: (m, a) => core/* warning */.$e(m, a),
        error: (m, a) => core/* error */.z3(m, a),
        debug: (m) => core/* debug */.Yz(m),
        group: async (name, fn) => {
            if (depth > 0) {
                core/* info */.pq((0,logger/* neutralizeCommands */.Kw)(`-- ${name}`));
                return fn();
            }
            depth++;
            try {
                return await core/* group */.Os(name, fn);
            }
            finally {
                depth--;
            }
        },
    };
}
/** The config as JSON for the debug log, with secret inputs (and any `token` field) blanked. */
function redactedConfig(config, secrets = []) {
    const hidden = new Set(['token', ...secrets, ...secrets.map((s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase()))]);
    return JSON.stringify(config, (k, v) => (hidden.has(k) && v ? '***' : v), 2);
}
/** Appends the step's summary; never throws (a summary is a courtesy, not the verdict). */
async function writeSummary(markdown, report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        const { text, cut } = capSummary(markdown, report);
        if (cut)
            core/* warning */.$e(`the job summary was cut to fit GitHub's 1 MiB limit${report ? `; the full report is ${report}` : ''}`);
        await core/* summary */.z.addRaw(text, true).write();
    }
    catch (e) {
        core/* warning */.$e(`job summary not written: ${e instanceof Error ? e.message : String(e)}`);
    }
    finally {
        core/* summary */.z.emptyBuffer();
    }
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, String(value));
}
/** Presents a result: outputs, summary, then the publish phase; returns why the step fails, if it does. */
async function presentResult(name, result, log) {
    const failures = [];
    setOutputs(result.outputs);
    if (result.summary)
        await writeSummary(result.summary, typeof result.outputs.report === 'string' ? result.outputs.report : undefined);
    if (!result.passed)
        failures.push(result.failure ?? `${name} failed`);
    if (result.publish) {
        const published = await result.publish(log);
        if (published.outputs)
            setOutputs(published.outputs);
        if (published.failure)
            failures.push(published.failure);
    }
    return failures;
}
/**
 * The raw value of an action input. The runner sets INPUT_<NAME> for every input with a default,
 * expressions evaluated. A tool that runs the action without the runner (@github/local-action)
 * leaves the variable unset and returns action.yml's default as written, `${{ github.token }}`
 * included: such an unevaluated default counts as not given (the token then comes from
 * GITHUB_TOKEN), while an expression in a variable that is set stays an error (Inputs).
 */
function actionInput(name, env = process.env, getInput = core/* getInput */.V4) {
    // Untrimmed, so that a list input's trailing line break (`features: |` with one item) survives.
    const value = getInput(name, { trimWhitespace: false }) || undefined;
    if (value !== undefined && env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] === undefined && /\$\{\{/.test(value))
        return undefined;
    return value;
}
async function runAction(def) {
    try {
        // Secret inputs are masked in every log line, whatever prints them.
        for (const name of def.secrets ?? []) {
            const value = core/* getInput */.V4(name);
            if (value)
                core/* setSecret */.Pq(value);
        }
        const inputs = new Inputs({ raw: (name) => actionInput(name), paths: actionsPathPolicy() });
        const config = def.parse(inputs);
        core/* debug */.Yz(`${def.name} config: ${redactedConfig(config, def.secrets)}`);
        const log = actionsLogger();
        const result = await def.run(config, log);
        const failures = await presentResult(def.name, result, log);
        if (failures.length)
            core/* setFailed */.C1(failures.join('; '));
    }
    catch (e) {
        if ((0,errors/* isUserError */.iU)(e))
            core/* setFailed */.C1(e.message);
        else
            core/* setFailed */.C1(e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
}

;// CONCATENATED MODULE: ./.build/js/src/main/validate-data.js
// Entry of the validate-data action: `run()` as @github/local-action and the bundle call it.


const run = () => runAction(validate_data);


/***/ })

};
