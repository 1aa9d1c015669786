// The /graph view: the actor network of /graph.json drawn with Cytoscape.js, filtered by relation type and time
// window, re-fitted to what the filter leaves. A legend names the node types and relation colours; clicking an edge
// lists its claims in words with their evidence (/graph/edge.json). The filter lives in the URL
// (?relation=aid,training&from=1950&to=1960&undated=0) so a view can be shared.
(function () {
  'use strict';
  var COLOURS = {
    aid: '#d62728', training: '#1f77b4', cooperation: '#2ca02c', alliance: '#9467bd', membership: '#8c564b',
    'sub-organisation': '#7f7f7f', position: '#e377c2', request: '#ff7f0e', accompanied: '#17becf',
    state: '#bcbd22', 'period-of': '#393b79', visit: '#8c6d31', participation: '#637939'
  };
  // Node types: a colour each, and a shape for the three that matter most when reading the network.
  var TYPE_PALETTE = ['#6c8ebf', '#2ca02c', '#9467bd', '#8c564b', '#17becf', '#7f7f7f', '#e377c2', '#bcbd22',
    '#393b79', '#637939', '#843c39', '#7b4173', '#d62728', '#98df8a', '#c5b0d5', '#c49c94', '#9edae5', '#ff9896',
    '#dbdb8d', '#aec7e8', '#ffbb78', '#5254a3', '#8ca252', '#bd9e39'];
  var TYPE_FIXED = { Person: ['#f0a30a', 'ellipse'], State: ['#23395d', 'round-rectangle'], Place: ['#3a9d5d', 'triangle'] };
  var typeStyle = {};
  var details = document.getElementById('details');
  var params = new URLSearchParams(window.location.search);
  var status = document.getElementById('status');

  function colour(r) { return COLOURS[r] || '#333'; }

  function styleTypes(nodes) {
    var types = Array.from(new Set(nodes.map(function (n) { return n.data.type || 'Thing'; }))).sort();
    var i = 0;
    types.forEach(function (t) {
      typeStyle[t] = TYPE_FIXED[t] || [TYPE_PALETTE[i++ % TYPE_PALETTE.length], 'ellipse'];
    });
  }

  function legendEntry(list, colour, shape, text) {
    var li = document.createElement('li');
    var swatch = document.createElement('span');
    swatch.className = 'swatch shape-' + shape;
    swatch.style.background = colour;
    li.appendChild(swatch);
    li.appendChild(document.createTextNode(text));
    list.appendChild(li);
  }

  // The legend: every node type drawn (colour and shape) and every relation (colour; an arrow when directed).
  function legend(cy) {
    var box = document.getElementById('legend');
    var h = document.createElement('h2');
    h.textContent = 'Legend';
    var types = document.createElement('ul');
    types.className = 'types';
    Object.keys(typeStyle).sort().forEach(function (t) {
      var n = cy.nodes().filter(function (x) { return (x.data('type') || 'Thing') === t; }).length;
      legendEntry(types, typeStyle[t][0], typeStyle[t][1], t.replace(/([a-z])([A-Z])/g, '$1 $2') + ' (' + n + ')');
    });
    var rels = document.createElement('ul');
    rels.className = 'relations';
    Array.from(new Set(cy.edges().map(function (e) { return e.data('relation'); }))).sort().forEach(function (r) {
      legendEntry(rels, colour(r), 'line', r);
    });
    var note = document.createElement('p');
    note.textContent = 'Node: type of the actor or place. Edge: a relation that claims establish, thicker with more '
      + 'claims, an arrow when it has a direction. Click an edge for its claims and their evidence.';
    box.replaceChildren(h, types, rels, note);
  }


  // The claims behind one edge, in words, each with its date, evidence and a link to its page.
  function showEdge(edge) {
    var s = edge.source().data();
    var t = edge.target().data();
    var heading = document.createElement('h2');
    heading.textContent = s.label + ' — ' + edge.data('relation') + ' — ' + t.label;
    var list = document.createElement('ol');
    details.replaceChildren(heading, list);
    details.hidden = false;
    details.dataset.state = 'loading';
    var q = new URLSearchParams({ relation: edge.data('relation'), source: s.iri, target: t.iri });
    fetch('/graph/edge.json?' + q).then(function (r) {
      if (!r.ok) { throw new Error('/graph/edge.json answered ' + r.status); }
      return r.json();
    }).then(function (data) {
      list.replaceWith(vdkgClaims.list(data.claims));
      if (data.claims.length === 0) {
        var p = document.createElement('p');
        p.textContent = 'No claim: the curators state this relation on the entity itself.';
        details.appendChild(p);
      }
      details.dataset.claims = data.claims.length;
      details.dataset.state = 'done';
    }).catch(function (err) {
      var p = document.createElement('p');
      p.textContent = 'Could not load the claims: ' + err.message;
      details.appendChild(p);
      details.dataset.state = 'error';
    });
  }

  // A dated edge is shown when one of its claims' spans overlaps the window; open ends reach forever.
  function inWindow(edge, from, to, undated) {
    var spans = edge.data('spans') || [];
    if (spans.length === 0) { return undated; }
    var lo = from ? from + '-01-01' : null;
    var hi = to ? to + '-12-31' : null;
    return spans.some(function (s) {
      return (!hi || !s.earliest || s.earliest <= hi) && (!lo || !s.latest || s.latest >= lo);
    });
  }

  function draw(data) {
    styleTypes(data.elements.nodes);
    var cy = cytoscape({
      container: document.getElementById('cy'),
      elements: data.elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110,
          'background-color': function (n) { return typeStyle[n.data('type') || 'Thing'][0]; },
          'shape': function (n) { return typeStyle[n.data('type') || 'Thing'][1]; },
          'width': 14, 'height': 14, 'text-valign': 'bottom' } },
        { selector: 'edge', style: {
          'width': 'mapData(claims, 0, 4, 1, 4)', 'curve-style': 'bezier', 'opacity': 0.8,
          'line-color': function (e) { return colour(e.data('relation')); },
          'target-arrow-color': function (e) { return colour(e.data('relation')); },
          'target-arrow-shape': function (e) { return e.data('directed') ? 'triangle' : 'none'; } } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; } }
    });
    cy.on('tap', 'node', function (evt) {
      var path = evt.target.data('path');
      if (path) { window.location.href = path; }
    });
    cy.on('tap', 'edge', function (evt) { showEdge(evt.target); });
    cy.on('mouseover', 'edge', function (evt) {
      var d = evt.target.data();
      status.title = d.relation + ' · ' + d.claims + ' claim(s) · ' + (d.earliest || '?') + ' – ' + (d.latest || '?');
    });
    return cy;
  }

  function controls(cy) {
    var box = document.getElementById('relations');
    var wanted = params.get('relation') ? params.get('relation').split(',') : null;
    var relations = Array.from(new Set(cy.edges().map(function (e) { return e.data('relation'); }))).sort();
    relations.forEach(function (r) {
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'checkbox';
      input.value = r;
      input.name = 'relation';
      input.checked = !wanted || wanted.indexOf(r) >= 0;
      var swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour(r);
      label.appendChild(input);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(r));
      box.appendChild(label);
    });
    document.getElementById('from').value = params.get('from') || '';
    document.getElementById('to').value = params.get('to') || '';
    document.getElementById('undated').checked = params.get('undated') !== '0';
    document.getElementById('filters').addEventListener('input', function () { apply(cy, true); });
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  }

  function apply(cy, remember) {
    var on = Array.from(document.querySelectorAll('#relations input:checked')).map(function (i) { return i.value; });
    var from = document.getElementById('from').value;
    var to = document.getElementById('to').value;
    var undated = document.getElementById('undated').checked;
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var show = on.indexOf(e.data('relation')) >= 0 && inWindow(e, from, to, undated);
        e.toggleClass('hidden', !show);
      });
      cy.nodes().forEach(function (n) {
        n.toggleClass('hidden', n.connectedEdges().filter(function (e) { return !e.hasClass('hidden'); }).length === 0);
      });
    });
    var nodes = cy.nodes().filter(function (n) { return !n.hasClass('hidden'); }).length;
    var edges = cy.edges().filter(function (e) { return !e.hasClass('hidden'); }).length;
    status.dataset.nodes = nodes;
    status.dataset.edges = edges;
    status.textContent = nodes + ' actors and ' + edges + ' relations shown (of ' + cy.nodes().length + ' and '
      + cy.edges().length + '). Click an actor to open its page, a relation for its claims; drag to move, scroll to zoom.';
    if (remember) {
      // Fit what the filter left, so that a small selection is not lost in the space of the whole network.
      cy.resize();
      cy.fit(cy.elements().filter(function (x) { return !x.hasClass('hidden'); }), 20);
    }
    if (remember) {
      var q = new URLSearchParams();
      if (on.length !== document.querySelectorAll('#relations input').length) { q.set('relation', on.join(',')); }
      if (from) { q.set('from', from); }
      if (to) { q.set('to', to); }
      if (!undated) { q.set('undated', '0'); }
      history.replaceState(null, '', q.toString() ? '?' + q : window.location.pathname);
    }
  }

  fetch('/graph.json').then(function (r) {
    if (!r.ok) { throw new Error('/graph.json answered ' + r.status); }
    return r.json();
  }).then(function (data) {
    var cy = draw(data);
    window.vdkgGraph = cy;
    legend(cy);
    controls(cy);
    apply(cy, false);
    // The filter bar grew when the controls were added: take the drawing's size again before fitting.
    cy.resize();
    cy.fit(cy.elements(':visible'), 20);
    document.body.dataset.rendered = 'true';
  }).catch(function (err) {
    status.textContent = 'Could not load the network: ' + err.message;
    document.body.dataset.rendered = 'error';
  });
}());
