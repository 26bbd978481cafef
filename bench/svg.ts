// Inline SVG charts for the HTML footprint report: self-contained markup (inline <svg> in HTML
// needs no namespace URL), no scripts, nothing fetched, well-formed XML.

export interface Segment {
  name: string;
  value: number;
}

export interface Bar {
  label: string;
  segments: Segment[];
}

/** Escapes text for XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Distinct on white and in greyscale print, in legend order.
const COLORS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#9c755f", "#76b7b2", "#edc948"];
/** What is left: pale, so the used parts stand out. */
const FREE = "#e4e4e4";

const WIDTH = 760;
const LABEL = 230;
const BAR = 22;
const GAP = 10;

/**
 * Horizontal stacked bars on one scale (the longest total fills the width), a total after each
 * bar and a legend of the segment names; each segment's <title> gives its exact value.
 */
export function stackedBars(title: string, bars: readonly Bar[], unit: (n: number) => string): string {
  const names = [...new Set(bars.flatMap((b) => b.segments.map((s) => s.name)))];
  const used = names.filter((n) => n !== "free");
  const color = (name: string) => (name === "free" ? FREE : COLORS[used.indexOf(name) % COLORS.length]);
  const total = (b: Bar) => b.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  const max = Math.max(1, ...bars.map(total));
  const span = WIDTH - LABEL - 110;
  const legendY = bars.length * (BAR + GAP) + GAP;
  const height = legendY + 20 * Math.ceil(names.length / 4) + 10;
  const out: string[] = [
    `<svg width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
  ];
  bars.forEach((b, i) => {
    const y = i * (BAR + GAP) + GAP;
    out.push(`<text x="${LABEL - 8}" y="${y + BAR * 0.7}" text-anchor="end">${esc(b.label)}</text>`);
    let x = LABEL;
    for (const s of b.segments) {
      const w = (Math.max(0, s.value) / max) * span;
      out.push(
        `<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${BAR}" fill="${color(s.name)}">` +
          `<title>${esc(`${b.label}: ${s.name} ${unit(s.value)}`)}</title></rect>`,
      );
      x += w;
    }
    out.push(`<text x="${(x + 6).toFixed(2)}" y="${y + BAR * 0.7}">${esc(unit(total(b)))}</text>`);
  });
  names.forEach((name, i) => {
    const x = LABEL + (i % 4) * 125;
    const y = legendY + Math.floor(i / 4) * 20;
    out.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${color(name)}"/>`);
    out.push(`<text x="${x + 17}" y="${y + 11}">${esc(name)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n");
}
