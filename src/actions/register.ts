/** register adapter: inputs -> RegisterConfig -> registry/versions.register() -> outputs, summary. */
import { connectionFromEnv } from '../registry/pull-input.js';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { ConfigurationError } from '../errors.js';
import { runUrl } from '../github/event.js';
import type { Credentials } from '../registry/auth.js';
import type { CardSource, VersionInputs } from '../registry/artifact.js';
import { STATUSES, type Status } from '../registry/events.js';
import { modelReference, openBackend, type Connection, type Reference } from '../registry/reference.js';
import { checkAlias, register, type Actor } from '../registry/versions.js';
import { code, esc } from '../report/markdown.js';
import { modelCard, type CardInputs } from '../report/model-card.js';
import type { Inputs } from '../lib/inputs.js';
import { defineAction } from './types.js';

/** What a version holds (registry/artifact.ts's inputs) plus where it goes and how it is marked. */
export interface RegisterConfig extends Pick<VersionInputs, 'name' | 'model' | 'evaluation' | 'trainManifest' | 'dataReport' | 'profile' | 'schema'> {
  target: Reference;
  connection: Connection;
  aliases: string[];
  status?: Status;
  intendedUse?: string;
  actor: Actor;
  revision?: string;
  source?: string;
}

/** Credentials and transport for any registry command: `username`/`password` or `token`, `insecure`. */
export function connectionInputs(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): Connection {
  const given = { username: inputs.string('username'), password: inputs.string('password'), token: inputs.string('token') };
  // None given: the environment variables every registry reference reads.
  const credentials = given.username || given.password || given.token ? given : (connectionFromEnv(env).credentials ?? {});
  return connectionFrom(credentials, inputs.boolean('insecure', false));
}

/** The connection from the values of those inputs (an adapter that reads them itself: monitor). */
export function connectionFrom(credentials: Credentials, insecure: boolean): Connection {
  if (credentials.password && credentials.token) throw new ConfigurationError(`inputs 'password' and 'token': give one of them`);
  return { credentials, insecure };
}

/** Who is acting and from which run, from the Actions environment (or the local user). */
export function actorFromEnv(env: NodeJS.ProcessEnv = process.env): Actor & { revision?: string; source?: string } {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  let actor = env.GITHUB_ACTOR;
  if (!actor) {
    try {
      actor = userInfo().username;
    } catch {
      actor = undefined;
    }
  }
  return {
    actor,
    runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? runUrl(server, env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID) : undefined,
    revision: env.GITHUB_SHA,
    source: env.GITHUB_REPOSITORY ? `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}` : undefined,
  };
}

function cardRenderer(c: RegisterConfig): (read: CardSource) => string {
  return (read) =>
    modelCard({
      name: c.name,
      evaluation: read.evaluation as CardInputs['evaluation'],
      trainManifest: read.trainManifest as CardInputs['trainManifest'],
      files: read.config.files,
      revision: c.revision,
      source: c.source,
      intendedUse: c.intendedUse,
    });
}

export default defineAction<RegisterConfig>({
  name: 'register',
  secrets: ['password', 'token'],
  parse(inputs) {
    const name = inputs.required('name');
    const model = inputs.list('model');
    if (!model.length) throw new ConfigurationError(`input 'model' is required: the model file(s) to register`);
    const aliases = inputs.list('alias');
    for (const a of aliases) checkAlias(a);
    const card = inputs.string('card');
    const env = actorFromEnv();
    const config: RegisterConfig = {
      target: modelReference(inputs.string('registry') ?? 'oci-layout://registry', name),
      connection: connectionInputs(inputs),
      name,
      model,
      evaluation: inputs.string('evaluation'),
      trainManifest: inputs.string('train-manifest'),
      dataReport: inputs.string('data-report'),
      profile: inputs.string('profile'),
      schema: inputs.string('schema'),
      aliases,
      status: inputs.choice<Status>('status', STATUSES),
      intendedUse: card && !card.includes('\n') && existsSync(card) ? readFileSync(card, 'utf8') : card,
      actor: { actor: env.actor, runUrl: env.runUrl },
      revision: env.revision,
      source: env.source,
    };
    return Object.freeze(config);
  },
  async run(config, log) {
    const backend = openBackend(config.target, config.connection);
    const r = await log.group(`register ${config.name} in ${backend.location}`, () =>
      register(
        backend,
        {
          name: config.name,
          model: config.model,
          evaluation: config.evaluation,
          trainManifest: config.trainManifest,
          dataReport: config.dataReport,
          profile: config.profile,
          schema: config.schema,
          card: cardRenderer(config),
          aliases: config.aliases,
          status: config.status,
          revision: config.revision,
          source: config.source,
          ...config.actor,
        },
        log,
      ),
    );
    const summary = [
      `### modelgate register: ${esc(config.name)} ${r.version}`,
      '',
      `${r.created ? 'Registered' : 'Already registered (same files, same digest)'}: ${code(r.reference, 300)}`,
      '',
      `Uploaded ${r.stats.blobsUploaded} blob(s), ${r.stats.bytesUploaded} bytes; ${r.stats.blobsSkipped} already in the registry.${config.aliases.length ? ` Aliases: ${config.aliases.map((a) => code(a)).join(', ')}.` : ''}`,
      '',
    ].join('\n');
    return { passed: true, outputs: { version: r.version, digest: r.digest, reference: r.reference }, summary };
  },
});
