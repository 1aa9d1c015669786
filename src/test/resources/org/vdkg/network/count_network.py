"""Reads a network export with networkx (an independent reader) and prints its node and edge counts.

Usage: python3 count_network.py graphml|gexf|cyjs FILE
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
print(g.number_of_nodes(), g.number_of_edges())
