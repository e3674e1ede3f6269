// Organizations of the graph with their kind, ИНН, region and how many links they have.
// param kind: string = null — only this kind: company, government, cluster, technopark… (example: cluster)
// param limit: int = 100 — at most this many rows, most linked first (example: 20)
// returns: name, kind, inn, regions, links
MATCH (o:Organization)
WHERE coalesce($kind, o.kind) = o.kind
WITH o ORDER BY o.links DESC, o.name LIMIT $limit
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
RETURN o.name AS name, o.kind AS kind, o.inn AS inn, collect(DISTINCT p.name) AS regions, o.links AS links
ORDER BY links DESC, name
