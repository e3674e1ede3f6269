// The shortest chain of cooperation, agreements and membership between two organizations.
// param source: organization — first organization (example: Тулаприводмаш)
// param target: organization — second organization (example: ВЭМЗ)
// returns: path, hops
MATCH p = (a:Organization {id: $source})-[:LINKED* SHORTEST 1..8 (r, n | {}, {n.name})]->(b:Organization {id: $target})
RETURN properties(nodes(p), 'name') AS path, length(p) AS hops
