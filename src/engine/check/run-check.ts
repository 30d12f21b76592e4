// `check`: for each selected model of a manifest, the evidence (claim, compare with each claimed
// base, scan against the reference databases), then the findings and the report. The same code
// runs in the CLI and the action; both bind the I/O (opening models, fingerprinting with the
// cache, the loaded reference index) into CheckDeps.
//
// A model that cannot be opened or fingerprinted is not an abort: it gets PG004 and the run goes
// on, so one broken entry never hides the findings of the others. Base models are fingerprinted
// once per run however many models claim them.

import { compareFingerprints } from "../compare.js";
import type { FingerprintResult } from "../fingerprint.js";
import { mapLimit } from "../io/concurrency.js";
import type { ModelSource } from "../model/model-source.js";
import { scan, scanQueryFrom, type ScanResult } from "../reference/scan.js";
import type { ScanIndex } from "../reference/scan-index.js";
import { repoIdOf, resolveClaim, type ClaimResolution } from "./claims.js";
import { decideFindings, type BaseComparison, type Detection } from "./findings.js";
import { isLocalRef, type Manifest, type ManifestModel } from "./manifest.js";
import type { RuleId } from "./rules.js";
import {
  REPORT_SCHEMA_VERSION,
  type CheckReport,
  type CompareEvidence,
  type ModelReport,
  type ScanEvidence,
} from "./report.js";

/** Models checked at once: each holds at most one fingerprint's buffers (design §11 memory budget). */
export const CHECK_CONCURRENCY = 2;
/** Scan matches kept per model in the report. */
export const CHECK_TOP_K = 5;

export interface CheckDeps {
  /** Opens a manifest id (Hub ref or local path, resolved against the repository root). */
  readonly openModel: (ref: string) => Promise<ModelSource>;
  /** Fingerprints with the run's profile and cache. */
  readonly fingerprint: (model: ModelSource) => Promise<FingerprintResult>;
  /** The reference databases, indexed once; null when none is configured or loadable. */
  readonly index: ScanIndex | null;
  /** Why `index` is null, for the reports. */
  readonly indexGap: string | null;
  /** Today in UTC, YYYY-MM-DD (exception expiry). */
  readonly today: string;
  readonly toolVersion: string;
  readonly warn: (message: string) => void;
}

export interface CheckOptions {
  /** Overrides the manifest's policy.fail-on (the action's `fail-on` input). */
  readonly failOn?: readonly RuleId[] | null;
  readonly shard?: string | null;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function runCheck(
  manifest: Manifest,
  models: readonly ManifestModel[],
  deps: CheckDeps,
  options: CheckOptions = {},
): Promise<CheckReport> {
  const policyManifest: Manifest =
    options.failOn === undefined || options.failOn === null
      ? manifest
      : { ...manifest, policy: { ...manifest.policy, failOn: options.failOn } };
  const bases = new Map<string, Promise<FingerprintResult>>();
  const baseFingerprint = (ref: string): Promise<FingerprintResult> => {
    let p = bases.get(ref);
    if (!p) {
      p = (async () => {
        const model = await deps.openModel(ref);
        try {
          return await deps.fingerprint(model);
        } finally {
          await model.close();
        }
      })();
      bases.set(ref, p);
    }
    return p;
  };
  const repos = deps.index ? indexRepos(deps.index) : null;
  const reports = await mapLimit(models, CHECK_CONCURRENCY, (entry) =>
    checkModel(entry, policyManifest, deps, baseFingerprint, repos),
  );
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    tool: { name: "provenance-gate", version: deps.toolVersion },
    manifest: manifest.file,
    shard: options.shard ?? null,
    models: reports,
    failed: reports.some((m) => m.findings.some((f) => f.fails)),
  };
}

async function checkModel(
  entry: ManifestModel,
  manifest: Manifest,
  deps: CheckDeps,
  baseFingerprint: (ref: string) => Promise<FingerprintResult>,
  repos: IndexRepos | null,
): Promise<ModelReport> {
  const ref = entry.revision !== null && !isLocalRef(entry.id) ? `${entry.id}@${entry.revision}` : entry.id;
  let model: ModelSource | null = null;
  let unreadable: string | null = null;
  let fp: FingerprintResult | null = null;
  const warnings: string[] = [];
  try {
    model = await deps.openModel(ref);
  } catch (err) {
    unreadable = message(err);
  }
  let claim: ClaimResolution;
  try {
    claim = await resolveClaim(entry, model);
    if (model !== null) fp = await deps.fingerprint(model);
  } catch (err) {
    unreadable ??= message(err);
    claim ??= await resolveClaim(entry, null);
  } finally {
    await model?.close();
  }
  warnings.push(...claim.warnings);
  if (fp !== null && fp.weights === null)
    unreadable = fp.fingerprint.warnings.at(-1) ?? "no weight signals could be extracted";
  const compare =
    fp !== null && unreadable === null ? await compareWithClaims(fp, claim, baseFingerprint) : [];
  const scanned =
    fp !== null && unreadable === null && deps.index !== null
      ? await scan(deps.index, scanQueryFrom(fp), { topK: CHECK_TOP_K })
      : null;
  const scanGap =
    deps.index === null ? (deps.indexGap ?? "no reference database is configured") : scanGapOf(scanned);
  const detections = scanned && repos ? detectionsOf(scanned, repos) : [];
  const findings = decideFindings(
    {
      entry,
      isHub: !isLocalRef(entry.id),
      claim,
      unreadable,
      comparisons: compare.map((c): BaseComparison => ({
        base: c.base,
        verdict: c.verdict,
        t: c.lineage_t,
        error: c.error,
      })),
      detections,
      claimedFamilies: repos ? claimedFamilies(claim, repos) : [],
      scanGap,
    },
    manifest,
    deps.today,
  );
  const scanEvidence: ScanEvidence | null =
    scanned === null && deps.index === null
      ? { matches: [], gap: scanGap }
      : scanned === null
        ? null
        : {
            matches: scanned.matches.map((m) => ({
              model_id: m.model_id,
              family_id: m.family_id,
              lineage_t: m.lineage?.t ?? null,
              identity_score: m.identity_score,
              verdict: m.verdict.label,
            })),
            gap: scanGap,
          };
  return {
    id: entry.id,
    revision: entry.revision,
    resolved_revision: fp?.fingerprint.revision ?? null,
    claimed_base:
      claim.claim.kind === "scratch" ? "none" : claim.claim.kind === "bases" ? claim.claim.refs : null,
    claim_source: claim.claim.source,
    compare,
    scan: scanEvidence,
    findings,
    warnings,
  };
}

async function compareWithClaims(
  fp: FingerprintResult,
  claim: ClaimResolution,
  baseFingerprint: (ref: string) => Promise<FingerprintResult>,
): Promise<CompareEvidence[]> {
  if (claim.claim.kind !== "bases") return [];
  const out: CompareEvidence[] = [];
  for (const base of claim.claim.refs) {
    try {
      const r = compareFingerprints(fp, await baseFingerprint(base));
      out.push({
        base,
        verdict: r.verdict.label,
        lineage_t: r.lineage?.t ?? null,
        identity_score: r.identity_score,
        signals: r.signals,
        mfi_tier: r.mfi.tier,
        error: null,
      });
    } catch (err) {
      out.push({
        base,
        verdict: null,
        lineage_t: null,
        identity_score: null,
        signals: null,
        mfi_tier: null,
        error: message(err),
      });
    }
  }
  return out;
}

function scanGapOf(r: ScanResult | null): string | null {
  if (r === null) return null;
  if (r.counts.candidates === 0) return "no reference entry of a comparable size";
  if (r.counts.verified === 0)
    return `the lineage test could decide none of the ${r.counts.candidates} reference entries of a comparable size (entries need a lineage probe: re-create them with \`fingerprint --db\`)`;
  return null;
}

/** "https://huggingface.co/org/name" → "org/name". */
export function repoOfSourceUri(uri: string): string | null {
  const m = /^https:\/\/huggingface\.co\/([^/]+\/[^/?#]+)\/?$/.exec(uri.trim());
  return m ? m[1]! : null;
}

/** Hub repo ids of the index's entries, computed once per run (not per model). */
interface IndexRepos {
  /** "<db root>\0<asset id>" → repo id, for entries whose source URI names one. */
  readonly byAsset: ReadonlyMap<string, string>;
  /** Lower-cased repo id → the families it appears in. */
  readonly families: ReadonlyMap<string, ReadonlySet<string>>;
}

function indexRepos(index: ScanIndex): IndexRepos {
  const byAsset = new Map<string, string>();
  const families = new Map<string, Set<string>>();
  for (const e of index.entries) {
    const repo = repoOfSourceUri(e.asset.source_uri);
    if (repo === null) continue;
    byAsset.set(`${e.db.root}\u0000${e.asset.asset_id}`, repo);
    const key = repo.toLowerCase();
    let set = families.get(key);
    if (!set) families.set(key, (set = new Set()));
    set.add(e.family_id);
  }
  return { byAsset, families };
}

function detectionsOf(r: ScanResult, repos: IndexRepos): Detection[] {
  return r.matches
    .filter((m) => m.verdict.related)
    .map((m) => ({
      modelId: m.model_id,
      familyId: m.family_id,
      repo: repos.byAsset.get(`${m.db}\u0000${m.asset_id}`) ?? null,
      verdict: m.verdict.label,
      t: m.lineage?.t ?? null,
    }));
}

function claimedFamilies(claim: ClaimResolution, repos: IndexRepos): string[] {
  if (claim.claim.kind !== "bases") return [];
  const out = new Set<string>();
  for (const r of claim.claim.refs)
    for (const f of repos.families.get(repoIdOf(r).toLowerCase()) ?? []) out.add(f);
  return [...out];
}
