// The /map view: the located places of /map.json drawn with Leaflet over country outlines served by this server
// (/view/world-110m.json, Natural Earth). No tile server: nothing is fetched from another site. Click a place to see
// its names, its gazetteer record and the claims at it; ?place=place.kunming opens that place's pop-up on load.
(function () {
  'use strict';
  var status = document.getElementById('status');
  var wanted = new URLSearchParams(window.location.search).get('place');

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // Built with DOM nodes and textContent only, so no name from the data can become markup.
  function popup(props) {
    var box = el('div', null, { 'class': 'place-popup', 'data-place': props.id });
    var h = el('h2');
    h.appendChild(props.path ? el('a', props.label, { href: props.path }) : document.createTextNode(props.label));
    box.appendChild(h);
    var others = Object.keys(props.labels || {}).filter(function (l) { return l !== 'en'; }).sort()
      .map(function (l) { return props.labels[l] + ' (' + l + ')'; });
    if (others.length) { box.appendChild(el('p', others.join(' · '), { 'class': 'meta' })); }
    var g = props.gazetteer;
    if (g) {
      box.appendChild(el('p', 'GeoNames ' + props.geonamesId + ': ' + (g.name || '') + ', ' + (g.country || '') + ' '
        + (g.featureCode || '') + ' (from ' + (g.dataset || 'a gazetteer') + ')', { 'class': 'meta' }));
    }
    box.appendChild(el('p', props.claimCount + (props.claimCount === 1 ? ' claim' : ' claims') + ' at this place'));
    var list = el('ul');
    (props.claims || []).forEach(function (c) {
      var li = el('li');
      li.appendChild(el('a', c.title, { href: c.path, 'class': 'claim' }));
      var how = (c.roles || []).slice();
      (c.via || []).forEach(function (v) { how.push((v.roles || []).join(', ') + ': ' + v.label); });
      if (how.length) { li.appendChild(document.createTextNode(' (' + how.join('; ') + ')')); }
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function json(path) {
    return fetch(path).then(function (r) {
      if (!r.ok) { throw new Error(path + ' answered ' + r.status); }
      return r.json();
    });
  }

  Promise.all([json('/view/world-110m.json'), json('/map.json')]).then(function (all) {
    var outlines = all[0];
    var places = all[1];
    var map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 9 });
    var credits = (places.sources || []).map(function (s) { return 'Coordinates: ' + s.coordinates + ' (' + s.licence + ')'; });
    if (outlines.source) { credits.push('Outlines: ' + outlines.source.data + ', via ' + outlines.source.package + ' ' + outlines.source.version); }
    map.attributionControl.addAttribution(credits.map(function (c) { return el('span', c).innerHTML; }).join(' · '));
    L.geoJSON(outlines, { style: { color: '#8a9bb0', weight: 1, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false })
      .addTo(map);
    var points = places.features.map(function (f) { return [f.geometry.coordinates[1], f.geometry.coordinates[0]]; });
    // The view is set before the markers are added, so that each marker's SVG element exists when it is tagged.
    if (points.length) {
      map.fitBounds(L.latLngBounds(points), { padding: [60, 60], maxZoom: 6 });
    } else {
      map.setView([20, 105], 3);
    }
    var markers = [];
    places.features.forEach(function (f, i) {
      var p = f.properties;
      var m = L.circleMarker(points[i], {
        radius: 6 + Math.min(8, 2 * (p.claimCount || 0)), color: '#23395d', weight: 2, fillColor: '#d62728',
        fillOpacity: 0.8, className: 'place-marker'
      }).addTo(map);
      m.bindTooltip(p.label);
      m.bindPopup(function () { return popup(p); }, { maxWidth: 420 });
      m.getElement().setAttribute('data-place', p.id);
      markers.push({ id: p.id, marker: m });
    });
    document.body.dataset.places = String(markers.length);
    status.textContent = markers.length + ' places with coordinates from a gazetteer (places without a gazetteer '
      + 'point, such as provinces and regions, are not drawn). Click a place to see its claims.';
    var open = markers.filter(function (x) { return x.id === wanted; })[0];
    if (open) { open.marker.openPopup(); }
    document.body.dataset.rendered = 'true';
  }).catch(function (err) {
    status.textContent = 'Could not load the map: ' + err.message;
    document.body.dataset.rendered = 'error';
  });
}());
