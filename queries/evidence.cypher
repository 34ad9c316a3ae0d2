// name: evidence
// title: Evidence
// description: Every sentence behind an actor's statements (and those of the people who represent it), with article, date and language
// params: actor:actor
MATCH (x)-[:DEMANDS|PROPOSES|SUPPORTS|REJECTS|GUARANTEES|MEDIATES|ACCUSES|REPRESENTS|PARTICIPATES_IN|HOSTS]->()
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, s
WHERE x.key = $actor OR s.key = $actor
WITH DISTINCT x
MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|REJECTS|GUARANTEES|MEDIATES|ACCUSES|REPRESENTS|PARTICIPATES_IN|HOSTS]->(t)
RETURN DISTINCT coalesce(r.date, '') AS date, r.article AS article, r.language AS language, x.name AS speaker,
       type(r) AS stance, t.name AS target, r.sentence AS sentence, r.confidence AS confidence, r.method AS method
ORDER BY date, article, speaker, stance, target
