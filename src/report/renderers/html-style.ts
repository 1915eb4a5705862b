/**
 * The report's stylesheet, inline so the file stands alone. Readable on a phone (one column, tables
 * scroll sideways inside their box, charts scale to the width), and printable (no shadows, colours
 * kept for the verdict badges, cards and charts never split across pages).
 */
export const CSS = `
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#d9dee5; --bg:#f6f7f9; --card:#fff;
  --ready:#2f7d4f; --ready-bg:#e6f4ea; --cond:#8a5a00; --cond-bg:#fdf3dc; --bad:#b3261e; --bad-bg:#fde8e6; --none:#4b5563; --none-bg:#eceff3; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin:0; background:var(--bg); color:var(--ink); font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
p { margin: 6px 0; }
.meta, .note { color: var(--muted); font-size: .9rem; }
code { font: .85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; background: #eef1f5; padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
.verdicts { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 12px; margin-top: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; break-inside: avoid; }
.verdict h2 { border: 0; margin: 0; padding: 0; font-size: 1.1rem; text-transform: capitalize; }
.verdict .what { color: var(--muted); font-size: .85rem; margin: 0 0 8px; }
.verdict .why { font-size: .9rem; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600; font-size: .9rem; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.badge.big { font-size: 1.05rem; padding: 4px 14px; margin: 4px 0 8px; white-space: normal; }
.ready { color: var(--ready); background: var(--ready-bg); }
.conditional { color: var(--cond); background: var(--cond-bg); }
.not_ready { color: var(--bad); background: var(--bad-bg); }
.not_judged { color: var(--none); background: var(--none-bg); }
.notice { background: var(--none-bg); border-left: 4px solid var(--none); border-radius: 4px; padding: 10px 14px; margin: 16px 0; }
.notice ul { margin: 4px 0 0; padding-left: 20px; }
ol.blockers { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
.blocker .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; justify-content: space-between; }
.blocker h3 { margin: 0; }
.count { font-weight: 600; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; background: var(--card); }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 400px), 1fr)); gap: 12px; margin: 8px 0; }
/* Grid items default to their content's width: let tables scroll inside them instead of widening the page. */
.charts > *, ol.blockers > li, .verdicts > * { min-width: 0; }
/* Wide charts one per row; figures shrink to the page, never past their drawn width. */
.stack { display: grid; gap: 12px; margin: 8px 0; }
.stack figure svg { margin: 0 auto; }
figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { display: block; max-width: 100%; height: auto; }
.up { color: var(--ready); } .down { color: var(--bad); }
footer { margin-top: 32px; color: var(--muted); font-size: .85rem; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  main { padding: 16px 10px 32px; }
  h1 { font-size: 1.35rem; }
  th, td { padding: 5px 6px; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .card, figure { border-color: #bbb; }
  h2 { break-after: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  tr, .blocker, figure { break-inside: avoid; }
}
`;
