// Documents adopted or signed at a meeting (ADOPTED_AT), with the meeting's date where known.
MATCH (d:Document)-[:ADOPTED_AT]->(m:Event)
OPTIONAL MATCH (m)-[:DATE]->(t:Date)
RETURN m.name AS meeting, t.value AS date, d.name AS document, coalesce(d.aliases, []) AS aliases
ORDER BY meeting, document;
