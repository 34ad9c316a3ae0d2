// name: mediators
// title: Mediators and hosts
// description: Who mediates or hosts which talks or process, with article counts and dates
// params:
MATCH (x)-[r:MEDIATES|HOSTS]->(t)
RETURN x.name AS actor, type(r) AS role, t.name AS process, count(DISTINCT r.article) AS articles,
       min(r.date) AS first_seen, max(r.date) AS last_seen
ORDER BY articles DESC, actor, process
