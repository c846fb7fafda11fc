"""Reads a GEXF file from stdin with networkx, as a Gephi user's script would, and prints what it
holds as JSON: {"nodes": [{"id", "label", "side", "kind", "events"}], "edges": [{"source",
"target", "weight", "spells"}]}. The browser tests compare it with parley-export's network."""

import json
import sys
import tempfile

import networkx

with tempfile.NamedTemporaryFile(suffix=".gexf") as file:
    file.write(sys.stdin.buffer.read())
    file.flush()
    graph = networkx.read_gexf(file.name)

print(json.dumps({
    "nodes": [
        {"id": id, "label": data["label"], "side": data["side"], "kind": data["kind"], "events": data["events"]}
        for id, data in graph.nodes(data=True)
    ],
    "edges": [
        {"source": a, "target": b, "weight": data["weight"], "spells": data.get("spells", [])}
        for a, b, data in graph.edges(data=True)
    ],
}))
