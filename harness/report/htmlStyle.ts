/** The certificate page's only stylesheet, inlined: the page opens from a file, offline. */
export const htmlStyle = `
:root { --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color:#1f2328; background:#fff; }
main { max-width:1200px; margin:0 auto; padding:8px 24px 48px; }
h1 { margin:0 0 8px; font-size:26px; } h2 { font-size:19px; border-bottom:1px solid var(--line); padding-bottom:4px; margin-top:28px; }
h3 { font-size:15px; margin:0 0 6px; }
.verdict { padding:20px 24px; color:#fff; } .verdict ul { margin:4px 0 8px; padding-left:20px; }
.verdict.passed { background:var(--ok); } .verdict.failed { background:var(--bad); } .verdict.incomplete { background:var(--warn); }
.stats { margin:0; opacity:.95; }
.card { border:1px solid var(--line); border-left:5px solid var(--bad); border-radius:6px; padding:10px 14px; margin:10px 0; background:#fff; }
.card.error { border-left-color:var(--warn); }
pre { background:var(--bg); padding:10px; border-radius:6px; overflow:auto; white-space:pre-wrap; overflow-wrap:anywhere; font-size:12px; line-height:1.35; max-height:480px; }
.tag { font-weight:normal; font-size:12px; color:var(--muted); background:var(--bg); border:1px solid var(--line); border-radius:10px; padding:1px 8px; }
table.matrix { border-collapse:collapse; }
table.matrix th, table.matrix td { border:1px solid var(--line); padding:4px 8px; text-align:center; }
table.matrix tbody th { text-align:left; font-weight:600; white-space:nowrap; }
table.matrix th.col { height:150px; vertical-align:bottom; padding:4px 2px; }
table.matrix th.col span { writing-mode:vertical-rl; transform:rotate(180deg); white-space:nowrap; }
td.passed, .legend .passed { color:var(--ok); background:#dafbe1; font-weight:700; }
td.failed, .legend .failed { color:#fff; background:var(--bad); font-weight:700; }
td.not-applicable, .legend .not-applicable { color:var(--muted); background:var(--bg); }
td.skipped, .legend .skipped { color:var(--warn); background:#fff8c5; }
.legend { color:var(--muted); font-size:12px; } .legend span { padding:1px 6px; border-radius:4px; }
.coverage-grid { display:grid; grid-template-columns:repeat(auto-fill, minmax(400px, 1fr)); gap:18px; }
.coverage { border:1px solid var(--line); border-radius:6px; padding:10px 12px; }
.bar { display:grid; grid-template-columns:230px 1fr 44px; align-items:center; gap:8px; font-size:12px; margin:2px 0; }
.bar .name { overflow:hidden; text-overflow:ellipsis; white-space:nowrap; font-family:ui-monospace, monospace; }
.bar .track { position:relative; height:10px; background:var(--bg); border-radius:5px; }
.bar .fill { position:absolute; left:0; top:0; bottom:0; background:#54aeff; border-radius:5px; }
.bar.low .fill { background:var(--bad); } .bar.low .name { color:var(--bad); font-weight:700; }
.bar .min { position:absolute; top:-3px; bottom:-3px; width:2px; background:var(--bad); }
.bar .count { text-align:right; font-variant-numeric:tabular-nums; }
.warn { color:var(--warn); }
table.provenance th { text-align:left; padding:3px 14px 3px 0; color:var(--muted); font-weight:normal; vertical-align:top; }
table.provenance code { word-break:break-all; }
`;
