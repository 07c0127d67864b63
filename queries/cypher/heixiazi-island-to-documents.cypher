// Paths between 黑瞎子岛 and any Document: a fact linking them directly, or a sentence that names
// both (MENTIONS). Statistical edges are left out: they would link everything to everything.
// DISTINCT: a sentence that names the island twice (黑瞎子岛 and its other name) is one path.
MATCH (i:Entity) WHERE i.name = '黑瞎子岛' OR '黑瞎子岛' IN coalesce(i.aliases, [])
MATCH p = (i)-[*1..2]-(d:Document)
WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONED_IN', 'CO_OCCURS_WITH', 'IN_SOURCE'])
  AND (length(p) = 1 OR 'Sentence' IN labels(nodes(p)[1]))
RETURN DISTINCT d.name AS document, coalesce(d.aliases, []) AS aliases, length(p) AS hops,
  [n IN nodes(p) | coalesce(n.name, n.text)] AS path
ORDER BY document, hops;
