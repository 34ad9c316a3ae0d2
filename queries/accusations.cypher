// name: accusations
// title: Accusations
// description: Who accuses or blames whom, with the sentences
// params: actor:actor (optional)
MATCH (x)-[r:ACCUSES]->(y)
WHERE $actor = '' OR x.key = $actor OR y.key = $actor
RETURN x.name AS accuser, y.name AS accused, coalesce(r.date, '') AS date, r.article AS article, r.sentence AS sentence
ORDER BY date, accuser, accused
