// Organizations of a region, optionally only those whose main ОКВЭД starts with a prefix.
// param region: place — the region (example: Чувашская Республика)
// param okved: string = null — ОКВЭД prefix (example: 27)
// param limit: int = 100 — at most this many rows (example: 20)
// returns: name, kind, okved, inn
MATCH (o:Organization)-[:LOCATED_IN]->(p:Place)
WHERE (p.id = $region OR EXISTS { MATCH (p)-[:LOCATED_IN]->(r:Place {id: $region}) })
  AND coalesce(o.okved, '') STARTS WITH coalesce($okved, '')
RETURN DISTINCT o.name AS name, o.kind AS kind, o.okved AS okved, o.inn AS inn
ORDER BY name
LIMIT $limit
