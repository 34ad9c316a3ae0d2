// name: most-contested
// title: Most contested proposals
// description: Proposals with sides both for and against them, most contested first (people count for the side they represent)
// params: limit:int=20
MATCH (x)-[:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(:Proposal)
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, coalesce(s.key, x.key) AS side
MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(p:Proposal)
WITH p, count(DISTINCT CASE WHEN type(r) <> 'REJECTS' THEN side ELSE null END) AS sides_for,
        count(DISTINCT CASE WHEN type(r) = 'REJECTS' THEN side ELSE null END) AS sides_against,
        count(DISTINCT r.article) AS articles
WHERE sides_for > 0 AND sides_against > 0
RETURN p.name AS proposal, p.kind AS kind, sides_for, sides_against, articles
ORDER BY sides_against DESC, sides_for DESC, articles DESC, proposal
LIMIT $limit
