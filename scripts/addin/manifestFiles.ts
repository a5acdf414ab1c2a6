/**
 * Checks a manifest against the files of a build: every URL it names is under the add-in's base address and
 * points at a file the build emitted, and every image is a PNG of the size the manifest states.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pngSize } from "../icons/png";
import type { ManifestReport } from "./checkManifest";

/** The folder address the add-in is served from: the shared runtime page's folder. */
export function baseUrlOf(report: ManifestReport): string | null {
  return report.runtimeUrl ? new URL(".", report.runtimeUrl).href : null;
}

/** The built file a URL under baseUrl stands for, relative to the build folder; null when it is elsewhere. */
export function fileForUrl(url: string, baseUrl: string): string | null {
  if (!url.startsWith(baseUrl)) return null;
  const rest = new URL(url).pathname.slice(new URL(baseUrl).pathname.length);
  return decodeURIComponent(rest);
}

export function checkManifestFiles(report: ManifestReport, buildDir: string): string[] {
  const base = baseUrlOf(report);
  if (!base) return ["cannot check the built files: the manifest declares no shared runtime page"];
  const problems: string[] = [];
  for (const { where, url, iconSize } of report.urls) {
    const relative = fileForUrl(url, base);
    if (relative === null) {
      problems.push(`${where}: ${url} is not under the add-in's address ${base}`);
      continue;
    }
    const file = path.join(buildDir, relative);
    if (!relative || !existsSync(file)) {
      problems.push(`${where}: ${url} points at ${relative || "a folder"}, which the build did not emit (${buildDir})`);
      continue;
    }
    if (iconSize) {
      try {
        const { width, height } = pngSize(readFileSync(file), relative);
        if (width !== iconSize || height !== iconSize) problems.push(`${where}: ${relative} is ${width}×${height} px, but the manifest says ${iconSize}×${iconSize}`);
      } catch (error) {
        problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return problems;
}
