"""An independent linked-data client (rdflib) walking a running vdkg server.

Usage: python3 linked-data-walk.py SERVER_ROOT BASE_IRI

Starts at SERVER_ROOT/.well-known/void, takes the example resources, then follows every IRI under
BASE_IRI/id/ that a description mentions, mapping BASE_IRI to SERVER_ROOT (as the server does).
Then it reads the Turtle dump the VoID names and dereferences every IRI under BASE_IRI/id/ of the
dump that the links did not reach (entities no statement links to, such as those named only in a
photo caption).
Each resource is fetched as Turtle; the examples also as JSON-LD, RDF/XML and N-Triples, which must
give the same graph. Prints one JSON object: what was reached and every problem met.
"""
import json
import sys
import urllib.request

import rdflib
from rdflib.compare import isomorphic

FORMATS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
}
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


def fetch(url, accept):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get("Content-Type", ""), response.read()


def parse(url, accept, base_iri):
    content_type, body = fetch(url, accept)
    if not content_type.startswith(accept):
        raise ValueError(f"{url} asked {accept}, got {content_type}")
    g = rdflib.Graph()
    g.parse(data=body, format=FORMATS[accept], publicID=base_iri)
    return lower_language_tags(g)


def lower_language_tags(g):
    """RDF 1.1 language tags are case-insensitive (zh-Hans = zh-hans) and JSON-LD writers may lower-case them;
    rdflib's isomorphism test compares them as written, so the graphs are compared with lower-case tags."""
    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, rdflib.Literal) and o.language:
            o = rdflib.Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


def main(root, base):
    root = root.rstrip("/") + "/"
    problems = []
    void = parse(root + ".well-known/void", "text/turtle", base)
    dataset = rdflib.URIRef(base)
    examples = sorted(str(o) for o in void.objects(dataset, VOID.exampleResource))
    dumps = sorted(str(o) for o in void.objects(dataset, VOID.dataDump))
    if not examples:
        problems.append("the VoID names no void:exampleResource")
    local = lambda iri: root + iri[len(base):]
    for iri in examples:
        graphs = {}
        for accept in FORMATS:
            try:
                graphs[accept] = parse(local(iri), accept, base)
            except Exception as e:  # any failure is a finding, reported with the others
                problems.append(f"{iri} as {accept}: {e}")
        turtle = graphs.get("text/turtle")
        for accept, g in graphs.items():
            if turtle is not None and not isomorphic(turtle, g):
                problems.append(f"{iri}: {accept} differs from Turtle ({len(g)} vs {len(turtle)} triples)")
    reached = set()
    crawl(list(examples), reached, local, base, problems)
    by_links = sorted(reached)
    turtle_dumps = [d for d in dumps if d.endswith(".ttl")]
    if not turtle_dumps:
        problems.append("the VoID names no Turtle dump")
    for dump in turtle_dumps:
        g = rdflib.Graph()
        g.parse(data=fetch(dump, "text/turtle")[1], format="turtle")
        in_dump = {str(s) for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(base + "id/")}
        crawl(sorted(in_dump - reached), reached, local, base, problems)
    print(json.dumps({
        "examples": examples,
        "dumps": dumps,
        "reached_by_links": len(by_links),
        "reached": sorted(reached),
        "problems": problems,
    }))


def crawl(todo, reached, local, base, problems):
    """Dereferences each IRI as Turtle and queues the IRIs under BASE_IRI/id/ its description mentions."""
    while todo:
        iri = todo.pop()
        if iri in reached:
            continue
        reached.add(iri)
        try:
            g = parse(local(iri), "text/turtle", base)
        except Exception as e:  # a broken link is a finding, not a crash
            problems.append(f"{iri}: {e}")
            continue
        if (rdflib.URIRef(iri), None, None) not in g:
            problems.append(f"{iri}: its description has no triple about it")
        for node in set(g.subjects()) | set(g.objects()):
            if isinstance(node, rdflib.URIRef):
                s = str(node).split("#")[0]
                if s.startswith(base + "id/") and s not in reached:
                    todo.append(s)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
