// The shortest chain of cooperation, agreements and membership between two organizations.
MATCH (a:Organization {id: $source}), (b:Organization {id: $target})
MATCH p = shortestPath((a)-[:COOPERATES_WITH|PARTY_TO|MEMBER_OF*1..8]-(b))
RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops
