// The Debian packages a third-party server runs from, and their versions, for the `version` a harness reports.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** Each package's Debian version ("1.2.0-1+deb12u2"); packages dpkg does not have installed are left out. */
export async function debianVersions(...packages: string[]): Promise<Map<string, string>> {
  let stdout: string;
  try {
    // dpkg-query's own format fields, not template placeholders.
    ({ stdout } = await promisify(execFile)("dpkg-query", [
      "-W",
      `-f=\${Package}\t\${Version}\n`,
      ...packages,
    ]));
  } catch (error) {
    // dpkg-query exits 1 on an unknown package, after printing the known ones; without dpkg, none is known.
    stdout = (error as { stdout?: string }).stdout ?? "";
  }
  const versions = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    const [name = "", version = ""] = line.split("\t");
    // A package dpkg has heard of but not installed is listed with an empty version.
    if (version) versions.set(name, version);
  }
  return versions;
}

/** The upstream part of a Debian version: 1.7.0-2 gives 1.7.0, and 3:3.2.25-0+deb12u7 (an epoch) 3.2.25. */
export function upstreamVersion(debianVersion: string): string {
  return debianVersion.replace(/^\d+:/, "").replace(/-[^-]*$/, "");
}

/**
 * Each package as a harness reports it, "1.2.0 (Debian python3-authlib 1.2.0-1+deb12u2)", in the order given.
 * Throws when one is not installed: the server runs from these packages, so without one it cannot be tested.
 */
export async function describeDebianPackages<const P extends readonly string[]>(
  ...packages: P
): Promise<{ [K in keyof P]: string }> {
  const versions = await debianVersions(...packages);
  const missing = packages.filter((name) => !versions.has(name));
  if (missing.length > 0)
    throw new Error(`Debian packages not installed (dpkg-query -W): ${missing.join(", ")}`);
  return packages.map((name) => {
    const version = versions.get(name) ?? "";
    return `${upstreamVersion(version)} (Debian ${name} ${version})`;
  }) as { [K in keyof P]: string };
}
