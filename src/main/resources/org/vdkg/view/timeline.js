// The /timeline view: dated claims from /timeline.json on a time axis, drawn as plain SVG. A vague date is a bar
// from its earliest to its latest bound; an open bound ("1950 or later") is a short bar that fades into an arrow,
// not a bar to the end of the axis. Claims with the same words and the same bounds share one row with a count.
// Clicking a bar lists its claims with their evidence. The filter lives in the URL (?kind=AidProvision&from=1950).
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var PALETTE = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#ff7f0e', '#17becf',
    '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd'];
  var params = new URLSearchParams(window.location.search);
  var status = document.getElementById('status');
  var colours = {};

  function time(s) { return Date.parse(s + 'T00:00:00Z'); }
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  // How far an open-ended bar reaches, in pixels: enough to see where it starts, nothing about where it ends.
  var OPEN = 48;
  var details = document.getElementById('details');

  function title(ev) {
    return ev.title || (ev.kindLabel + (ev.names.length ? ': ' + ev.names.join(', ') : ''));
  }

  // Claims of one kind with the same bounds, resting on the same paragraphs of the same source (an article's list:
  // "relations with Bulgaria, China, ...") are one row; its label names the kind, the date and the count.
  function grouped(events) {
    var groups = {};
    var out = [];
    events.forEach(function (e) {
      var cited = (e.evidence || []).map(function (ev) { return ev.source + ':' + (ev.paragraphs || []).join(','); });
      var key = [e.kind, e.earliest || '', e.latest || '', cited.sort().join(' ')].join('|');
      if (!groups[key]) {
        groups[key] = { kind: e.kind, earliest: e.earliest, latest: e.latest, claims: [] };
        out.push(groups[key]);
      }
      groups[key].claims.push(e);
    });
    out.forEach(function (g) {
      if (g.claims.length === 1) {
        g.label = title(g.claims[0]);
        return;
      }
      var names = [];
      g.claims.forEach(function (c) {
        (c.names || []).forEach(function (n) { if (names.indexOf(n) < 0) { names.push(n); } });
      });
      g.label = g.claims[0].kindLabel + ', ' + g.claims[0].when + ': ' + g.claims.length + ' claims ('
        + names.slice(0, 4).join(', ') + (names.length > 4 ? ', …' : '') + ')';
    });
    return out;
  }

  // The claims of one bar (or one edge, in the network view) in words, each with its evidence and a link to its page.
  function show(heading, claims) {
    var list = vdkgClaims.list(claims);
    var h = document.createElement('h2');
    h.textContent = heading;
    details.replaceChildren(h, list);
    details.hidden = false;
    details.dataset.claims = claims.length;
  }

  function controls(events) {
    var wanted = params.get('kind') ? params.get('kind').split(',') : null;
    var kinds = {};
    events.forEach(function (e) { kinds[e.kind] = e.kindLabel; });
    Object.keys(kinds).sort().forEach(function (k, i) {
      colours[k] = PALETTE[i % PALETTE.length];
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'kind';
      input.value = k;
      input.checked = !wanted || wanted.indexOf(k) >= 0;
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colours[k];
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(kinds[k]));
      document.getElementById('kinds').appendChild(label);
    });
    document.getElementById('from').value = params.get('from') || '';
    document.getElementById('to').value = params.get('to') || '';
    document.getElementById('filters').addEventListener('input', function () { render(events, true); });
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  }

  function render(events, remember) {
    var on = Array.from(document.querySelectorAll('#kinds input:checked')).map(function (i) { return i.value; });
    var from = document.getElementById('from').value;
    var to = document.getElementById('to').value;
    var all = events.map(function (e) { return [e.earliest || e.latest, e.latest || e.earliest]; });
    var t0 = from ? time(from + '-01-01') : Math.min.apply(null, all.map(function (a) { return time(a[0]); }));
    var t1 = to ? time(to + '-12-31') : Math.max.apply(null, all.map(function (a) { return time(a[1]); }));
    var y0 = new Date(t0).getUTCFullYear();
    var y1 = new Date(t1).getUTCFullYear() + 1;
    t0 = Date.UTC(y0, 0, 1);
    t1 = Date.UTC(y1, 0, 1);
    var shown = grouped(events.filter(function (e) {
      var s = e.earliest ? time(e.earliest) : -Infinity;
      var f = e.latest ? time(e.latest) : Infinity;
      return on.indexOf(e.kind) >= 0 && s <= t1 && f >= t0;
    }));
    var box = document.getElementById('timeline');
    var width = Math.max(box.clientWidth - 20, 900);
    var left = 10;
    var plot = width - 20;
    var right = left + plot;
    function x(t) { return left + Math.max(0, Math.min(1, (t - t0) / (t1 - t0))) * plot; }
    // Greedy row packing: each bar and its label go into the first row that is free from their start.
    var rows = [];
    var placed = shown.map(function (e) {
      var a = e.earliest ? x(time(e.earliest)) : null;
      var b = e.latest ? x(time(e.latest) + 86400000) : null;
      if (a === null) { a = Math.max(left, b - OPEN); }
      if (b === null) { b = Math.min(right, a + OPEN); }
      b = Math.max(b, a + 4);
      var label = e.label;
      var w = label.length * 6.2;
      // The label goes inside a long bar, else after it, else (at the right edge) before it.
      var outside = b + 6 + w < right || a - 6 - w < 0 ? 'after' : 'before';
      var where = e.earliest && e.latest && b - a > w + 8 ? 'inside' : outside;
      var from = where === 'before' ? a - 6 - w : a;
      var to = where === 'after' ? b + 6 + w : b;
      var row = rows.findIndex(function (end) { return end < from; });
      if (row < 0) { row = rows.length; rows.push(0); }
      rows[row] = to;
      return { e: e, a: a, b: b, row: row, where: where, label: label };
    });
    var rowH = 18;
    var top = 28;
    var svg = el('svg', { width: width, height: top + rows.length * rowH + 10, role: 'img',
      'aria-label': shown.length + ' rows of dated claims', 'data-axis-start': left, 'data-axis-end': right });
    var defs = el('defs', {}, svg);
    var axis = el('g', { 'class': 'axis' }, svg);
    var step = Math.max(1, Math.ceil((y1 - y0) / 25));
    for (var y = y0; y <= y1; y += step) {
      var px = x(Date.UTC(y, 0, 1));
      el('line', { x1: px, x2: px, y1: 18, y2: top + rows.length * rowH }, axis);
      el('text', { x: px + 2, y: 14 }, axis).textContent = y;
    }
    // One fading fill per kind and direction: full colour at the stated bound, transparent towards the open one.
    function fade(kind, towardsEnd) {
      var id = 'fade-' + Object.keys(colours).indexOf(kind) + (towardsEnd ? '-end' : '-start');
      if (!svg.querySelector('#' + id)) {
        var g = el('linearGradient', { id: id, x1: towardsEnd ? 0 : 1, x2: towardsEnd ? 1 : 0, y1: 0, y2: 0 }, defs);
        el('stop', { offset: 0, 'stop-color': colours[kind], 'stop-opacity': 0.9 }, g);
        el('stop', { offset: 1, 'stop-color': colours[kind], 'stop-opacity': 0.05 }, g);
      }
      return 'url(#' + id + ')';
    }
    placed.forEach(function (p) {
      var openEnd = !p.e.latest;
      var openStart = !p.e.earliest;
      var g = el('g', { 'class': 'event' + (openEnd || openStart ? ' open' : ''), 'data-kind': p.e.kind,
        'data-count': p.e.claims.length, 'data-open': openEnd ? 'end' : (openStart ? 'start' : '') }, svg);
      el('title', {}, g).textContent = p.label + '\n' + p.e.claims[0].when + '\nsource: ' + vdkgClaims.evidenceText(p.e.claims[0]);
      var y0r = top + p.row * rowH;
      var h = rowH - 5;
      el('rect', { 'class': 'bar', x: p.a, y: y0r, width: p.b - p.a, height: h, rx: 2,
        fill: openEnd ? fade(p.e.kind, true) : (openStart ? fade(p.e.kind, false) : colours[p.e.kind]),
        'fill-opacity': openEnd || openStart ? 1 : (p.b - p.a > 40 ? 0.45 : 0.9) }, g);
      // The arrow says "and on" (or "from before"): the bound is open, not at the axis end.
      if (openEnd) {
        el('path', { 'class': 'arrow', d: 'M' + p.b + ' ' + y0r + ' l6 ' + h / 2 + ' l-6 ' + h / 2 + ' z',
          fill: colours[p.e.kind], 'fill-opacity': 0.35 }, g);
      }
      if (openStart) {
        el('path', { 'class': 'arrow', d: 'M' + p.a + ' ' + y0r + ' l-6 ' + h / 2 + ' l6 ' + h / 2 + ' z',
          fill: colours[p.e.kind], 'fill-opacity': 0.35 }, g);
      }
      var tx = p.where === 'inside' ? p.a + 4 : (p.where === 'after' ? p.b + (openEnd ? 10 : 4) : p.a - (openStart ? 10 : 4));
      el('text', { x: tx, y: y0r + rowH - 8,
        'text-anchor': p.where === 'before' ? 'end' : 'start' }, g).textContent = p.label;
      g.addEventListener('click', function () { show(p.label, p.e.claims); });
    });
    box.replaceChildren(svg);
    var claims = shown.reduce(function (n, g) { return n + g.claims.length; }, 0);
    status.dataset.events = claims;
    status.dataset.rows = shown.length;
    status.textContent = claims + ' of ' + events.length + ' dated claims shown in ' + shown.length + ' rows, ' + y0 + '–'
      + (y1 - 1) + '. A bar spans a claim\'s earliest to latest date; a bar fading into an arrow has an open end'
      + ' ("1950 or later"). Click a bar for its claims and their evidence.';
    if (remember) {
      var q = new URLSearchParams();
      if (on.length !== document.querySelectorAll('#kinds input').length) { q.set('kind', on.join(',')); }
      if (from) { q.set('from', from); }
      if (to) { q.set('to', to); }
      history.replaceState(null, '', q.toString() ? '?' + q : window.location.pathname);
    }
  }

  fetch('/timeline.json').then(function (r) {
    if (!r.ok) { throw new Error('/timeline.json answered ' + r.status); }
    return r.json();
  }).then(function (data) {
    controls(data.events);
    render(data.events, false);
    document.body.dataset.rendered = 'true';
  }).catch(function (err) {
    status.textContent = 'Could not load the timeline: ' + err.message;
    document.body.dataset.rendered = 'error';
  });
}());
