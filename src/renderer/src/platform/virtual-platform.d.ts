/**
 * The platform entry chosen when the renderer is built: electron.vite.config.ts
 * points this name at choose.electron.ts, vite.web.config.mts at choose.web.ts
 * (see vite.renderer.mts). Both export the same `choosePlatform`.
 */
declare module 'virtual:org-planner-platform' {
  // An ambient module cannot `import type` from a relative path; an import() type is the one way to name it.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const choosePlatform: import('./choice').ChoosePlatform;
}
