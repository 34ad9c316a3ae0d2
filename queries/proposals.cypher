// name: proposals
// title: Proposals
// description: Every proposal with its kind, model, topics and how many actors are for or against it
// params: kind:proposal_kind (optional), topic:topic (optional)
MATCH (p:Proposal)
WHERE ($kind = '' OR p.kind = $kind) AND ($topic = '' OR $topic IN p.topics)
OPTIONAL MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(p)
WITH p, count(DISTINCT CASE WHEN type(r) <> 'REJECTS' THEN x ELSE null END) AS actors_for,
        count(DISTINCT CASE WHEN type(r) = 'REJECTS' THEN x ELSE null END) AS actors_against
RETURN p.key AS key, p.name AS proposal, p.kind AS kind, coalesce(p.model, '') AS model, p.topics AS topics,
       actors_for, actors_against
ORDER BY kind, proposal
