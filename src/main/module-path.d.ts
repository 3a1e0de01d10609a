/** electron-vite's `?modulePath` import: the built file's path of a module bundled as its own entry (a worker thread's). */
declare module '*?modulePath' {
  const path: string;
  export default path;
}
