// swift-format-ignore-file
// Generated from Sources/ProfileServer/Templates/ by `swift run embed-resources`. Do not edit: change the files
// there and run it again.

extension Templates {
  static let files: [String: String] = [
    "blame": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span>: blame as of {{date}}</h1>
{{> country-nav}}
{{#revision}}<p class="meta">Revision {{number}} of {{inEffect}} in effect ({{date}}, event #{{seq}}){{#asked}}, the revision in effect on {{asked}}{{/asked}}. Each reading with the revision that introduced it and how many revisions it has stood through.</p>{{/revision}}
<table id="blame"><thead><tr><th>Since</th><th class="num">Rev</th><th class="num">Event</th><th class="num">Stood</th><th>Indicator</th><th>Status</th><th>Items</th></tr></thead>
<tbody>
{{#indicators}}<tr><td><a href="{{href}}">{{since}}</a></td><td class="num">{{number}}</td><td class="num">#{{seq}}</td><td class="num">{{stood}}</td><td>{{title}}</td><td><span class="status status-{{status}}">{{status}}</span>{{#reviewed}} <span class="review" title="{{.}}">reviewed</span>{{/reviewed}}</td><td>{{value}}{{#reviewed}}<br><span class="muted">{{.}}</span>{{/reviewed}}</td></tr>
{{/indicators}}
</tbody></table>
{{^empty(figures)}}
<table id="blame-figures"><thead><tr><th>Since</th><th class="num">Rev</th><th class="num">Event</th><th class="num">Stood</th><th>Figure</th><th>Value</th></tr></thead>
<tbody>
{{#figures}}<tr><td><a href="{{href}}">{{since}}</a></td><td class="num">{{number}}</td><td class="num">#{{seq}}</td><td class="num">{{stood}}</td><td>{{title}}</td><td>{{value}}</td></tr>
{{/figures}}
</tbody></table>
{{/empty(figures)}}
{{> foot}}

"""#,
    "changelog": #"""
{{> head}}
<h1>Changelog</h1>
<form class="filters no-print" method="get" action="/changelog">
<label>Since <input type="date" name="since" value="{{since}}"></label>
<label>Until <input type="date" name="until" value="{{until}}"></label>
<label>Country <input type="text" name="country" value="{{country}}" placeholder="code or name" size="12"></label>
<button type="submit">Show</button>
</form>
<p class="meta" id="summary">{{range}}{{#filtered}} · {{.}}{{/filtered}}: {{summary}}. {{#earlier}}<a href="{{earlier}}">← earlier</a>{{/earlier}} {{#later}}<a href="{{later}}">later →</a>{{/later}}</p>
{{#empty}}<p>No revision is dated in this range.</p>{{/empty}}
{{#countries}}
<section class="country" id="country-{{code}}">
<h2><a href="{{href}}">{{name}}</a> <span class="muted">{{code}}</span></h2>
{{#entries}}
<div class="change">
<h3><a href="{{profileHref}}">{{date}}</a> <span class="muted">revision {{number}}</span>{{#correction}}<span class="badge correction">correction</span>{{/correction}}</h3>
{{#first}}<p class="muted">First revision recorded.</p>{{/first}}
{{#dateOnly}}<p class="muted">Date only: nothing but the date changed.</p>{{/dateOnly}}
{{#indicators}}
<div><strong>{{title}}</strong>: <span class="{{#regressed}}regressed{{/regressed}}">{{status}}</span> <span class="muted">({{classes}})</span>{{#reviewed}} <span class="badge reviewed" title="{{.}}">reviewed</span><div class="reviewed-by">{{.}}</div>{{/reviewed}}
{{#items}}<div class="meta words">{{.}}</div>{{/items}}
{{^empty(words)}}<div class="words">{{#words}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{^deleted}}{{^inserted}}{{text}}{{/inserted}}{{/deleted}}{{/words}}</div>{{/empty(words)}}
</div>
{{/indicators}}
{{^empty(figures)}}<ul class="figures">{{#figures}}<li>{{title}}: {{status}}</li>{{/figures}}</ul>{{/empty(figures)}}
<div class="meta">{{#diffHref}}<a href="{{diffHref}}">diff</a> · {{/diffHref}}<a href="{{sourceHref}}">source document</a></div>
</div>
{{/entries}}
</section>
{{/countries}}
{{> foot}}

"""#,
    "countries": #"""
{{> head}}
<h1>Countries</h1>
<form class="filters no-print" method="get" action="/" role="search">
<label>Name or code <input type="search" name="q" value="{{filter}}" placeholder="e.g. belize, BLZ, cote" size="24"></label>
<button type="submit">Filter</button>{{#filtered}} <a href="/">All countries</a>{{/filtered}}
</form>
<p class="meta" id="summary">{{summary}}. Scores of each country's latest revision: present 1, partial ½, absent 0, over the indicators read present, partial or absent.</p>
{{#empty}}<p>The store holds no revisions yet.</p>{{/empty}}
{{#unmatched}}<p>No recorded country has “{{filter}}” in its name or code.</p>{{/unmatched}}
{{^empty(countries)}}
<table id="countries">
<thead><tr><th>Country</th><th class="num">Revisions</th><th>Latest</th>{{#pillars}}<th class="num">{{.}}</th>{{/pillars}}<th class="num">Overall</th></tr></thead>
<tbody>
{{#countries}}
<tr id="country-{{code}}"><td><a href="{{href}}">{{name}}</a> <span class="muted">{{code}}</span></td><td class="num">{{revisions}}</td><td><a href="{{latestHref}}">{{latestDate}}</a></td>{{#scores}}<td class="num" title="{{points}}">{{percent}}</td>{{/scores}}{{#overall}}<td class="num" title="{{points}}"><strong>{{percent}}</strong></td>{{/overall}}</tr>
{{/countries}}
</tbody>
</table>
{{/empty(countries)}}
{{> foot}}

"""#,
    "country-nav": #"""
{{#links}}
<nav class="local"><a href="{{timeline}}">Timeline</a><a href="{{latestProfile}}">Latest profile</a>{{#latestDiff}}<a href="{{latestDiff}}">Latest diff</a>{{/latestDiff}}<a href="{{blame}}">Blame</a><a href="{{progress}}">Progress</a><a href="{{changelog}}">Changelog</a></nav>
{{/links}}

"""#,
    "country-progress": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span>: progress</h1>
{{> country-nav}}
<form class="filters no-print" method="get" action="/countries/{{code}}/progress">
<label>Since <input type="date" name="since" value="{{since}}"></label>
<label>Until <input type="date" name="until" value="{{until}}"></label>
<button type="submit">Show</button>
</form>
<p class="meta">{{method}}.</p>
<figure class="chart-full" id="chart">{{{chart}}}</figure>
<h2>By pillar</h2>
<div class="charts" id="pillar-charts">{{#charts}}{{{.}}}{{/charts}}</div>
<h2>Scores by revision</h2>
<table id="trajectory"><thead><tr><th class="num">Rev</th><th>Date</th>{{#partTitles}}<th class="num">{{.}}</th>{{/partTitles}}</tr></thead><tbody>
{{#trajectory}}<tr><td class="num">{{number}}</td><td><a href="{{href}}">{{date}}</a></td>{{#scores}}<td class="num" title="{{points}}">{{percent}}</td>{{/scores}}</tr>
{{/trajectory}}
</tbody></table>
{{^empty(transitions)}}
<h2>Transitions</h2>
<table id="transitions"><thead><tr><th>Date</th><th>Indicator</th><th>Move</th><th>Class</th></tr></thead><tbody>
{{#transitions}}<tr><td><a href="{{href}}">{{date}}</a></td><td>{{indicator}}</td><td>{{move}}{{#reviewed}} <span class="badge reviewed" title="{{.}}">reviewed</span><div class="reviewed-by">{{.}}</div>{{/reviewed}}</td><td class="{{#regressed}}regressed{{/regressed}}">{{change}}</td></tr>
{{/transitions}}
</tbody></table>
{{/empty(transitions)}}
{{> foot}}

"""#,
    "diff": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span>: {{fromDate}} → {{toDate}}</h1>
{{> country-nav}}
<form class="filters no-print" method="get" action="{{action}}">
<label>From <select name="from">{{#fromOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/fromOptions}}</select></label>
<label>To <select name="to">{{#toOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/toOptions}}</select></label>
<button type="submit">Compare</button>
</form>
{{#from}}<p class="meta">From <a href="{{fromHref}}">revision {{number}} ({{fromDate}})</a>, event #{{seq}} (<a href="{{fromSource}}">source</a>){{/from}}{{#to}} to <a href="{{toHref}}">revision {{number}} ({{toDate}})</a>, event #{{seq}} (<a href="{{toSource}}">source</a>).</p>{{/to}}
<p id="summary"><strong>{{summary}}</strong>{{^empty}}; {{unchanged}} unchanged{{/empty}}.</p>
{{^empty(reviews)}}
<div class="meta" id="reviews">Reviewed readings, compared in place of the reader's:
<ul>{{#reviews}}<li><a href="{{href}}">{{label}}</a></li>{{/reviews}}</ul>
</div>
{{/empty(reviews)}}
{{^empty(indicators)}}
<h2>Indicators</h2>
{{#indicators}}
<section class="change" id="indicator-{{id}}">
<h3>{{title}} <span class="{{#regressed}}regressed{{/regressed}}">{{status}}</span> <span class="muted">({{classes}})</span></h3>
{{#items}}<div class="meta">{{.}}</div>{{/items}}
<div class="side-by-side">
<div class="before"><div class="meta"><span class="status status-{{beforeStatus}}">{{beforeStatus}}</span> {{fromDate}}{{#beforeReview}} <span class="badge reviewed" title="{{provenance}}: {{note}}">{{badge}}</span>{{/beforeReview}}</div>{{#beforeReview}}<div class="reviewed-by">{{provenance}}: <q class="note">{{note}}</q></div>{{/beforeReview}}{{#before}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{^deleted}}{{text}}{{/deleted}}{{/before}}</div>
<div class="after"><div class="meta"><span class="status status-{{afterStatus}}">{{afterStatus}}</span> {{toDate}}{{#afterReview}} <span class="badge reviewed" title="{{provenance}}: {{note}}">{{badge}}</span>{{/afterReview}}</div>{{#afterReview}}<div class="reviewed-by">{{provenance}}: <q class="note">{{note}}</q></div>{{/afterReview}}{{#after}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{^inserted}}{{text}}{{/inserted}}{{/after}}</div>
</div>
</section>
{{/indicators}}
{{/empty(indicators)}}
{{^empty(figures)}}
<h2>Figures</h2>
<table id="figures"><thead><tr><th>Figure</th><th class="num">{{fromDate}}</th><th class="num">{{toDate}}</th><th>Change</th></tr></thead><tbody>
{{#figures}}<tr><td>{{label}}</td><td class="num">{{before}}</td><td class="num">{{after}}</td><td>{{change}}</td></tr>{{/figures}}
</tbody></table>
{{/empty(figures)}}
{{> foot}}

"""#,
    "error": #"""
{{> head}}
<h1>{{status}} {{reason}}</h1>
<p class="error" id="error-message">{{message}}</p>
{{^empty(suggestions)}}
<p>Recorded countries with a name or code like it:</p>
<ul id="suggestions">{{#suggestions}}<li><a href="{{href}}">{{label}}</a></li>{{/suggestions}}</ul>
{{/empty(suggestions)}}
<p><a href="/">All countries</a> · <a href="/changelog">Changelog</a> · <a href="/progress">Progress</a></p>
{{> foot}}

"""#,
    "foot": #"""
</main>
<footer class="site meta">
{{#chrome}}
{{#permalink}}<a rel="bookmark" href="{{permalink}}">Permalink</a> · {{/permalink}}
{{#alternates}}<a href="{{href}}">{{label}}</a> · {{/alternates}}
Log head: event #{{headSeq}}, <code>{{headHash}}</code>
{{/chrome}}
</footer>
</body>
</html>

"""#,
    "head": #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#chrome}}
<title>{{title}} · ProfileLedger</title>
{{#alternates}}
<link rel="alternate" href="{{href}}" title="{{label}}">
{{/alternates}}
{{/chrome}}
<style>
:root { --ink: #111827; --muted: #6B7280; --rule: #E5E7EB; --del: #FEE2E2; --del-ink: #991B1B; --ins: #DCFCE7; --ins-ink: #166534; --accent: #1D4ED8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
header.site { display: flex; gap: 1.25rem; align-items: baseline; border-bottom: 2px solid var(--ink); padding-bottom: .4rem; margin-bottom: 1rem; flex-wrap: wrap; }
header.site .brand { font-weight: 700; color: var(--ink); }
h1 { font-size: 1.5rem; margin: .2rem 0 .6rem; } h2 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; } h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.meta, .muted { color: var(--muted); font-size: .9rem; }
nav.local { display: flex; gap: 1rem; flex-wrap: wrap; margin: .3rem 0 1rem; font-size: .95rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.status { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .85rem; background: #F3F4F6; }
.review { font-size: .75rem; padding: 0 .3rem; border: 1px solid #B45309; border-radius: 3px; color: #B45309; }
details.evidence { font-size: .8rem; color: #4B5563; } details.evidence summary { cursor: pointer; }
.status-present { background: #DCFCE7; } .status-partial { background: #FEF9C3; } .status-absent { background: #FEE2E2; }
.regressed { color: #B91C1C; font-weight: 600; } .up { color: #15803D; } .down { color: #B91C1C; }
.badge { font-size: .75rem; padding: 0 .35rem; border-radius: 3px; border: 1px solid currentColor; margin-left: .3rem; }
.badge.correction { color: #B45309; } .badge.superseded { color: var(--muted); } .badge.reviewed { color: #047857; }
.reviewed-by { font-size: .8rem; color: #374151; border-left: 3px solid #047857; padding-left: .4rem; margin-top: .2rem; white-space: normal; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: none; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.side-by-side > div { border: 1px solid var(--rule); padding: .5rem .7rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.change { border-top: 1px solid var(--rule); padding: .4rem 0 .8rem; page-break-inside: avoid; break-inside: avoid; }
.words { white-space: pre-wrap; overflow-wrap: anywhere; margin: .2rem 0 0 1rem; }
pre.document { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--rule); padding: .8rem; font-size: .85rem; }
form.filters { display: flex; gap: .8rem; flex-wrap: wrap; align-items: end; margin: .5rem 0 1rem; }
form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
ol.timeline { list-style: none; padding: 0; } ol.timeline > li { border-left: 3px solid var(--rule); padding: .2rem 0 .8rem 1rem; margin-left: .3rem; }
ol.timeline > li.is-superseded { opacity: .75; } ol.timeline > li.is-correction { border-left-color: #F59E0B; }
/* The progress ranking fits a page: its headings wrap, dates and scores stack; on a narrow
   screen it scrolls in its own box, not the page. */
.fit { overflow-x: auto; }
#ranking { font-size: .8rem; }
#ranking th { white-space: normal; vertical-align: bottom; hyphens: auto; }
#ranking th, #ranking td { padding: .3rem .25rem; }
#ranking td.dates { white-space: nowrap; }
.charts { display: flex; flex-wrap: wrap; gap: .8rem; } svg.chart { border: 1px solid var(--rule); }
.chart-full svg, svg.chart { max-width: 100%; height: auto; }
.error { border-left: 4px solid #B91C1C; padding: .4rem .8rem; background: #FEF2F2; }
footer.site { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: .4rem; }
@media print {
  header.site nav, nav.local, form.filters, .no-print { display: none; }
  .fit { overflow: visible; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<header class="site">
<a class="brand" href="/">ProfileLedger</a>
<nav><a href="/">Countries</a> · <a href="/changelog">Changelog</a> · <a href="/progress">Progress</a> · <a href="/reviews">Reviews</a> · <a href="/openapi.json">API</a></nav>
</header>
<main>

"""#,
    "profile": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span> as of {{date}}</h1>
{{> country-nav}}
<p class="meta">Revision {{number}} of {{count}} in effect · event #{{seq}} · printed name “{{printedName}}”{{#asked}} · the revision in effect on {{asked}}{{/asked}}{{#supplied}} · <strong class="supplied">{{.}}</strong>{{/supplied}}{{#extractor}} · read from a PDF, its text extracted by <code>{{.}}</code>{{/extractor}}{{#reviewedSummary}} · <span class="reviewed-count">{{.}}, shown in place of the reader's statuses</span>{{/reviewedSummary}} · <a href="{{sourceHref}}">source document</a> · <a href="{{blameHref}}">blame</a></p>
<h2>Scores</h2>
<table id="scores"><thead><tr>{{#scores}}<th class="num">{{title}}</th>{{/scores}}</tr></thead>
<tbody><tr>{{#scores}}{{#score}}<td class="num" title="{{points}}">{{percent}}</td>{{/score}}{{/scores}}</tr></tbody></table>
<h2>Background</h2>
<table id="figures"><tbody>
{{#figures}}<tr><th>{{label}}</th><td class="num">{{value}}{{#reviewed}} <span class="badge reviewed" title="{{.}}">reviewed</span>{{/reviewed}}</td><td class="muted">{{source}}{{#reviewed}}<div class="reviewed-by">{{.}}</div>{{/reviewed}}</td></tr>{{/figures}}
</tbody></table>
<h2>Indicators</h2>
<table id="indicators"><thead><tr><th>Indicator</th><th>Pillar</th><th>Status</th><th>Reading</th></tr></thead>
<tbody>
{{#indicators}}<tr id="indicator-{{id}}"><td><strong>{{id}}</strong> {{title}}</td><td class="muted">{{pillar}}</td><td><span class="status status-{{status}}">{{status}}</span>{{#pending}} <span class="review" title="marked for review: {{review}}">review</span>{{/pending}}{{#reviewed}} <span class="badge reviewed" title="{{provenance}}: {{note}}">{{badge}}</span><div class="reviewed-by">{{provenance}}{{#carriedFrom}}, a review of <a href="{{href}}">{{label}}</a>{{/carriedFrom}}: <q class="note">{{note}}</q>{{#itemsChanged}}<br>the reader read {{machineStatus}}: {{#machineItems}}<span class="machine-item">• {{.}}</span> {{/machineItems}}{{^machineItems}}no items{{/machineItems}}{{/itemsChanged}}</div>{{/reviewed}}{{#rule}}<details class="evidence"><summary>why</summary>rule <code>{{rule}}</code>{{#words}}: “{{words}}”{{/words}}{{#review}}<br>marked for review: {{review}}{{/review}}</details>{{/rule}}</td><td>{{#items}}<div>• {{.}}</div>{{/items}}<div class="words">{{text}}</div></td></tr>
{{/indicators}}
</tbody></table>
{{> foot}}

"""#,
    "progress": #"""
{{> head}}
<h1>Progress</h1>
<form class="filters no-print" method="get" action="/progress">
<label>Since <input type="date" name="since" value="{{since}}"></label>
<label>Until <input type="date" name="until" value="{{until}}"></label>
<label>Pillar <select name="pillar">{{#pillars}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/pillars}}</select></label>
<button type="submit">Rank</button>
</form>
<p class="meta">Ranked by the change in the {{rankedBy}} score {{range}}. {{method}}.</p>
<h2>Ranking</h2>
<div class="fit"><table id="ranking"><thead><tr><th class="num">#</th><th>Country</th><th>From, to</th><th class="num">Start, end</th>{{#partTitles}}<th class="num">{{.}}</th>{{/partTitles}}<th class="num">Est.</th><th class="num">Adv.</th><th class="num">Reg.</th></tr></thead>
<tbody>
{{#ranked}}<tr id="rank-{{code}}"><td class="num">{{rank}}</td><td><a href="{{href}}">{{name}}</a></td><td class="dates">{{start}}<br>{{end}}</td><td class="num">{{#startScore}}{{percent}}{{/startScore}}<br>{{#endScore}}{{percent}}{{/endScore}}</td>{{#changes}}<td class="num{{#up}} up{{/up}}{{#down}} down{{/down}}">{{text}}</td>{{/changes}}<td class="num">{{established}}</td><td class="num">{{advanced}}</td><td class="num">{{regressed}}</td></tr>
{{/ranked}}
</tbody></table></div>
{{^empty(regressions)}}
<h2>Regressions</h2>
<table id="regressions"><thead><tr><th>Country</th><th>Date</th><th>Indicator</th><th>Move</th></tr></thead><tbody>
{{#regressions}}<tr><td>{{name}}</td><td><a href="{{href}}">{{date}}</a></td><td>{{indicator}}</td><td class="regressed">{{move}}</td></tr>
{{/regressions}}
</tbody></table>
{{/empty(regressions)}}
{{^empty(unchanged)}}
<h2>No revision in the range</h2>
<ul>{{#unchanged}}<li><a href="{{href}}">{{name}}</a> <span class="muted">latest {{end}}, {{#endScore}}{{percent}}{{/endScore}}</span></li>{{/unchanged}}</ul>
{{/empty(unchanged)}}
{{^empty(notYetIn)}}
<h2>Not yet in by the end of the range</h2>
<ul>{{#notYetIn}}<li><a href="{{href}}">{{label}}</a></li>{{/notYetIn}}</ul>
{{/empty(notYetIn)}}
{{> foot}}

"""#,
    "reviews": #"""
{{> head}}
<h1>Review queue</h1>
<form class="filters no-print" method="get" action="/reviews">
<label>Country <input type="text" name="country" value="{{country}}" placeholder="code or name" size="12"></label>
<button type="submit">Show</button>
</form>
<p class="meta" id="summary">{{total}} to review{{#filtered}} of {{.}}{{/filtered}}, oldest first: the readings the reader marked for review, and the statuses that moved between two revisions while the text barely changed. A reading a review stands on leaves the queue. Settle one with <code>{{command}}</code>.</p>
{{#empty}}<p>Nothing to review.</p>{{/empty}}
{{^empty}}
<table id="queue"><thead><tr><th>Country</th><th>Revision</th><th class="num">Rev</th><th class="num">Event</th><th>Indicator</th><th>Status</th><th>Why</th></tr></thead>
<tbody>
{{#entries}}<tr class="{{reason}}" id="queue-{{seq}}-{{indicator}}"><td><a href="{{countryHref}}">{{name}}</a> <span class="muted">{{code}}</span></td><td><a href="{{href}}">{{date}}</a></td><td class="num">{{number}}</td><td class="num">#{{seq}}</td><td><strong>{{indicator}}</strong> {{title}}</td><td><span class="status status-{{status}}">{{status}}</span></td><td>{{explanation}}{{#diffHref}} · <a href="{{diffHref}}">diff</a>{{/diffHref}}</td></tr>
{{/entries}}
</tbody></table>
{{/empty}}
{{> foot}}

"""#,
    "source": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span>: document of {{date}}</h1>
{{#extractor}}
<p class="meta">The document as ingested is a PDF, kept byte for byte ({{size}}) · <a href="{{rawHref}}" type="application/pdf">PDF</a>{{#profileHref}} · <a href="{{profileHref}}">its reading</a>{{/profileHref}} · <a href="{{timeline}}">timeline</a></p>
<p class="meta">Below, the text that was read from it ({{textSize}}, <a href="{{textHref}}">as text</a>), extracted by <code>{{extractor}}</code></p>
{{/extractor}}
{{^extractor}}
<p class="meta">The document as ingested, byte for byte ({{size}}) · <a href="{{rawHref}}">raw text</a>{{#profileHref}} · <a href="{{profileHref}}">its reading</a>{{/profileHref}} · <a href="{{timeline}}">timeline</a></p>
{{/extractor}}
<pre class="document" id="document">{{text}}</pre>
{{> foot}}

"""#,
    "timeline": #"""
{{> head}}
<h1>{{name}} <span class="muted">{{code}}</span></h1>
{{> country-nav}}
<p class="meta">{{summary}}. Newest first.</p>
<ol class="timeline" id="timeline">
{{#entries}}
<li class="revision{{#superseded}} is-superseded{{/superseded}}{{#correction}} is-correction{{/correction}}" id="event-{{seq}}">
<h3>{{#profileHref}}<a href="{{profileHref}}">{{date}}</a>{{/profileHref}}{{^profileHref}}{{date}}{{/profileHref}} <span class="muted">revision {{number}} · event #{{seq}}</span>{{#correction}}<span class="badge correction">correction</span>{{/correction}}{{#superseded}}<span class="badge superseded">superseded by #{{supersededBy}}</span>{{/superseded}}</h3>
<div class="meta">recorded {{recordedAt}} · {{outcome}}{{#supersededAt}} · superseded {{supersededAt}}{{/supersededAt}} · {{#counts}}{{.}} {{/counts}}(present, partial, absent, unknown, missing){{#reviewed}} · <span class="reviewed-count">{{.}} reviewed</span>{{/reviewed}}</div>
{{#first}}<p>First revision recorded.</p>{{/first}}
{{#dateOnly}}<p class="muted">Date only: nothing but the date changed.</p>{{/dateOnly}}
{{^empty(changes)}}
<ul class="changes">
{{#changes}}<li><strong>{{title}}</strong>: <span class="{{#regressed}}regressed{{/regressed}}">{{status}}</span> <span class="muted">({{classes}})</span></li>{{/changes}}
</ul>
{{/empty(changes)}}
{{^empty(figures)}}
<ul class="figures">
{{#figures}}<li>{{title}}: {{status}}</li>{{/figures}}
</ul>
{{/empty(figures)}}
<div class="meta">{{#diffHref}}<a href="{{diffHref}}">diff with previous</a> · {{/diffHref}}{{#blameHref}}<a href="{{blameHref}}">blame</a> · {{/blameHref}}<a href="{{sourceHref}}">source document</a></div>
</li>
{{/entries}}
</ol>
{{> foot}}

"""#,
  ]
}
