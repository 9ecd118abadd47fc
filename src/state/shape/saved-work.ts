// The saved-work slice's keys and actions, as the rest of the app sees them (implemented in ../saved-work.ts).
export interface SavedWorkSlice {
  /** Read the drafts and imported indicators this browser kept, then keep them saved as they change
   * (once; later calls wait for the first). */
  loadSavedWork(): Promise<void>;
}
