// name: delegations
// title: Delegations
// description: Who represents whom, in which role, and when (optionally for one state, organisation or person)
// params: actor:actor (optional)
MATCH (p:Person)-[r:REPRESENTS]->(x)
WHERE $actor = '' OR x.key = $actor OR p.key = $actor
RETURN x.name AS represents, p.name AS person, coalesce(r.role, '') AS role,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_seen, max(r.date) AS last_seen
ORDER BY represents, person, role
