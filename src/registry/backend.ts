/**
 * What the versioning code needs from a place that stores OCI content: blobs, manifests, tags and
 * (optionally) a referrers API. Two implementations: an OCI image layout folder (layout.ts) and an
 * OCI distribution registry over HTTP (remote.ts). Every read verifies the digest of what it returns.
 */
import type { Descriptor } from './oci.js';

export interface BlobSource {
  digest: string;
  size: number;
  /** A file to stream from, or the bytes themselves for small blobs. */
  path?: string;
  bytes?: Uint8Array;
}

export interface StoredManifest {
  bytes: Buffer;
  digest: string;
  mediaType: string;
}

export interface PutStats {
  /** Blob bytes actually sent (0 when every blob was already there). */
  bytesUploaded: number;
  blobsUploaded: number;
  blobsSkipped: number;
  blobsMounted: number;
}

export interface Backend {
  /** `oci-layout://<dir>` or `oci://<host>/<repository>`, without tag or digest. */
  readonly location: string;
  hasBlob(digest: string): Promise<boolean>;
  /** Stores a blob unless present (HEAD first); returns the bytes sent. `mountFrom` tries a cross-repository mount first. */
  putBlob(src: BlobSource, opts?: { mountFrom?: string }): Promise<{ uploaded: number; mounted: boolean }>;
  /** A small blob in memory, digest verified. */
  getBlob(desc: Pick<Descriptor, 'digest' | 'size'>): Promise<Buffer>;
  /** A blob streamed to `path` (written under a temp name, verified, then renamed). */
  blobToFile(desc: Pick<Descriptor, 'digest' | 'size'>, path: string): Promise<void>;
  /** Stores a manifest by digest and, when given, points `tag` at it. Returns its digest. */
  putManifest(bytes: Buffer, mediaType: string, tag?: string): Promise<string>;
  /** A manifest by tag or digest, verified against its digest; undefined when absent. */
  getManifest(ref: string): Promise<StoredManifest | undefined>;
  /** Every tag (all pages). */
  listTags(): Promise<string[]>;
  /** The registry's referrers API; undefined when it has none (then the tag fallback is used). */
  referrersApi?(digest: string): Promise<Descriptor[] | undefined>;
  /** Removes tags (only where the store can: the layout folder). */
  deleteTags?(tags: string[]): Promise<void>;
  /** Deletes a manifest and the tags that point at it; false where the registry does not allow it. */
  deleteManifest?(digest: string): Promise<boolean>;
}
