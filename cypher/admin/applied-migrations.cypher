MATCH (m:SchemaMigration)
RETURN collect(m.name) AS names
