// People who signed agreements, with their roles and the parties.
// returns: person, agreement, date, parties
MATCH (p:Person)-[:SIGNED]->(a:Agreement)<-[:PARTY_TO]-(o:Organization)
RETURN p.name AS person, a.name AS agreement, a.date AS date, collect(DISTINCT o.name) AS parties
ORDER BY person, date
