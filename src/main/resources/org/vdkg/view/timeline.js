// The /timeline view: dated claims from /timeline.json on a time axis, drawn as plain SVG. A vague date is a bar
// from its earliest to its latest bound; an open bound runs to the edge of the axis with a dashed outline. The
// filter lives in the URL (?kind=AidProvision,Visit&from=1950&to=1960).
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
  function title(ev) {
    return ev.kindLabel + (ev.names.length ? ': ' + ev.names.join(', ') : '');
  }
  function when(ev) {
    return (ev.text ? ev.text + ' · ' : '') + (ev.edtf || '') + ' [' + (ev.earliest || '..') + ' – ' + (ev.latest || '..') + ']';
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
    var shown = events.filter(function (e) {
      var s = e.earliest ? time(e.earliest) : -Infinity;
      var f = e.latest ? time(e.latest) : Infinity;
      return on.indexOf(e.kind) >= 0 && s <= t1 && f >= t0;
    });
    var box = document.getElementById('timeline');
    var width = Math.max(box.clientWidth - 20, 900);
    var left = 10;
    var plot = width - 20;
    function x(t) { return left + Math.max(0, Math.min(1, (t - t0) / (t1 - t0))) * plot; }
    // Greedy row packing: each bar and its label go into the first row that is free from their start.
    var rows = [];
    var right = left + plot;
    var placed = shown.map(function (e) {
      var a = e.earliest ? x(time(e.earliest)) : left;
      var b = Math.max(e.latest ? x(time(e.latest) + 86400000) : right, a + 4);
      var w = title(e).length * 6.2;
      // The label goes inside a long bar, else after it, else (at the right edge) before it.
      var where = b - a > w + 8 ? 'inside' : (b + 6 + w < right || a - 6 - w < 0 ? 'after' : 'before');
      var from = where === 'before' ? a - 6 - w : a;
      var to = where === 'after' ? b + 6 + w : b;
      var row = rows.findIndex(function (end) { return end < from; });
      if (row < 0) { row = rows.length; rows.push(0); }
      rows[row] = to;
      return { e: e, a: a, b: b, row: row, where: where };
    });
    var rowH = 18;
    var top = 28;
    var svg = el('svg', { width: width, height: top + rows.length * rowH + 10, role: 'img',
      'aria-label': shown.length + ' dated claims' });
    var axis = el('g', { 'class': 'axis' }, svg);
    var step = Math.max(1, Math.ceil((y1 - y0) / 25));
    for (var y = y0; y <= y1; y += step) {
      var px = x(Date.UTC(y, 0, 1));
      el('line', { x1: px, x2: px, y1: 18, y2: top + rows.length * rowH }, axis);
      el('text', { x: px + 2, y: 14 }, axis).textContent = y;
    }
    placed.forEach(function (p) {
      var open = !p.e.earliest || !p.e.latest;
      var g = el('g', { 'class': 'event' + (open ? ' open' : ''), 'data-kind': p.e.kind }, svg);
      el('title', {}, g).textContent = title(p.e) + '\n' + when(p.e) + '\nsource: ' + p.e.source;
      el('rect', { x: p.a, y: top + p.row * rowH, width: p.b - p.a, height: rowH - 5, rx: 2,
        fill: colours[p.e.kind], 'fill-opacity': p.b - p.a > 40 ? 0.45 : 0.9 }, g);
      var tx = p.where === 'inside' ? p.a + 4 : (p.where === 'after' ? p.b + 4 : p.a - 4);
      el('text', { x: tx, y: top + p.row * rowH + rowH - 8,
        'text-anchor': p.where === 'before' ? 'end' : 'start' }, g).textContent = title(p.e);
      if (p.e.path) {
        g.addEventListener('click', function () { window.location.href = p.e.path; });
      }
    });
    box.replaceChildren(svg);
    status.dataset.events = shown.length;
    status.textContent = shown.length + ' of ' + events.length + ' dated claims shown, ' + y0 + '–' + (y1 - 1)
      + '. A bar spans a claim\'s earliest to latest date; dashed bars have an open end. Click a bar to open the claim.';
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
