// Organizations linked to one organization by cooperation, agreements or membership, nearest first.
// param org: organization — name, alias, abbreviation or ИНН (example: ВЭМЗ)
// param hops: int = 4 — longest path, counting the agreement node as a step (example: 2)
// param limit: int = 100 — at most this many rows (example: 20)
// returns: name, kind, hops
MATCH p = (a:Organization {id: $org})-[:LINKED* SHORTEST 1..6]->(b:Organization)
WHERE b.id <> a.id AND length(p) <= $hops
RETURN b.name AS name, b.kind AS kind, min(length(p)) AS hops
ORDER BY hops, name
LIMIT $limit
