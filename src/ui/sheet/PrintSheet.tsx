// The COPIL sheet for the browser's print (Imprimer): the same content as the PDF, laid out for one
// A4 landscape page by the print stylesheet; hidden on screen.
import type { MapCapture } from '../../state/shape/map-ports';
import type { SheetContent, SheetLabels } from './content';
import { scaleBar } from './scale';

export function PrintSheet({ content, capture, labels }: { content: SheetContent; capture: MapCapture | null; labels: SheetLabels }) {
  // The picture is drawn 150 mm wide on the page, as in the PDF.
  const bar = capture ? scaleBar(capture, 150, 40) : null;
  return (
    <article class="print-sheet" aria-hidden="true">
      <header class="print-sheet__head">
        <div>
          <h1>{content.title}</h1>
          <p>{content.subtitle}</p>
        </div>
        <p>{labels.date}</p>
      </header>
      <div class="print-sheet__body">
        {capture && (
          <figure class="print-sheet__map">
            <div class="print-sheet__frame">
              <img src={capture.image} alt={labels.mapAlt} />
              {capture.labels.map((l, i) => (
                <span key={i} class={`print-sheet__label print-sheet__label--${l.kind}`} style={{ left: `${l.x * 100}%`, top: `${l.y * 100}%` }}>
                  {l.text}
                </span>
              ))}
              <span class="print-sheet__north" style={{ transform: `rotate(${-capture.bearing}deg)` }}>
                ↑ {labels.north}
              </span>
            </div>
            {bar && (
              <figcaption class="print-sheet__scale">
                <span class="print-sheet__bar" style={{ width: `${bar.mm}mm` }} /> {bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`}
              </figcaption>
            )}
            {content.moved && <p class="print-sheet__moved">{content.moved}</p>}
          </figure>
        )}
        {content.moved && !capture && <p class="print-sheet__moved">{content.moved}</p>}
        <div class="print-sheet__side">
          <h2>{labels.legend}</h2>
          <ul class="print-sheet__legend">
            {content.legend.map((item) => (
              <li key={item.label}>
                <span class={`print-sheet__swatch print-sheet__swatch--${item.shape}`} style={{ '--swatch': item.color }} />
                {item.label}
              </li>
            ))}
          </ul>
          <h2>{content.table.heading}</h2>
          <table>
            <thead>
              <tr>
                {content.table.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {content.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {content.table.more && <p>{content.table.more}</p>}
          {content.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      </div>
      <footer class="print-sheet__sources">
        <strong>{labels.sources}</strong>
        {content.sources.map((s) => (
          <span key={s}> {s}</span>
        ))}
      </footer>
    </article>
  );
}
