/** Derives the Firefox MV3 manifest from the one source manifest (Chrome shape). */
export const GECKO_ID = 'kontext@kontext.invalid';

// biome-ignore lint/suspicious/noExplicitAny: manifest JSON is untyped here
export function firefoxManifest(source: any): any {
  const m = structuredClone(source);
  const worker = m.background?.service_worker;
  m.background = { scripts: [worker], type: 'module' };
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return m;
}
