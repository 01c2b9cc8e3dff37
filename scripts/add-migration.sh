#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets. Migrations are generated, never hand-edited.
# usage: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet build src/DetainerDesk.Data -c Debug -v q >/dev/null
for ctx in Sqlite Pg; do
  folder=$([ "$ctx" = Sqlite ] && echo Sqlite || echo Postgres)
  dotnet ef migrations add "$name" --no-build --project src/DetainerDesk.Data --startup-project src/DetainerDesk.Data \
    --context "${ctx}AppDbContext" --output-dir "Migrations/$folder"
done
