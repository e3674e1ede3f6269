// Organizations with the most cooperation, agreement and membership links.
// param top: int = 20 — how many (example: 10)
// returns: name, kind, links
MATCH (o:Organization)-[r:COOPERATES_WITH|PARTY_TO|MEMBER_OF]-()
RETURN o.name AS name, o.kind AS kind, count(r) AS links
ORDER BY links DESC, name
LIMIT $top
