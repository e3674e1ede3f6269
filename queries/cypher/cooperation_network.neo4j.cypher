// Organizations linked to one organization by cooperation, agreements or membership, nearest first.
MATCH p = (a:Organization {id: $org})-[:COOPERATES_WITH|PARTY_TO|MEMBER_OF* 1..6]-(b:Organization)
WHERE b.id <> a.id AND length(p) <= $hops
RETURN b.name AS name, b.kind AS kind, min(length(p)) AS hops
ORDER BY hops, name
LIMIT $limit
