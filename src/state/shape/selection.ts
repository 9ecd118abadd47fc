// The selection slice's keys and actions, as the rest of the app sees them (implemented in ../selection.ts).
export type Selection =
  | { readonly kind: 'none' }
  /** `at`: where the map was clicked, when the sector was chosen that way (offers the answer card). */
  | { readonly kind: 'sector'; readonly id: string; readonly at?: readonly [number, number] }
  | { readonly kind: 'action'; readonly id: string }
  | { readonly kind: 'commune'; readonly insee: string }
  /** A place: clicked outside the sectors, found by address, typed as coordinates, or located. */
  | { readonly kind: 'point'; readonly lngLat: readonly [number, number]; readonly label: string | null };

export interface SelectionSlice {
  readonly selection: Selection;
  selectSector(id: string): void;
  selectAction(id: string): void;
  selectCommune(insee: string): void;
  selectPoint(lngLat: readonly [number, number], label?: string | null): void;
  /** A click on the map away from any action marker: the sector there, or the place itself; in the
   * extension view, the commune there is proposed or withdrawn. */
  clickAt(lngLat: readonly [number, number]): void;
  clearSelection(): void;
}
