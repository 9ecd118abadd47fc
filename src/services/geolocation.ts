// "Me localiser": the browser's geolocation, with each refusal named so the UI can say it in words.
import { fail, ok, type Result } from '../data/result';

export type GeolocationFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

export function locateDevice(timeoutMs = 10_000): Promise<Result<[number, number], GeolocationFailure>> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve(fail('unsupported', 'géolocalisation non disponible'));
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(ok([p.coords.longitude, p.coords.latitude])),
      (e) =>
        resolve(
          e.code === e.PERMISSION_DENIED
            ? fail('denied', 'autorisation refusée')
            : e.code === e.TIMEOUT
              ? fail('timeout', 'délai dépassé')
              : fail('unavailable', 'position indisponible'),
        ),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    ),
  );
}
