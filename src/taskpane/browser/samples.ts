/**
 * The sample district workbooks bundled with the page (dist/addin/samples/, from test/fixtures), loaded at
 * start by `?samples` so a newcomer sees a real check and consolidation at once. The samples' plans date
 * from 2010, so the sample page works as of 1 July 2010 (as `npm run demo` does).
 */
export const SAMPLES_AS_OF = "2010-07-01";

export const wantsSamples = (search: string): boolean => new URLSearchParams(search).has("samples");

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response;
}

/** Fetches samples/index.json (a list of file names) and each file it lists, as File objects. */
export async function fetchSamples(base = "samples/"): Promise<File[]> {
  const names = (await (await fetchOk(`${base}index.json`)).json()) as string[];
  return Promise.all(names.map(async (name) => new File([await (await fetchOk(base + encodeURIComponent(name))).blob()], name)));
}
