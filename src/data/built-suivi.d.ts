// The module vite.config.ts (builtSuivi) makes at build time from geodata/: the actions joined with
// suivi.csv, and that table's date and digest.
declare module 'virtual:carte-ort-built-suivi' {
  const built: { readonly actions: import('./schemas').ActionCollection; readonly table: import('./geodata').BuiltTable };
  export default built;
}
