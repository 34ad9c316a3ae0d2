// name: guarantee-models
// title: Security-guarantee models
// description: Who backs, proposes, guarantees, demands or rejects each security-guarantee model; a person counts for the state or organisation they represent
// params: model:guarantee_model (optional)
MATCH (x)-[:SUPPORTS|PROPOSES|GUARANTEES|DEMANDS|REJECTS]->(:Proposal {kind: 'security_guarantee'})
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, coalesce(s.name, x.name) AS side
MATCH (x)-[r:SUPPORTS|PROPOSES|GUARANTEES|DEMANDS|REJECTS]->(p:Proposal {kind: 'security_guarantee'})
WHERE $model = '' OR coalesce(p.model, 'unspecified') = $model
RETURN coalesce(p.model, 'unspecified') AS model, type(r) AS stance, side AS actor,
       collect(DISTINCT x.name) AS speakers, collect(DISTINCT p.name) AS proposals,
       count(DISTINCT r.article) AS articles
ORDER BY model, stance, articles DESC, actor
