// The registry behaviour against the real docker-registry (distribution 2.8) on loopback: no auth,
// htpasswd (Basic) and a token server (Bearer with the WWW-Authenticate challenge flow).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteBackend } from '../../../src/registry/remote.js';
import type { Credentials } from '../../../src/registry/auth.js';
import { memoryLogger } from '../../../src/lib/logger.js';
import { register } from '../../../src/registry/versions.js';
import { backendSuite, corruptFile } from '../../registry-suite.js';
import { modelFiles } from '../../registry-fixtures.js';
import { startRegistry, storedBlobPath, type RunningRegistry } from './docker-registry.js';

const USERS = { alice: 's3cret-pass' };

for (const mode of ['none', 'htpasswd', 'token'] as const) {
  describe(`docker-registry, auth: ${mode}`, () => {
    let reg: RunningRegistry;
    let n = 0;
    const repos = new Map<string, string>();
    const creds: Credentials | undefined = mode === 'none' ? undefined : { username: 'alice', password: USERS.alice };
    beforeAll(async () => {
      // The token registry has deletes disabled, so its writers release the lock with a `d` tag.
      reg = await startRegistry({ auth: mode === 'none' ? undefined : mode, users: USERS, deletes: mode !== 'token' });
    });
    afterAll(async () => {
      await reg?.stop();
    });
    backendSuite({
      backend(name) {
        if (!repos.has(name) || name !== 'conc') repos.set(name, `models/${name}-${n++}`);
        return new RemoteBackend(reg.host, repos.get(name)!, { credentials: creds });
      },
      corrupt(_b, digest) {
        corruptFile(storedBlobPath(reg.storage, digest));
      },
    });

    it(`releases the writer lock ${mode === 'token' ? 'with done tags (deletes disabled)' : 'by deleting its tags'}`, async () => {
      const f = modelFiles('lock-release');
      const b = new RemoteBackend(reg.host, `models/lock-${mode}`, { credentials: creds });
      await register(b, { name: 'lock', model: [f.model], aliases: ['staging'] }, memoryLogger());
      const lockTags = (await b.listTags()).filter((t) => t.startsWith('mg-lock.'));
      if (mode === 'token') {
        expect(lockTags.length).toBeGreaterThan(0);
        const ids = new Set(lockTags.map((t) => t.split('.')[1]));
        for (const id of ids) expect(lockTags).toContain(`mg-lock.${id}.d`);
      } else expect(lockTags).toEqual([]);
    });

    if (mode !== 'none') {
      it('refuses wrong credentials with one line naming the registry', async () => {
        const f = modelFiles('denied');
        const b = new RemoteBackend(reg.host, 'models/denied', { credentials: { username: 'alice', password: 'wrong' } });
        await expect(register(b, { name: 'denied', model: [f.model], aliases: [] }, memoryLogger())).rejects.toThrow(mode === 'token' ? /token service .* answered 401/ : /401/);
      });
    }
    if (mode === 'token') {
      it('asked the token service for the repository scope the challenge named', () => {
        const scopes = reg.tokenRequests.flatMap((u) => u.searchParams.getAll('scope'));
        // The scope names the repository and asks for push with pull (in either order: a retry under load may ask again).
        expect(scopes.some((s) => /^repository:models\/churn-\d+:(pull,push|push,pull)$/.test(s)), JSON.stringify(scopes)).toBe(true);
        expect(reg.tokenRequests.every((u) => u.searchParams.get('service') === 'modelgate-registry')).toBe(true);
      });
    }
  });
}
