"""Reads a network export with networkx (an independent reader) and prints what it found as JSON.

Usage: python3 read_network.py graphml|gexf|cyjs FILE
Prints: nodes, edges, whether the graph is directed, how many edges are undirected, every claim IRI named on an
edge, the relations of the edges that name no claim, the node attribute names, and (GEXF) the spells without an
end or start next to the edge's open_end/open_start flag.
"""
import json
import sys

import networkx as nx
from networkx.readwrite import json_graph

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path)
elif fmt == "gexf":
    g = nx.read_gexf(path)
elif fmt == "cyjs":
    with open(path, encoding="utf-8") as f:
        g = json_graph.cytoscape_graph(json.load(f))
else:
    sys.exit("unknown format " + fmt)

iris = set()
bare = []
undirected = 0
open_spells = []
for u, v, d in g.edges(data=True):
    named = d.get("claim_iris", [])
    if isinstance(named, str):
        named = named.split()
    iris.update(named)
    if not named:
        bare.append(d.get("relation"))
    if not g.is_directed() or d.get("directed") is False:
        undirected += 1
    for spell in d.get("spells", []):
        start, end = spell[0], spell[1]
        open_spells.append({"start": start is None, "end": end is None,
                            "open_start": d.get("open_start") in (True, "true"),
                            "open_end": d.get("open_end") in (True, "true")})
node_attrs = sorted({k for _, d in g.nodes(data=True) for k in d})
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                  "undirected_edges": undirected, "claim_iris": sorted(iris), "edges_without_claims": sorted(bare),
                  "node_attributes": node_attrs, "spells": open_spells}))
