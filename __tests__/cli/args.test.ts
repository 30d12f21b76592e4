import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "../../src/cli/args.js";
import { VERSION } from "../../src/version.js";

describe("command line", () => {
  it("parses inspect with common flags", () => {
    expect(
      parseCommandLine(["inspect", "org/m@v1", "--json", "--hub-url", "http://127.0.0.1:1", "--token", "t"]),
    ).toEqual({
      kind: "run",
      name: "inspect",
      args: ["org/m@v1"],
      json: true,
      plain: false,
      profile: undefined,
      common: {
        hubUrl: "http://127.0.0.1:1",
        token: "t",
        verbose: false,
        cacheDir: undefined,
        noCache: false,
      },
      options: { json: true, "hub-url": "http://127.0.0.1:1", token: "t" },
    });
  });

  it("takes --cache-dir and --no-cache on every command", () => {
    expect(parseCommandLine(["compare", "a", "b", "--cache-dir", "/tmp/c"])).toMatchObject({
      common: { cacheDir: "/tmp/c", noCache: false },
    });
    expect(parseCommandLine(["fingerprint", "a", "--no-cache"])).toMatchObject({
      common: { cacheDir: undefined, noCache: true },
    });
  });

  it("takes the two-word db commands", () => {
    expect(parseCommandLine(["db", "check", "./db"])).toMatchObject({
      kind: "run",
      name: "db check",
      args: ["./db"],
    });
    expect(parseCommandLine(["db", "fetch", "provenancekit", "--to", "d", "--update"])).toMatchObject({
      name: "db fetch",
      args: ["provenancekit"],
      options: { to: "d", update: true },
    });
    expect(() => parseCommandLine(["db", "drop"])).toThrow(/^unknown command "db drop"; commands: /);
  });

  it("checks --profile and --json/--plain", () => {
    expect(parseCommandLine(["compare", "a", "b", "--profile", "full", "--plain"])).toMatchObject({
      profile: "full",
      plain: true,
      json: false,
    });
    expect(() => parseCommandLine(["compare", "a", "b", "--json", "--plain"])).toThrow(
      new UsageError(
        "--json and --plain are mutually exclusive\nusage: provenance-gate compare <a> <b> [--profile sampled|full] [--json | --plain]",
      ),
    );
    expect(() => parseCommandLine(["fingerprint", "a", "--profile", "fast"])).toThrow(
      new UsageError(
        '--profile must be sampled or full, got "fast"\nusage: provenance-gate fingerprint <ref> [--profile sampled|full] [--json] [--db DIR --family ID]',
      ),
    );
  });

  it("gives help and version", () => {
    expect(parseCommandLine([]).kind).toBe("help");
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
    expect(parseCommandLine(["inspect", "--help"])).toEqual({
      kind: "help",
      text: "usage: provenance-gate inspect <ref> [--json]\n  files, config summary, tensor table, and the bytes and requests it took",
    });
  });

  it("names the mistake and the usage", () => {
    expect(() => parseCommandLine(["fly"])).toThrow(
      new UsageError(
        'unknown command "fly"; commands: inspect, fingerprint, compare, db check, scan, check, db fetch (see --help)',
      ),
    );
    expect(() => parseCommandLine(["inspect"])).toThrow(
      new UsageError("inspect takes <ref>, got 0 argument(s)\nusage: provenance-gate inspect <ref> [--json]"),
    );
    expect(() => parseCommandLine(["inspect", "a", "--bogus"])).toThrow(/^Unknown option '--bogus'/);
  });

  it("keeps VERSION equal to package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
