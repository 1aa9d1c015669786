/*
 * vdkg's additions to the Fuseki query UI at /query, loaded before the UI (a file, not inline: the
 * Content-Security-Policy allows scripts from this server only).
 * 1. The UI opens on the dataset's query view and stays there: other routes (dataset management, upload,
 *    edit, info) are sent back to it; their files are not served anyway.
 * 2. The UI's own navigation and its management tabs are removed from the page (the site's bar replaces them).
 * 3. Result IRIs under the base IRI link to this server's pages, and show their label where one exists,
 *    fetched in one SPARQL query per batch of new links.
 * 4. One click on an example (a saved question) loads it and runs it: the UI only loads it, so once the
 *    editor holds the new text, the Run button is pressed.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var dataset = root.getAttribute('data-dataset') || 'vdkg';
  var sparql = root.getAttribute('data-sparql') || '/' + dataset + '/sparql';
  var base = root.getAttribute('data-base') || '';
  var route = '#/dataset/' + dataset + '/query';

  function onQueryView() {
    var h = location.hash;
    return h === route || h.indexOf(route + '?') === 0;
  }

  function keepOnQueryView() {
    if (!onQueryView()) {
      history.replaceState(history.state, '', location.pathname + location.search + route);
      if (document.readyState !== 'loading') {
        window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      }
    }
  }
  keepOnQueryView();
  window.addEventListener('hashchange', keepOnQueryView);
  window.addEventListener('popstate', function () { setTimeout(keepOnQueryView, 0); });

  /* Links and tabs of the UI that lead away from querying. */
  var AWAY = /#\/(manage|documentation)|\/(upload|edit|info)(\?|$)/;

  function removeControls(scope) {
    scope.querySelectorAll('#app nav.navbar, #app ul.card-header-tabs').forEach(function (el) { el.remove(); });
    scope.querySelectorAll('#app a[href]').forEach(function (a) {
      if (AWAY.test(a.getAttribute('href'))) {
        (a.closest('li') || a).remove();
      }
    });
  }

  var IRI = /^[^<>"{}|^`\\\s]+$/;
  var pending = [];
  var timer = null;

  function localise(a) {
    if (a.hasAttribute('data-vdkg')) {
      return;
    }
    a.setAttribute('data-vdkg', '1');
    var iri = a.getAttribute('href');
    if (!iri || !IRI.test(iri) || !/^https?:/.test(iri)) {
      return;
    }
    a.title = iri;
    if (base && iri.indexOf(base) === 0) {
      a.setAttribute('href', '/' + iri.substring(base.length));
      a.removeAttribute('target');
    }
    pending.push({ link: a, iri: iri });
    if (timer === null) {
      timer = setTimeout(fetchLabels, 50);
    }
  }

  function fetchLabels() {
    timer = null;
    var batch = pending.splice(0, 500);
    if (batch.length === 0) {
      return;
    }
    var iris = {};
    batch.forEach(function (p) { iris[p.iri] = true; });
    var values = Object.keys(iris).map(function (i) { return '<' + i + '>'; }).join(' ');
    var q = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
      + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
      + 'SELECT ?s ?label WHERE { VALUES ?s { ' + values + ' } '
      + '{ ?s skos:prefLabel ?label } UNION { ?s rdfs:label ?label } '
      + 'FILTER (lang(?label) = "en" || lang(?label) = "") }';
    fetch(sparql, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(q)
    }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (json) {
      if (!json) {
        return;
      }
      var labels = {};
      json.results.bindings.forEach(function (b) {
        var s = b.s.value;
        var l = b.label;
        /* English before untagged, then the shortest for a stable choice. */
        var rank = l['xml:lang'] === 'en' ? 0 : 1;
        var old = labels[s];
        if (!old || rank < old.rank || (rank === old.rank && l.value < old.text)) {
          labels[s] = { rank: rank, text: l.value };
        }
      });
      batch.forEach(function (p) {
        if (labels[p.iri]) {
          p.link.textContent = labels[p.iri].text;
          p.link.classList.add('labelled');
        }
      });
    }).catch(function () { /* labels are a nicety: the IRIs stay */ });
    if (pending.length > 0) {
      timer = setTimeout(fetchLabels, 0);
    }
  }

  function editorText() {
    var cm = document.querySelector('.CodeMirror');
    return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;
  }

  function runWhenLoaded(before, tries) {
    var now = editorText();
    var run = document.querySelector('.yasqe_queryButton');
    /* The same example clicked twice leaves the text as it was: run it after a short wait all the same. */
    if (run && now !== null && (now !== before || tries >= 15)) {
      run.click();
    } else if (tries < 100) {
      setTimeout(function () { runWhenLoaded(before, tries + 1); }, 20);
    }
  }

  document.addEventListener('click', function (e) {
    var example = e.target instanceof Element ? e.target.closest('span.badge.text-bg-info') : null;
    if (example) {
      runWhenLoaded(editorText(), 0);
    }
  });

  function scan() {
    removeControls(document);
    document.querySelectorAll('#yasr a.iri').forEach(localise);
  }

  function start() {
    scan();
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
