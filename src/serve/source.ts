/**
 * Where a served model comes from. Every load goes through `resolveModel(ref)`, which turns a
 * reference into a local ONNX file: today a path (or `file://` URL). A registry reference such as
 * `oci-layout://models:production` is resolved by a resolver registered for its scheme
 * (`registerResolver`), so the registry module can plug in without serve changing.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '../errors.js';

export interface ResolvedModel {
  /** The reference as given. */
  ref: string;
  /** A local ONNX file. */
  path: string;
  /** A version the source knows (a registry's vN); undefined for a plain file. */
  version?: string;
  /** A reference to exactly this version, when `ref` names a tag that can move (a registry's `...@sha256:<digest>`). */
  pinned?: string;
}

export type Resolver = (ref: string) => Promise<ResolvedModel>;

const resolvers = new Map<string, Resolver>();

/** Registers a resolver for `scheme://...` references (e.g. `oci-layout`, `oci`). */
export function registerResolver(scheme: string, resolver: Resolver): void {
  resolvers.set(scheme, resolver);
}

export async function resolveModel(ref: string): Promise<ResolvedModel> {
  const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(ref);
  if (m && m[1].toLowerCase() !== 'file') {
    const r = resolvers.get(m[1].toLowerCase());
    if (!r) throw new ConfigurationError(`model '${ref}': no resolver for '${m[1]}://' references; give a path to an .onnx file${resolvers.size ? ` or a ${[...resolvers.keys()].join('/')} reference` : ''}`);
    return r(ref);
  }
  const path = m ? fileURLToPath(ref) : resolve(ref);
  if (!existsSync(path) || !statSync(path).isFile()) throw new ConfigurationError(`model '${ref}': no such file`);
  return { ref, path };
}
