/**
 * deploy adapter: inputs -> DeployConfig and a Target -> runDeploy() -> deployment.json, job
 * summary, GitHub deployment statuses -> outputs. No statistics here: the judge is in src/deploy.
 */
import { ConfigurationError } from '../errors.js';
import { createGitHubClient, parseRepo } from '../github/client.js';
import { createDeployment, setDeploymentStatus } from '../github/deployments.js';
import { readConfigInput } from '../lib/files.js';
import { parseDuration, parseJudge, parseSteps } from '../deploy/config.js';
import { KServeTarget, kubectlCluster } from '../deploy/kserve.js';
import { PrometheusClient } from '../deploy/prometheus.js';
import { makeDeployment, writeDeployment } from '../deploy/report.js';
import { runDeploy } from '../deploy/rollout.js';
import { registryRecorder } from '../deploy/record.js';
import { registryHistory } from '../deploy/registry-history.js';
import { ServeTarget } from '../deploy/serve-target.js';
import { isRegistryReference } from '../registry/pull-input.js';
import { realClock, STRATEGIES, type DeployConfig, type Strategy, type Target } from '../deploy/types.js';
import { renderDeployment } from '../report/deployment.js';
import { githubContext } from './compare-github.js';
import { defineAction } from './types.js';

export interface DeployActionConfig extends DeployConfig {
  target: { kind: 'serve'; url: string; adminToken?: string } | { kind: 'kserve'; namespace: string; name: string; prometheusUrl: string; runtime?: string };
  report: string;
  environment?: string;
  github: { token?: string; repository?: string; sha?: string; apiUrl?: string; runUrl?: string };
}

function parseTarget(value: string, inputs: { admin?: string; prometheus?: string; service?: string; runtime?: string }, strategy: Strategy): DeployActionConfig['target'] {
  if (value === 'kserve') {
    if (strategy === 'shadow' || strategy === 'blue-green') throw new ConfigurationError(`input 'strategy': ${strategy} needs mirrored traffic, which KServe does not have; use canary or direct with target kserve`);
    const m = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?)\/([a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.exec(inputs.service ?? '');
    if (!m) throw new ConfigurationError(`input 'kserve-service' must be namespace/name (Kubernetes names) with target kserve; got '${inputs.service ?? ''}'`);
    if (!inputs.prometheus) throw new ConfigurationError(`input 'prometheus-url' is required with target kserve (the judge reads the metrics from it)`);
    return { kind: 'kserve', namespace: m[1], name: m[3], prometheusUrl: inputs.prometheus, runtime: inputs.runtime };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`input 'target' must be a modelgate server URL (http://host:port) or 'kserve'; got '${value}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigurationError(`input 'target' must be an http(s) URL or 'kserve'; got '${value}'`);
  if (url.username || url.password) throw new ConfigurationError(`input 'target' must not carry credentials; pass the token as 'admin-token'`);
  return { kind: 'serve', url: url.toString(), adminToken: inputs.admin };
}

function makeTarget(config: DeployActionConfig): Target {
  const t = config.target;
  if (t.kind === 'serve') return new ServeTarget(t.url, t.adminToken);
  return new KServeTarget({ name: t.name, namespace: t.namespace, runtime: t.runtime }, kubectlCluster(), new PrometheusClient(t.prometheusUrl), realClock);
}

function optionalDuration(value: string | undefined, input: string): number | undefined {
  return value === undefined ? undefined : parseDuration(value, input);
}


export default defineAction<DeployActionConfig>({
  name: 'deploy',
  secrets: ['admin-token', 'github-token'],
  parse(inputs) {
    const strategy = inputs.choice<Strategy>('strategy', STRATEGIES) ?? 'canary';
    const interval = parseDuration(inputs.string('interval') ?? '30s', 'interval');
    const judgeInput = inputs.string('judge');
    const minSamples = inputs.number('min-samples', { min: 1, integer: true }) ?? 200;
    const ctx = githubContext();
    const config: DeployActionConfig = {
      model: inputs.required('model'),
      strategy,
      steps: parseSteps(inputs.list('steps').length ? inputs.list('steps') : ['10', '50', '100']),
      intervalMs: interval,
      warmupMs: parseDuration(inputs.string('warmup') ?? '0', 'warmup', { allowZero: true }),
      // Defaults in milliseconds, not through the parser: 4 × a 7h interval is past the 24h an input
      // may say, and the user who gave only `interval` should not be told 'max-interval' is wrong.
      maxIntervalMs: optionalDuration(inputs.string('max-interval'), 'max-interval') ?? 4 * interval,
      terminationWaitMs: optionalDuration(inputs.string('termination-wait'), 'termination-wait') ?? interval,
      judge: parseJudge(judgeInput === undefined ? undefined : readConfigInput(judgeInput, 'judge'), minSamples, strategy === 'shadow'),
      target: parseTarget(inputs.required('target'), { admin: inputs.string('admin-token'), prometheus: inputs.string('prometheus-url'), service: inputs.string('kserve-service'), runtime: inputs.string('kserve-runtime') }, strategy),
      report: inputs.string('report') ?? 'deployment.json',
      environment: inputs.string('environment'),
      github: { token: inputs.string('github-token'), repository: ctx.repository, sha: process.env.GITHUB_SHA, apiUrl: ctx.apiUrl, runUrl: ctx.runUrl },
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    const target = makeTarget(config);
    const gh = config.environment && config.github.token && config.github.repository && config.github.sha ? config.github : undefined;
    if (config.environment && !gh) log.warning(`environment '${config.environment}': no GitHub deployment recorded (needs github-token, GITHUB_REPOSITORY and GITHUB_SHA)`);
    const client = gh ? createGitHubClient(gh.token!, { baseUrl: gh.apiUrl, log }) : undefined;
    const repo = gh ? parseRepo(gh.repository!, 'GITHUB_REPOSITORY') : undefined;
    let deploymentId: number | undefined;
    if (client && repo) {
      ({ id: deploymentId } = await createDeployment(client, {
        repo,
        ref: gh!.sha!,
        environment: config.environment!,
        description: `${config.strategy} ${config.model}`,
        payload: { model: config.model, strategy: config.strategy, target: target.kind },
      }));
      await setDeploymentStatus(client, repo, deploymentId, 'in_progress', { logUrl: gh!.runUrl, description: `${config.strategy} rollout of ${config.model}` });
    }
    let result;
    try {
      result = await log.group(`${config.strategy} rollout of ${config.model} on ${target.kind}`, () => runDeploy(config, target, realClock, log));
    } catch (e) {
      if (client && repo && deploymentId !== undefined) await setDeploymentStatus(client, repo, deploymentId, 'error', { logUrl: gh!.runUrl, description: (e as Error).message });
      throw e;
    }
    const deployment = makeDeployment(config, target, result, config.environment);
    if (deploymentId !== undefined) deployment.github = { deploymentId, environment: config.environment!, ...(gh!.runUrl ? { logUrl: gh!.runUrl } : {}) };
    writeDeployment(config.report, deployment);
    // The registry (src/deploy/record.ts): promoted moves the environment's alias and appends the
    // deployment to the version's history; rolled back / no-data marks the version rejected.
    if (isRegistryReference(config.model)) {
      try {
        await registryRecorder(registryHistory({ actor: process.env.GITHUB_ACTOR, runUrl: gh?.runUrl ?? config.github.runUrl }), config.environment).record(deployment);
      } catch (e) {
        if (client && repo && deploymentId !== undefined) await setDeploymentStatus(client, repo, deploymentId, 'error', { logUrl: gh!.runUrl, description: `${result.decision}, but not recorded in the registry: ${(e as Error).message}` });
        throw e;
      }
      log.info(`registry: ${result.decision} recorded in the history of ${config.model}${result.decision === 'promoted' && config.environment ? `; alias ${config.environment} moved to it` : ''}${result.decision === 'rolled-back' || result.decision === 'no-data' ? '; status rejected' : ''}`);
    } else log.info(`registry: ${config.model} is not a registry reference; the decision is recorded in ${config.report} only`);
    const ok = result.decision === 'promoted' || result.decision === 'passed';
    if (client && repo && deploymentId !== undefined) {
      await setDeploymentStatus(client, repo, deploymentId, ok ? 'success' : 'failure', { logUrl: gh!.runUrl, description: `${result.decision}: ${result.reason}` });
    }
    return {
      passed: ok,
      failure: ok ? undefined : `${result.decision}: ${result.reason}`,
      outputs: { decision: result.decision, report: config.report },
      summary: renderDeployment(deployment, { logUrl: gh?.runUrl }),
    };
  },
});
