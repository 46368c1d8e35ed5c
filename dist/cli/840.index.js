export const id = 840;
export const ids = [840];
export const modules = {

/***/ 88840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ run),
  loadPipeline: () => (/* binding */ loadPipeline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/js/src/errors.js
var errors = __webpack_require__(4522);
// EXTERNAL MODULE: ./.build/js/src/generated/actions-meta.js
var actions_meta = __webpack_require__(54900);
// EXTERNAL MODULE: ./.build/js/src/lib/files.js
var files = __webpack_require__(41938);
// EXTERNAL MODULE: ./.build/js/src/lib/inputs.js
var inputs = __webpack_require__(77064);
// EXTERNAL MODULE: ./.build/js/src/lib/paths.js
var paths = __webpack_require__(66205);
// EXTERNAL MODULE: ./.build/js/src/actions/registry.js
var registry = __webpack_require__(566);
// EXTERNAL MODULE: ./.build/js/src/actions/types.js
var types = __webpack_require__(51692);
// EXTERNAL MODULE: ./.build/js/src/actions/html.js + 2 modules
var html = __webpack_require__(56157);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./.build/js/src/generated/modelgate.schema.json
const modelgate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/modelgate.schema.json","title":"modelgate.yml","description":"The stages `modelgate run` (and the top-level action) runs in order. Generated from action.yml by scripts/build.mjs: do not edit.","type":"object","required":["stages"],"properties":{"stages":{"description":"A list of { <action>: inputs } (an action may repeat), or a mapping of action -> inputs.","anyOf":[{"$ref":"#/$defs/stageList"},{"$ref":"#/$defs/stageMap"}]}},"additionalProperties":false,"$defs":{"compare-to-baseline":{"description":"Compare a candidate evaluation with the production baseline by paired statistical tests, gate the merge, and post one sticky PR comment with the metrics diff.","type":["object","null"],"properties":{"mode":{"description":"`compare` (default): compare, comment and check. `publish`: post a comparison made by a pull_request run of a fork (read from `out` and `comment-file`), from a workflow_run workflow, without running any PR code.","default":"compare","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"candidate":{"description":"Required in `compare` mode: evaluation.json of the candidate model, or a registered version holding one.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"baseline":{"description":"evaluation.json of the production model, or a registered version (`oci-layout://registry/churn:production`): its stored evaluation when it ran on the candidate\'s data, else its model evaluated on the candidate\'s rows so tests stay paired. Without it this is the first model: only absolute gates (min, max) apply.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"gates":{"description":"Gate file (YAML or JSON; schema src/schemas/gates.schema.json) or inline YAML.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"confidence":{"description":"Confidence level of the decisions; overrides the gate file. Default 0.95.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"correction":{"description":"Adjustment across gates: `holm`, `bh` or `none`; overrides the gate file. Default holm.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"bootstrap":{"description":"Resamples of the paired bootstraps.","default":"2000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Seed of the paired bootstraps.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data-report":{"description":"data-report.json from validate-data, shown in a collapsed section of the comment.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"train-manifest":{"description":"train-manifest.json of the candidate, for the training section (cache hit, params diff).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"baseline-manifest":{"description":"train-manifest.json of the baseline, to diff params against.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comment":{"description":"Post or update the sticky PR comment. Default: true in a pull_request run, false elsewhere.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"github-token":{"description":"Token for the comment, the check run and override permission checks. The default is evaluated by the runner; the CLI reads GITHUB_TOKEN (or GH_TOKEN).","default":"${{ github.token }}","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"check-name":{"description":"Name of the check run (or commit status) that carries the verdict, for branch protection.","default":"modelgate","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"out":{"description":"Path of comparison.json.","default":"comparison.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (each gated delta with its interval against the allowed margin, the gate table, and the evaluations and data report it was given) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"comment-file":{"description":"Path of the comment markdown.","default":"comparison.md","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on-gate":{"description":"Fail the step when a gate fails.","default":"true","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on-publish-error":{"description":"Fail the step when the comment or the check cannot be posted (GitHub down, too slow, refused). The verdict, outputs, summary and files are written first either way. Default: false in `compare` mode (the error is reported as an annotation and the step follows the verdict), true in `publish` mode.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"publish-timeout":{"description":"Seconds that all GitHub calls of the step may take together (each request at most 30 s of it, retries included); past it publishing stops and is reported as failed.","default":"120","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"deploy":{"description":"Roll a registered model out to a modelgate server or KServe (direct, blue-green, canary or shadow), judge candidate against stable statistically at each step, and promote or roll back; report to GitHub Deployments.","type":["object","null"],"properties":{"model":{"description":"Registry reference of the model to deploy (registry/repository:tag or @sha256:digest, or a URI).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"target":{"description":"Where to deploy: the URL of a `modelgate serve` server (its admin API), or `kserve` (an InferenceService applied with kubectl; needs `kserve-service` and `prometheus-url`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"strategy":{"description":"`direct`, `blue-green`, `canary` or `shadow`. kserve supports direct and canary (KServe cannot mirror traffic).","default":"canary","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"steps":{"description":"Canary weights in percent, ascending, ending at 100.","default":"10,50,100","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"interval":{"description":"Bake time of each judged step (the observation window): `30s`, `5m`, `1h`.","default":"30s","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-interval":{"description":"Longest a judged window may grow while it has fewer than `min-samples` requests per variant (low traffic): it is extended by `interval` at a time up to this, then the step is `no-data`. Default: 4 × `interval`; set it to `interval` for fixed windows.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"termination-wait":{"description":"blue-green: how long blue is kept after the switch while green is judged on live traffic. Default: `interval`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"min-samples":{"description":"Fewest requests per variant in a window for the judge to decide; fewer is `no-data` (never a pass).","default":"200","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"judge":{"description":"Judge file (YAML or JSON) or inline YAML: confidence (0.98), tolerance (0.25), pass (95), marginal (75), groups (weights), metrics. Default: latency and a critical error rate (and agreement for shadow).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"environment":{"description":"GitHub environment to record the rollout in as a deployment with statuses (needs `deployments: write`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"admin-token":{"description":"Bearer token of the modelgate server admin API. Masked in logs.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"github-token":{"description":"Token for GitHub Deployments (used only with `environment`).","default":"${{ github.token }}","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"Path of deployment.json.","default":"deployment.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"prometheus-url":{"description":"kserve: the Prometheus server that scrapes the modelgate metrics of the InferenceService.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"kserve-service":{"description":"kserve: the InferenceService as namespace/name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"kserve-runtime":{"description":"kserve: the ServingRuntime to serve with (default: the one KServe picks for ONNX).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["model","target"],"additionalProperties":false},"evaluate-model":{"description":"Evaluate an ONNX model on a dataset with onnxruntime: metrics with confidence intervals, slice metrics, calibration and latency, plus per-row predictions for paired comparisons.","type":["object","null"],"properties":{"model":{"description":"Required (unless `merge`): the model, an .onnx file, or a registered version (`oci-layout://registry/churn:production`, `oci://ghcr.io/o/r/churn@sha256:…`; credentials from MODELGATE_REGISTRY_USERNAME/_PASSWORD/_TOKEN).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data":{"description":"Required (unless `merge`): evaluation data files or globs (CSV, TSV, JSONL, Parquet), one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"format":{"description":"Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"label":{"description":"Required (unless `merge`): the column holding the true label (or target value).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"task":{"description":"`binary`, `multiclass` or `regression`. Default: inferred from the model outputs and the labels.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"features":{"description":"Columns that feed a single [N, F] input, in training order, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label, `ignore` and `slice-by`. Models with one input per column take their columns by name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"ignore":{"description":"Columns never fed to the model (ids, timestamps), one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"CSV/TSV cells that mean a missing value, read as train and validate-data read them (a list input): a float input gets NaN (the model\'s imputer fills it). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"positive-label":{"description":"The positive class of a binary task. Default: the second class in sorted order (scikit-learn\'s classes_[1]), e.g. 1.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"threshold":{"description":"Binary decision threshold on the positive-class probability: a row is predicted positive when its probability is >= threshold.","default":"0.5","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"score-type":{"description":"For a model whose one output is a single column: `probability`, `logit` (a sigmoid is applied) or `auto` (a Sigmoid node or values within [0, 1] mean probability).","default":"auto","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"slice-by":{"description":"Columns to compute metrics per value of, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"min-slice-rows":{"description":"Slices with fewer rows are not reported on their own; their values are pooled into \\"(other)\\".","default":"30","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"confidence":{"description":"Confidence level of every interval.","default":"0.95","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"bootstrap":{"description":"Resamples for bootstrap intervals.","default":"1000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Seed for the bootstrap: the same seed, data and model give the same intervals.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"batch-size":{"description":"Rows per onnxruntime call.","default":"4096","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"shard":{"description":"Evaluate only shard `i/n` of the rows (row index modulo n equals i); merge the shards with `merge`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"merge":{"description":"evaluation.json files of shards (one per line, globs allowed) to merge into one evaluation instead of running the model.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"out":{"description":"Path of evaluation.json.","default":"evaluation.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (metrics with intervals, ROC and precision-recall curves, the reliability diagram, the confusion matrix, per-slice metrics with intervals) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"predictions":{"description":"Path of the per-row predictions file (CSV), used by compare-to-baseline for paired tests. Default: next to `out`, named predictions.csv.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"register":{"description":"Register a model version in an OCI registry (an OCI image layout folder by default, or any distribution registry such as ghcr.io): immutable v1, v2… tags, moving aliases, the evaluation, lineage and model card stored with it, and an append-only history.","type":["object","null"],"properties":{"registry":{"description":"Where versions go: `oci-layout://<dir>` (a folder, one OCI image layout per model) or `oci://<host>/<repository>` (e.g. `oci://ghcr.io/<owner>/<repo>`). The model\'s `name` is appended.","default":"oci-layout://registry","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"name":{"description":"The model\'s name: lowercase letters, digits and . _ - (the last segment of its repository).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"model":{"description":"The model file(s) to register (space or newline separated), each stored unchanged as a layer titled with its file name.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"evaluation":{"description":"evaluation.json of this model; its metrics and data digest go into the version\'s config and model card.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"train-manifest":{"description":"train-manifest.json: cache key, params and commit are recorded as lineage.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data-report":{"description":"data-report.json of the training data, stored with the version.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"profile":{"description":"profile.json of the training data, stored with the version (what scheduled drift checks compare production traffic against).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"alias":{"description":"Aliases to point at this version (space or comma separated), e.g. `staging`. `latest` and `v<digits>` are reserved.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"status":{"description":"Approval status to record: `pending`, `approved` or `rejected`. Default: pending for a new version, unchanged for an existing one.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"card":{"description":"Intended use for the model card: markdown text, or a path to a markdown file.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"username":{"description":"Registry username (with `password`). For ghcr.io any non-empty name works with a token.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"password":{"description":"Registry password. Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"token":{"description":"Registry token, used as the password (for ghcr.io: `github.token` with `packages: write`). Masked in logs; never stored.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"insecure":{"description":"Allow plain HTTP to a registry that is not on loopback (loopback hosts always use HTTP).","default":"false","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"required":["name","model"],"additionalProperties":false},"train":{"description":"Train a model only when its data, code or params changed: run your command (or a built-in trainer that exports ONNX), cache its outputs under a digest of its inputs, and record its lineage.","type":["object","null"],"properties":{"command":{"description":"Your training command, any language, run by the shell in the workspace. Leave empty to use a built-in trainer (`algorithm`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"inputs":{"description":"Globs of the files whose content decides whether training must run: data, code, params, lockfiles (one per line). Required with `command`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"outputs":{"description":"Required with `command`: paths the command produces (model, metrics), one per line, inside the workspace: restored on a cache hit, saved on a miss.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"params":{"description":"A params file (YAML, JSON or key=value); its values are part of the cache key, recorded in the manifest and diffed in the PR comment.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"cache":{"description":"Reuse outputs of an earlier run with the same inputs (Actions cache in a workflow, a local folder outside).","default":"true","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"cache-key-prefix":{"description":"Prefix of the cache key, to keep caches of different models apart.","default":"modelgate-train","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"manifest":{"description":"Path of train-manifest.json (inputs and their digests, command, params, git commit, timings, cache hit).","default":"train-manifest.json","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"algorithm":{"description":"Built-in trainer: `logistic-regression` (binary or multinomial) or `linear-regression` (ridge), exported to ONNX with imputation, scaling and one-hot encoding inside the graph.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"data":{"description":"Required with `algorithm`: the training data files or globs, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"label":{"description":"Required with `algorithm`: the label column.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"features":{"description":"Built-in trainers: feature columns, one per line (a name may hold spaces, commas or parentheses). Default: every column but the label and `ignore`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"ignore":{"description":"Built-in trainers: columns never used as features, one per line.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"Built-in trainers: CSV/TSV cells that mean a missing value, as validate-data reads them (a list input). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...); `default, -999` extends it; `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"model":{"description":"Built-in trainers: path of the .onnx model to write.","default":"model.onnx","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"seed":{"description":"Built-in trainers: seed. The same data and seed give a byte-identical model file.","default":"0","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-categories":{"description":"Built-in trainers: the most distinct values a categorical column (or a classification label) may have; more is an error that names the column.","default":"1000","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"validate-data":{"description":"Validate a dataset against a schema, profile it in one streaming pass, and test it for drift against a reference.","type":["object","null"],"properties":{"data":{"description":"Required (unless `merge`): data files or globs, one per line (CSV, TSV, JSONL, Parquet, chosen by extension or by `format`). Several files are read as one dataset.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"format":{"description":"Force the reader: `csv`, `tsv`, `jsonl` or `parquet`. Default: from the file extension.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"schema":{"description":"Schema file (JSON or YAML): a JSON Schema (draft 2020-12) for one row, plus dataset rules under `x-dataset`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"infer-schema":{"description":"Write a schema inferred from `data` to this path: types, nullability, ranges with a margin, small category sets.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"reference":{"description":"Dataset (exact tests) or profile.json (tests on its sketches, with their error bound) to test drift against.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"drift":{"description":"Drift settings, a YAML/JSON file or inline YAML: per-column `test` and `threshold`, and `dataset-drift-share`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"na-values":{"description":"CSV/TSV cells that mean a missing value (a list input). Default: pandas\' list (`NA`, `N/A`, `n/a`, `NULL`, `null`, `NaN`, `nan`, `None`, `#N/A`, ...). `default` stands for that list (`default, -999` extends it); `none` means only empty cells.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"profile":{"description":"Write the profile of `data` (mergeable sketches) to this path.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"merge":{"description":"Profile files (one per line, globs allowed) to merge into one instead of reading `data`; the merged profile is written to `profile`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"shard":{"description":"Read only shard `i/n` of the rows (row index modulo n equals i, 0-based), for a matrix of jobs whose profiles are merged.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"report":{"description":"Path of data-report.json. Default: `data-report.json`, or no report when `infer-schema` is given without `report`.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"markdown":{"description":"Also write the report as a markdown section to this path (for a PR comment).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"html":{"description":"Also write a self-contained HTML page (column histograms, the reference overlaid on drifted columns, the drift table) to this path: inline SVG charts, no script, no network request; opens offline.","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"fail-on":{"description":"What fails the step: `any` (violations or drift), `violations`, `drift`, or `never`.","default":"any","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"max-samples":{"description":"How many violations to keep as samples in the report (all are counted).","default":"100","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"annotations":{"description":"How many violations become annotations on the data file lines in the pull request.","default":"10","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]},"workers":{"description":"Worker threads for the pass over one large CSV/TSV file (the report and profile are the same for any number). Default: the cores available (`os.availableParallelism()`).","anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":["string","number","boolean"]}},{"type":"object"}]}},"additionalProperties":false},"stage":{"description":"One stage: a mapping with one key, the action, whose value holds its inputs.","type":"object","minProperties":1,"maxProperties":1,"properties":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"register":{"$ref":"#/$defs/register"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}},"additionalProperties":false},"stageList":{"type":"array","items":{"$ref":"#/$defs/stage"}},"stageMap":{"type":"object","properties":{"compare-to-baseline":{"$ref":"#/$defs/compare-to-baseline"},"deploy":{"$ref":"#/$defs/deploy"},"evaluate-model":{"$ref":"#/$defs/evaluate-model"},"register":{"$ref":"#/$defs/register"},"train":{"$ref":"#/$defs/train"},"validate-data":{"$ref":"#/$defs/validate-data"}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./.build/js/src/lib/pipeline-schema.js
/**
 * modelgate.yml against its JSON Schema (src/generated/modelgate.schema.json, generated from
 * action.yml by the build): the first error becomes one line naming the key's path the way a
 * person writes it, `stages[2].evaluate-model.slice-by`, and what is wrong there.
 */



let validators;
function compile() {
    const ajv = new _2020.Ajv2020({ allErrors: false, strict: false });
    ajv.addSchema(modelgate_schema_namespaceObject);
    const id = modelgate_schema_namespaceObject.$id;
    // All errors at the top, so a misspelt `stages` is named rather than reported missing.
    const top = new _2020.Ajv2020({ allErrors: true }).compile({ type: 'object', required: ['stages'], properties: { stages: true }, additionalProperties: false });
    return { list: ajv.getSchema(`${id}#/$defs/stageList`), map: ajv.getSchema(`${id}#/$defs/stageMap`), top };
}
/** `/stages/2/evaluate-model/slice-by` -> `stages[2].evaluate-model.slice-by`. */
function keyPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
const ACTIONS = Object.keys(modelgate_schema_namespaceObject.$defs.stage.properties);
function describe(e, base) {
    const where = keyPath(base + e.instancePath);
    const params = e.params;
    const inputsOf = (action) => Object.keys(modelgate_schema_namespaceObject.$defs[action]?.properties ?? {});
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
        throw new errors/* ConfigurationError */.j1(`${file}: ${describe(e, base)}`);
    };
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors/* ConfigurationError */.j1(`${file}: expected a mapping with 'stages'`);
    if (!validators.top(doc))
        fail(validators.top.errors.find((e) => e.keyword === 'additionalProperties') ?? validators.top.errors[0]);
    const stages = doc.stages;
    const v = Array.isArray(stages) ? validators.list : validators.map;
    if (!v(stages))
        fail(v.errors[0], '/stages');
}

;// CONCATENATED MODULE: ./.build/js/src/actions/run.js
/**
 * `modelgate run <dir>` and the top-level action: runs the stages of modelgate.yml in order, each
 * with the same definition, input names and checks as its own action:
 *
 * ```yaml
 * stages:
 *   validate-data:
 *     data: data/weather-2015.csv
 *     schema: schema.yml
 * ```
 *
 * Each stage runs with the file's directory as working directory, so its relative paths mean what
 * they say in the file, and every path must stay inside the workspace (src/lib/paths.ts). A YAML
 * list is a list input whose items are kept whole. A stage that fails does not stop the next; the
 * run fails if any did. What a stage publishes (the PR comment) runs after every stage, once the
 * outputs and the summary are written.
 */











function scalar(v) {
    if (v !== null && typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}
function loadPipeline(path, only) {
    const file = (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory() ? (0,external_node_path_.join)(path, 'modelgate.yml') : path;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new errors/* ConfigurationError */.j1(`input 'path': no modelgate.yml at ${file}`);
    const doc = (0,files/* parseYamlOrJson */.oL)((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
    checkPipeline(doc, file);
    if (!doc || typeof doc !== 'object' || !doc.stages || typeof doc.stages !== 'object')
        throw new errors/* ConfigurationError */.j1(`${file}: expected 'stages': a list of { <action>: inputs } (or a mapping of action -> inputs)`);
    // A list runs an action more than once (e.g. evaluate-model for candidate and baseline).
    const entries = Array.isArray(doc.stages)
        ? doc.stages.map((st, i) => {
            if (!st || typeof st !== 'object' || Array.isArray(st) || Object.keys(st).length !== 1)
                throw new errors/* ConfigurationError */.j1(`${file}: stages[${i}] must be a mapping with one key, the action: { validate-data: { ... } }`);
            const [name, inputs] = Object.entries(st)[0];
            return [name, `stages[${i}].${name}`, inputs];
        })
        : Object.entries(doc.stages).map(([name, inputs]) => [name, `stages.${name}`, inputs]);
    const stages = [];
    for (const [name, at, inputs] of entries) {
        const meta = actions_meta/* actionsMeta */.d[name];
        if (!meta || name === 'run')
            throw new errors/* ConfigurationError */.j1(`${file}: ${at}: not an action; actions: ${Object.keys(registry/* commands */.P).filter((c) => c !== 'run').join(', ')}`);
        if (inputs !== null && inputs !== undefined && (typeof inputs !== 'object' || Array.isArray(inputs)))
            throw new errors/* ConfigurationError */.j1(`${file}: ${at}: expected a mapping of inputs`);
        const values = {};
        for (const [k, v] of Object.entries((inputs ?? {}))) {
            if (!(k in meta.inputs))
                throw new errors/* ConfigurationError */.j1(`${file}: ${at}: unknown input '${k}'`);
            if (v === null || v === undefined)
                continue;
            values[k] = Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map(scalar) : scalar(v);
        }
        stages.push({ name, at, values });
    }
    for (const s of only)
        if (!stages.some((st) => st.name === s))
            throw new errors/* ConfigurationError */.j1(`input 'stages': '${s}' is not a stage of ${file}`);
    return { file, stages: only.length ? stages.filter((s) => only.includes(s.name)) : stages, paths: (0,paths/* pipelinePathPolicy */.QW)((0,external_node_path_.resolve)(file)) };
}
/** Runs `fn` with `dir` as working directory. */
async function inDir(dir, fn) {
    const home = process.cwd();
    process.chdir(dir);
    try {
        return await fn();
    }
    finally {
        process.chdir(home);
    }
}
/* harmony default export */ const run = ((0,types/* defineAction */.Q)({
    name: 'run',
    secrets: ['github-token'],
    parse(inputs) {
        return Object.freeze({ ...loadPipeline(inputs.string('path') ?? '.', inputs.list('stages')), token: inputs.string('github-token'), html: inputs.path('html') });
    },
    async run(config, log) {
        const base = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(config.file));
        const outputs = {};
        const failed = [];
        const summaries = [];
        const publishes = [];
        for (const stage of config.stages) {
            const def = await registry/* commands */.P[stage.name]();
            const defaults = { ...(0,inputs/* defaultsOf */.Gf)(stage.name), ...('github-token' in actions_meta/* actionsMeta */.d[stage.name].inputs ? { 'github-token': config.token } : {}) };
            const source = (0,inputs/* mapSource */.GU)(stage.values, defaults, { paths: config.paths, label: (k) => `key '${stage.at}.${k}'` });
            // One log group per action step at most (the runner does not nest them): a stage is a line.
            log.info(`== stage ${stage.at}`);
            const parsed = await inDir(base, async () => {
                try {
                    return def.parse(new inputs/* Inputs */.G0(source));
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${e.message}`;
                    throw e;
                }
            });
            const result = await inDir(base, async () => {
                try {
                    return await def.run(parsed, log);
                }
                catch (e) {
                    if (e instanceof Error)
                        e.message = `${config.file}: ${stage.at}: ${e.message}`;
                    throw e;
                }
            });
            // A repeated action's outputs are keyed name#2, name#3, ...
            let key = stage.name;
            for (let k = 2; key in outputs; k++)
                key = `${stage.name}#${k}`;
            outputs[key] = result.outputs;
            if (result.summary)
                summaries.push(result.summary);
            if (result.publish)
                publishes.push({ key, fn: result.publish });
            if (!result.passed) {
                failed.push(stage.name);
                log.error(`stage ${stage.at}: ${result.failure ?? 'failed'}`);
            }
        }
        (0,html/* writePipelineHtml */.Zt)(config.html, base, outputs, log);
        return {
            passed: failed.length === 0,
            failure: failed.length ? `stages failed: ${failed.join(', ')}` : undefined,
            outputs: { passed: failed.length === 0, 'failed-stages': failed.join(','), outputs: JSON.stringify(outputs) },
            summary: summaries.join('\n\n'),
            publish: publishes.length
                ? async (plog) => {
                    const failures = [];
                    for (const p of publishes) {
                        const r = await inDir(base, () => p.fn(plog));
                        if (r.outputs)
                            Object.assign(outputs[p.key], r.outputs);
                        if (r.failure)
                            failures.push(`${p.key}: ${r.failure}`);
                    }
                    return { outputs: { outputs: JSON.stringify(outputs) }, failure: failures.length ? failures.join('; ') : undefined };
                }
                : undefined,
        };
    },
}));


/***/ })

};
