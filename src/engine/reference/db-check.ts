// `db check`: re-derive what a reference database stores from the fields it stores (spec §12.6).
// arch_hash from the nine stored MFI values as written, param_bucket from the stored MFI through
// the §6.2 estimate; family_hash is informational, since it depends on rope_theta's int/float
// form in the original config, which stored bundles no longer have (always float).

import { PyNumber } from "../pycompat/py-json.js";
import { archHash, familyHash, type FamilyHashFields } from "../features/metadata/hashes.js";
import { estimateParameters, paramBucket } from "../features/metadata/parameters.js";
import { parseStoredMfi, storedArchFields, storedFamilyFields } from "../features/metadata/stored-mfi.js";
import { mapLimit } from "../io/concurrency.js";
import { ownValue, type ConfigObject } from "../features/metadata/config-json.js";
import { readBundle } from "./bundle.js";
import { loadReferenceDatabase, type CatalogAsset, type ReferenceDatabase } from "./catalog.js";
import type { DatabaseFs } from "./db-fs.js";
import type { DbProblem } from "./problems.js";

/** Bundles read at once: small files, so a few in flight hide latency without many handles. */
export const DB_CHECK_CONCURRENCY = 8;

export interface Rederived {
  readonly stored: string | null;
  readonly derived: string | null;
  readonly ok: boolean;
}

/** "float": the stored (float) rope_theta reproduces it; "int-form": only its int form does. */
export type FamilyRule = "float" | "int-form";

export interface DbCheckEntry {
  readonly asset_id: string;
  readonly family_id: string;
  readonly arch_hash: Rederived;
  readonly param_bucket: Rederived;
  /** Informational: a mismatch does not count against `reproduced`. */
  readonly family_hash: Rederived & { readonly rule: FamilyRule | null };
  readonly problems: readonly DbProblem[];
}

export interface DbCheckReport {
  readonly root: string;
  readonly entries: readonly DbCheckEntry[];
  /** Entries whose arch_hash and param_bucket both re-derive. */
  readonly reproduced: number;
  readonly total: number;
  readonly family_hash: { readonly float_rule: number; readonly int_form: number; readonly total: number };
  /** Catalog problems (manifest, shards); bundle problems are on their entries. */
  readonly problems: readonly DbProblem[];
}

export async function dbCheck(root: string, fs?: DatabaseFs): Promise<DbCheckReport> {
  const db = await loadReferenceDatabase(root, fs);
  return checkDatabase(db);
}

export async function checkDatabase(db: ReferenceDatabase): Promise<DbCheckReport> {
  const entries = await mapLimit(db.assets, DB_CHECK_CONCURRENCY, (asset) => checkAsset(db, asset));
  const count = (f: (e: DbCheckEntry) => boolean) => entries.filter(f).length;
  return {
    root: db.root,
    entries,
    reproduced: count((e) => e.arch_hash.ok && e.param_bucket.ok),
    total: entries.length,
    family_hash: {
      float_rule: count((e) => e.family_hash.rule === "float"),
      int_form: count((e) => e.family_hash.rule === "int-form"),
      total: entries.length,
    },
    problems: db.problems,
  };
}

async function checkAsset(db: ReferenceDatabase, asset: CatalogAsset): Promise<DbCheckEntry> {
  const { bundle, problems } = await readBundle(db, asset);
  const all: DbProblem[] = [...problems];
  const mfi = bundle?.mfi ?? null;
  const file = bundle?.file ?? asset.feature_path;
  const arch = mfi === null ? null : deriveArch(mfi, file, all);
  const storedArch = mfi === null ? null : stringOrNull(ownValue(mfi, "arch_hash"));
  const bucket = mfi === null ? null : deriveBucket(mfi, file, all);
  const family = mfi === null ? null : deriveFamily(mfi, file, all);
  const archOk = arch !== null && arch === storedArch;
  if (mfi !== null && !archOk) {
    all.push({
      file,
      field: "mfi.arch_hash",
      message: `stored ${storedArch ?? "nothing"}, derived ${arch ?? "nothing"}`,
    });
  }
  const bucketOk = bucket !== null && bucket === asset.param_bucket;
  if (bucket !== null && !bucketOk) {
    all.push({
      file: asset.shard_path,
      field: `${asset.field}.param_bucket`,
      message: `stored "${asset.param_bucket}", derived "${bucket}" from the stored MFI`,
    });
  }
  return {
    asset_id: asset.asset_id,
    family_id: asset.family_id,
    arch_hash: { stored: storedArch, derived: arch, ok: archOk },
    param_bucket: { stored: asset.param_bucket, derived: bucket, ok: bucketOk },
    family_hash: family ?? { stored: null, derived: null, ok: false, rule: null },
    problems: all,
  };
}

function deriveArch(mfi: ConfigObject, file: string, out: DbProblem[]): string | null {
  const fields = storedArchFields(mfi);
  if (Array.isArray(fields)) {
    for (const p of fields)
      out.push({ file, field: p.field, message: `${p.message}; arch_hash cannot be derived` });
    return null;
  }
  return archHash(fields);
}

function deriveBucket(mfi: ConfigObject, file: string, out: DbProblem[]): string | null {
  const { fingerprint, problems } = parseStoredMfi(mfi);
  for (const p of problems) out.push({ file, field: p.field, message: p.message });
  return problems.length > 0 ? null : paramBucket(estimateParameters(fingerprint));
}

/**
 * The float rule first (stored rope_theta as written); when that misses and rope_theta is an
 * integral float, its int form — what the reference hashed for configs that wrote an int.
 */
function deriveFamily(mfi: ConfigObject, file: string, out: DbProblem[]): DbCheckEntry["family_hash"] {
  const stored = stringOrNull(ownValue(mfi, "family_hash"));
  const fields = storedFamilyFields(mfi);
  if (Array.isArray(fields)) {
    for (const p of fields)
      out.push({ file, field: p.field, message: `${p.message}; family_hash cannot be derived` });
    return { stored, derived: null, ok: false, rule: null };
  }
  const floatRule = familyHash(fields);
  if (floatRule === stored) return { stored, derived: floatRule, ok: true, rule: "float" };
  const intForm = intFormOf(fields);
  if (intForm !== null && familyHash(intForm) === stored) {
    return { stored, derived: familyHash(intForm), ok: true, rule: "int-form" };
  }
  return { stored, derived: floatRule, ok: false, rule: null };
}

function intFormOf(f: FamilyHashFields): FamilyHashFields | null {
  const t = f.rope_theta;
  if (t === null || t.kind !== "float" || !Number.isSafeInteger(t.toNumber())) return null;
  return { ...f, rope_theta: PyNumber.int(t.toNumber()) };
}

function stringOrNull(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}
