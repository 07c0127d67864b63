// Agreements (treaties, agreements, protocols, memoranda, conventions) by the year the texts say
// they were signed.
MATCH (d:Document)-[:SIGNED_ON]->(t:Date)
WHERE d.kind IN ['Treaty', 'Agreement', 'Protocol', 'MemorandumOfUnderstanding', 'Convention']
RETURN t.year AS year, d.name AS agreement, coalesce(d.aliases, []) AS aliases, t.value AS signed
ORDER BY year, agreement;
