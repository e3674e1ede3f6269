// Organizations of the graph with their kind, ИНН, region and how many links they have.
// param kind: string = null — only this kind: company, government, cluster, technopark… (example: cluster)
// param limit: int = 100 — at most this many rows, most linked first (example: 20)
// returns: name, kind, inn, regions, links
MATCH (o:Organization)
WHERE coalesce($kind, o.kind) = o.kind
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH o, collect(DISTINCT p.name) AS regions
OPTIONAL MATCH (o)-[r:COOPERATES_WITH|PARTY_TO|MEMBER_OF]-()
RETURN o.name AS name, o.kind AS kind, o.inn AS inn, regions, count(r) AS links
ORDER BY links DESC, name
LIMIT $limit
