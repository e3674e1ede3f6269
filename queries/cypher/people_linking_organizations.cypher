// People tied to two or more organizations (positions, direction, ownership, signatures).
// returns: person, organizations, count
MATCH (p:Person)-[:HOLDS_POSITION|DIRECTS|FOUNDED]->(o:Organization)
WITH p, collect(DISTINCT o.name) AS organizations
WHERE size(organizations) >= 2
RETURN p.name AS person, organizations, size(organizations) AS count
ORDER BY count DESC, person
