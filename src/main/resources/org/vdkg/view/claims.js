// Claims in words with their evidence, as the views' detail panels list them (the network's edges, the timeline's
// bars). Each claim comes from the server as ClaimJson writes it: title, when, evidence, confidence, ambiguity.
(function () {
  'use strict';

  function evidenceText(c) {
    return (c.evidence || []).map(function (ev) {
      var parts = [ev.sourceTitle || ev.source];
      if (ev.paragraphs && ev.paragraphs.length) { parts.push('paragraph ' + ev.paragraphs.join(', ')); }
      if (ev.footnotes && ev.footnotes.length) { parts.push('footnote ' + ev.footnotes.join(', ')); }
      if (ev.citedWork) { parts.push('citing ' + ev.citedWork + (ev.pages ? ', p. ' + ev.pages : '')); }
      return parts.join('; ');
    }).join(' | ');
  }

  function line(className, text) {
    var div = document.createElement('div');
    div.className = className;
    div.textContent = text;
    return div;
  }

  // An ordered list of the claims: the title links to the claim's page; date, evidence and ambiguity below it.
  function list(claims) {
    var ol = document.createElement('ol');
    claims.forEach(function (c) {
      var li = document.createElement('li');
      li.className = 'claim';
      var a = document.createElement('a');
      a.href = c.path || c.iri;
      a.textContent = c.title;
      li.appendChild(a);
      li.appendChild(line('when', c.when));
      li.appendChild(line('evidence', 'Source: ' + evidenceText(c) + (c.confidence ? ' · confidence: ' + c.confidence : '')));
      if (c.ambiguity) { li.appendChild(line('ambiguity', 'Ambiguity: ' + c.ambiguity)); }
      ol.appendChild(li);
    });
    return ol;
  }

  window.vdkgClaims = { evidenceText: evidenceText, list: list };
}());
