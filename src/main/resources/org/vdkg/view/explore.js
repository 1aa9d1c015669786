// The /explore page: faceted search over the claims. The filter state lives in the URL (?kind=AidProvision&actor=
// org/soviet-union&from=1950&to=1960&view=list); the server (/explore.json) filters and counts, this script draws
// the facets and the chosen view. Data becomes text through textContent only, never markup.
(function () {
  'use strict';
  var FACETS = ['kind', 'actor', 'state', 'place', 'source', 'confidence', 'rank', 'ambiguity', 'dated'];
  var VIEWS = ['list', 'table', 'network', 'timeline', 'map'];
  var status = document.getElementById('status');
  var view = document.getElementById('view');
  var mapData = null;
  var outlines = null;
  var current = null;

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function params() { return new URLSearchParams(window.location.search); }

  function go(p, replace) {
    var q = p.toString();
    var url = '/explore' + (q ? '?' + q : '');
    if (replace) { history.replaceState(null, '', url); } else { history.pushState(null, '', url); }
    load();
  }

  function json(path) {
    return fetch(path).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || (path + ' answered ' + r.status)); }
        return body;
      });
    });
  }

  function load() {
    var p = params();
    document.body.dataset.rendered = 'false';
    status.textContent = 'Loading…';
    json('/explore.json?' + p.toString()).then(function (data) {
      current = data;
      drawControls(p, data);
      drawFacets(p, data);
      return drawView(p.get('view') || 'list', data);
    }).then(function () {
      document.body.dataset.rendered = 'true';
    }).catch(function (err) {
      status.textContent = 'Could not explore: ' + err.message;
      status.className = 'error';
      document.body.dataset.rendered = 'error';
    });
  }

  function drawControls(p, data) {
    status.className = '';
    status.textContent = data.total + (data.total === 1 ? ' claim' : ' claims') + ' match.';
    document.body.dataset.total = String(data.total);
    document.getElementById('q').value = p.get('q') || '';
    document.getElementById('from').value = p.get('from') || '';
    document.getElementById('to').value = p.get('to') || '';
    document.getElementById(p.get('time') === 'within' ? 'within' : 'overlaps').checked = true;
    var csv = new URLSearchParams(p);
    csv.delete('view');
    csv.delete('limit');
    csv.delete('offset');
    document.getElementById('csv').setAttribute('href', '/explore.csv' + (csv.toString() ? '?' + csv.toString() : ''));
    var chips = document.getElementById('chips');
    chips.textContent = '';
    FACETS.forEach(function (f) {
      p.getAll(f).forEach(function (v) {
        var label = v;
        (data.facets[f].values || []).forEach(function (x) { if (x.value === v) { label = x.label; } });
        var chip = el('span', data.facets[f].label + ': ' + label, { 'class': 'chip' });
        var x = el('a', '×', { href: '#', title: 'remove this filter', 'data-facet': f, 'data-value': v });
        x.addEventListener('click', function (e) { e.preventDefault(); toggle(f, v); });
        chip.appendChild(x);
        chips.appendChild(chip);
      });
    });
    document.querySelectorAll('#tabs button').forEach(function (b) {
      b.setAttribute('aria-selected', String(b.dataset.view === (p.get('view') || 'list')));
    });
  }

  function toggle(facet, value) {
    var p = params();
    var values = p.getAll(facet);
    p.delete(facet);
    var on = values.indexOf(value) < 0;
    values.filter(function (v) { return v !== value; }).forEach(function (v) { p.append(facet, v); });
    if (on) { p.append(facet, value); }
    go(p);
  }

  function drawFacets(p, data) {
    var box = document.getElementById('facet-list');
    box.textContent = '';
    FACETS.forEach(function (f) {
      var facet = data.facets[f];
      var fs = el('fieldset', null, { 'class': 'facet', 'data-facet': f });
      fs.appendChild(el('legend', facet.label));
      var ul = el('ul');
      facet.values.forEach(function (v) {
        var li = el('li');
        var label = el('label');
        var box = el('input', null, { type: 'checkbox', value: v.value, 'data-facet': f });
        box.checked = !!v.selected;
        box.addEventListener('change', function () { toggle(f, v.value); });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + v.label));
        label.appendChild(el('span', String(v.count), { 'class': 'count' + (v.count ? '' : ' zero') }));
        li.appendChild(label);
        ul.appendChild(li);
      });
      if (!facet.values.length) { ul.appendChild(el('li', 'no values under these filters')); }
      if (facet.more > 0) {
        // The server lists the most frequent values; the rest are a search or a wider list away.
        var more = el('li', null, { 'class': 'more' });
        more.appendChild(document.createTextNode(facet.more + ' more, less frequent; narrow the filters or search a name, or '));
        var wider = el('button', 'list more', { type: 'button', 'class': 'link' });
        wider.addEventListener('click', function () {
          var q = params();
          q.set('facetLimit', String(Math.min(5000, (Number(q.get('facetLimit')) || 200) * 5)));
          go(q);
        });
        more.appendChild(wider);
        ul.appendChild(more);
      }
      fs.appendChild(ul);
      box.appendChild(fs);
    });
  }

  function evidence(c) {
    var parts = [c.date, c.sourceTitle + (c.paragraph.length ? ', paragraph ' + c.paragraph.join(', ') : '')];
    parts.push('confidence: ' + (c.confidence === 'none' ? 'not stated' : c.confidence));
    if (c.rank && c.rank !== 'normal') { parts.push('rank: ' + c.rank); }
    if (c.ambiguous) { parts.push('ambiguity noted'); }
    return parts.join(' · ');
  }

  function drawView(name, data) {
    view.textContent = '';
    view.dataset.view = name;
    document.body.dataset.view = name;
    if (data.total > data.results.length) {
      view.appendChild(el('p', 'Showing ' + data.results.length + ' of ' + data.total + ' claims; narrow the filters.'));
    }
    var drawn = ({ list: list, table: table, network: network, timeline: timeline, map: map })[name](data);
    return Promise.resolve(drawn).then(function (n) { document.body.dataset.drawn = String(n); });
  }

  function list(data) {
    var ol = el('ol', null, { 'class': 'claims' });
    data.results.forEach(function (c) {
      var li = el('li', null, { 'data-claim': c.iri });
      li.appendChild(el('a', c.title, { href: c.path }));
      li.appendChild(el('span', evidence(c), { 'class': 'evidence' }));
      ol.appendChild(li);
    });
    view.appendChild(ol);
    return data.results.length;
  }

  function table(data) {
    var t = el('table', null, { 'class': 'claims' });
    var head = el('tr');
    ['Claim', 'Kind', 'Date', 'Source', 'Paragraph', 'Confidence', 'Ambiguity'].forEach(function (h) { head.appendChild(el('th', h)); });
    t.appendChild(head);
    data.results.forEach(function (c) {
      var tr = el('tr', null, { 'data-claim': c.iri });
      var td = el('td');
      td.appendChild(el('a', c.title, { href: c.path }));
      tr.appendChild(td);
      [c.kindLabel, c.date, c.sourceTitle, c.paragraph.join(', '), c.confidence, c.ambiguous ? 'yes' : ''].forEach(function (v) {
        tr.appendChild(el('td', v));
      });
      t.appendChild(tr);
    });
    view.appendChild(t);
    return data.results.length;
  }

  function network(data) {
    var net = data.network || { elements: [], nodes: 0 };
    view.appendChild(el('p', net.nodes + ' actors and ' + net.edges + ' relations among the actors these claims name.'));
    var box = el('div', null, { id: 'explore-cy' });
    view.appendChild(box);
    var cy = cytoscape({
      container: box, elements: net.elements, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110,
          'background-color': '#6c8ebf', 'width': 14, 'height': 14, 'text-valign': 'bottom' } },
        { selector: 'node[kind = "person"]', style: { 'background-color': '#f0a30a' } },
        { selector: 'edge', style: { 'width': 'mapData(claims, 0, 4, 1, 4)', 'curve-style': 'bezier', 'line-color': '#888',
          'target-arrow-color': '#888', 'label': 'data(relation)', 'font-size': 7,
          'target-arrow-shape': function (e) { return e.data('directed') ? 'triangle' : 'none'; } } }
      ],
      layout: { name: 'cose', animate: false, randomize: false }
    });
    cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('path'); });
    return cy.nodes().length;
  }

  function year(d) { return d ? parseInt(d.substring(0, 4), 10) + (parseInt(d.substring(5, 7), 10) - 1) / 12 : null; }

  function timeline(data) {
    var dated = data.results.filter(function (c) { return c.earliest || c.latest; });
    var undated = data.results.length - dated.length;
    view.appendChild(el('p', dated.length + ' dated claims' + (undated ? '; ' + undated + ' without a date are not drawn' : '') + '.'));
    if (!dated.length) { return 0; }
    var lo = Infinity;
    var hi = -Infinity;
    dated.forEach(function (c) {
      [year(c.earliest), year(c.latest)].forEach(function (y) { if (y !== null) { lo = Math.min(lo, y); hi = Math.max(hi, y + 1 / 12); } });
    });
    lo = Math.floor(lo) - 1;
    hi = Math.ceil(hi) + 1;
    var span = hi - lo;
    var axis = el('div', null, { 'class': 'tl-axis' });
    [lo, Math.round(lo + span / 2), hi].forEach(function (y) { axis.appendChild(el('span', String(y))); });
    view.appendChild(axis);
    dated.forEach(function (c) {
      var row = el('div', null, { 'class': 'tl-row', 'data-claim': c.iri });
      var label = el('a', c.title, { 'class': 'tl-label', href: c.path, title: c.title });
      var track = el('div', null, { 'class': 'tl-track' });
      var s = year(c.earliest);
      var e = c.latest ? year(c.latest) + 1 / 12 : null;
      // An open end is drawn as a short fading bar (two years), not as a bar to the edge of the axis.
      var cls = 'tl-bar';
      if (s === null) { s = e - 2; cls += ' open-start'; }
      if (e === null) { e = s + 2; cls += ' open-end'; }
      var bar = el('div', null, { 'class': cls, title: c.date });
      bar.style.left = (100 * (s - lo) / span) + '%';
      bar.style.width = Math.max(0.4, 100 * (e - s) / span) + '%';
      track.appendChild(bar);
      row.appendChild(label);
      row.appendChild(track);
      view.appendChild(row);
    });
    return dated.length;
  }

  function map(data) {
    var need = [];
    if (!mapData) { need.push(json('/map.json').then(function (d) { mapData = d; })); }
    if (!outlines) { need.push(json('/view/world-110m.json').then(function (d) { outlines = d; })); }
    return Promise.all(need).then(function () {
      var wanted = {};
      data.results.forEach(function (c) { wanted[c.iri] = true; });
      var features = mapData.features.map(function (f) {
        var claims = (f.properties.claims || []).filter(function (c) { return wanted[c.iri]; });
        return { f: f, claims: claims };
      }).filter(function (x) { return x.claims.length; });
      view.appendChild(el('p', features.length + ' places with coordinates hold these claims (places without a '
        + 'gazetteer point are not drawn).'));
      var box = el('div', null, { id: 'explore-map' });
      view.appendChild(box);
      var m = L.map(box, { minZoom: 2, maxZoom: 9 });
      L.geoJSON(outlines, { style: { color: '#8a9bb0', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false }).addTo(m);
      var points = features.map(function (x) { return [x.f.geometry.coordinates[1], x.f.geometry.coordinates[0]]; });
      if (points.length) { m.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: 6 }); } else { m.setView([20, 105], 3); }
      features.forEach(function (x, i) {
        var marker = L.circleMarker(points[i], { radius: 6 + Math.min(8, 2 * x.claims.length), color: '#23395d', weight: 2,
          fillColor: '#d62728', fillOpacity: 0.8, className: 'place-marker' }).addTo(m);
        marker.bindTooltip(x.f.properties.label + ': ' + x.claims.length + (x.claims.length === 1 ? ' claim' : ' claims'));
        marker.bindPopup(function () {
          var b = el('div');
          b.appendChild(el('a', x.f.properties.label, { href: x.f.properties.path }));
          var ul = el('ul');
          x.claims.forEach(function (c) { var li = el('li'); li.appendChild(el('a', c.title, { href: c.path })); ul.appendChild(li); });
          b.appendChild(ul);
          return b;
        });
        marker.getElement().setAttribute('data-place', x.f.properties.id);
      });
      return features.length;
    });
  }

  document.querySelectorAll('#tabs button').forEach(function (b) {
    b.addEventListener('click', function () {
      var p = params();
      if (b.dataset.view === 'list') { p.delete('view'); } else { p.set('view', b.dataset.view); }
      go(p);
    });
  });
  document.getElementById('text').addEventListener('submit', function (e) {
    e.preventDefault();
    var p = params();
    var q = document.getElementById('q').value.trim();
    if (q) { p.set('q', q); } else { p.delete('q'); }
    go(p);
  });
  document.getElementById('apply-time').addEventListener('click', function () {
    var p = params();
    ['from', 'to'].forEach(function (k) {
      var v = document.getElementById(k).value.trim();
      if (v) { p.set(k, v); } else { p.delete(k); }
    });
    if (document.getElementById('within').checked) { p.set('time', 'within'); } else { p.delete('time'); }
    go(p);
  });
  window.addEventListener('popstate', load);
  if (VIEWS.indexOf(params().get('view') || 'list') < 0) { status.textContent = 'Unknown view.'; }
  load();
}());
