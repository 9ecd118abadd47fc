// A button that opens the browser's file chooser. The file input itself is hidden (its look and
// words differ in every browser and language) but stays labelled; the same file may be chosen twice.
import { useRef } from 'preact/hooks';

export function FileButton({ label, accept, onFile }: { label: string; accept: string; onFile: (file: File) => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class="tool-button" onClick={() => inputRef.current?.click()}>
        {label}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        class="sr-only"
        tabIndex={-1}
        aria-label={label}
        onChange={(e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (file) onFile(file);
          (e.currentTarget as HTMLInputElement).value = '';
        }}
      />
    </>
  );
}
