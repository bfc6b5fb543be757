/**
 * The dashboard's one stylesheet, served from /dashboard/static/dashboard.css (the CSP allows
 * styles from Keino's own address only, no inline styles). Contrast at least 4.5:1, a visible
 * focus ring, tables that scroll sideways on a phone instead of squeezing.
 */
export const DASHBOARD_CSS = `
:root { color-scheme: light; --text: #1f2937; --muted: #4b5563; --accent: #0b5cad; --line: #d1d5db; --band: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", system-ui, sans-serif; color: var(--text); background: #fff; line-height: 1.5; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, select:focus-visible, textarea:focus-visible, main:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header { border-bottom: 1px solid var(--line); padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
header .site { font-weight: 700; margin: 0; }
header .who { margin: 0; color: var(--muted); }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
header form { margin: 0; }
button { font: inherit; padding: .35rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; }
select, textarea { font: inherit; padding: .3rem; border: 1px solid var(--muted); border-radius: 4px; }
textarea { width: 100%; max-width: 48rem; }
main { padding: 1rem; max-width: 80rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
.filter { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: 1rem; }
.filter label { display: flex; flex-direction: column; }
figure { margin: 0 0 1rem; max-width: 720px; }
figure svg { width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; min-width: 20rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .75rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.notice { border-left: 4px solid var(--accent); padding: .5rem 1rem; background: var(--band); }
.error { border-left: 4px solid #b91c1c; padding: .5rem 1rem; background: #fef2f2; }
.download { margin: .25rem 0 1.5rem; }
form.entry label { display: block; margin: 1rem 0 .25rem; font-weight: 700; }
`;
