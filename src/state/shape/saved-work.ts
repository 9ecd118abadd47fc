export interface SavedWorkSlice {
  /** Read the drafts and imported indicators this browser kept, then keep them saved as they change
   * (once; later calls wait for the first). */
  loadSavedWork(): Promise<void>;
}
