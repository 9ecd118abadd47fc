// Coordinates typed by a person: "44.7911, 6.5561", "44,7911 6,5561", "44.7911;6.5561".
// Latitude first, as people read them off a phone or a GPS; decimal degrees only.
export function parseCoordinates(text: string): [lon: number, lat: number] | null {
  const trimmed = text.trim();
  // Decimal commas ("44,7911 6,5561") only when a space or semicolon separates the two numbers.
  const match = /^(-?\d{1,2}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(trimmed) ?? /^(-?\d{1,2}(?:,\d+)?)\s*[;\s]\s*(-?\d{1,3}(?:,\d+)?)$/.exec(trimmed);
  if (!match) return null;
  const lat = Number(match[1]!.replace(',', '.'));
  const lon = Number(match[2]!.replace(',', '.'));
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}
