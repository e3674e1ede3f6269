// Organizations with the most cooperation, agreement and membership links, optionally of one region,
// with their betweenness among their partners (how much they broker between them).
// param region: place = null — only organizations located in this region (example: Тульская область)
// param top: int = 20 — how many (example: 10)
// adds: betweenness
// returns: name, kind, links, betweenness
MATCH (o:Organization)
WHERE o.links > 0
WITH o, coalesce($region, '') AS region
WHERE region = '' OR EXISTS { MATCH (o)-[:LOCATED_IN]->(p:Place) WHERE p.id = region }
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.links AS links
ORDER BY links DESC, name
LIMIT $top
